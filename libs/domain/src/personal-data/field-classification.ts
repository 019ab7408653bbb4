/**
 * Whose personal data a field holds. UK GDPR's data subjects as the ledger meets them: a member of staff
 * (a headteacher, a visiting reviewer, an expert, an attendee), a school improvement partner, a user of
 * the ledger (who decided a tier), and the people a safeguarding concern names (children or adults, known
 * only through the concern).
 */
export const DATA_SUBJECTS = ['staff', 'sip', 'user', 'safeguarding-concern'] as const;
export type DataSubject = (typeof DATA_SUBJECTS)[number];

/** What one field of an event holds, for data protection. */
export type FieldClass =
  /** Nothing about a person: an academy, a year, a figure, a date, a choice from a list. */
  | { kind: 'not-personal' }
  /**
   * The ledger's own id of a data subject (a staff id, a SIP id, a user id, a concern id): a pseudonym,
   * kept so that records still join and count once the person's data is erased.
   */
  | { kind: 'identifies'; subject: DataSubject }
  /**
   * Personal data about one subject: a name, a concern's account. `whose` names the field, in the same
   * object or the event's data, holding that subject's id; null when the ledger has no id for them and
   * knows them only by what this field says.
   */
  | { kind: 'personal'; subject: DataSubject; whose: string | null }
  /** Free text people write (a rationale, a summary, observations): it may name people. */
  | { kind: 'free-text' }
  /** A nested object, or a list of them: each of its fields classified. */
  | { kind: 'nested'; fields: FieldClassification };

export interface FieldClassification {
  readonly [field: string]: FieldClass;
}

export const NOT_PERSONAL: FieldClass = { kind: 'not-personal' };
export const FREE_TEXT: FieldClass = { kind: 'free-text' };

export function identifies(subject: DataSubject): FieldClass {
  return { kind: 'identifies', subject };
}

export function personal(subject: DataSubject, whose: string | null): FieldClass {
  return { kind: 'personal', subject, whose };
}

export function nested(fields: FieldClassification): FieldClass {
  return { kind: 'nested', fields };
}

/** Every field of an event type not personal: the many that are about academies, figures and dates. */
export function notPersonal(...fields: string[]): FieldClassification {
  return Object.fromEntries(fields.map((field) => [field, NOT_PERSONAL]));
}
