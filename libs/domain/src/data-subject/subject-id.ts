import { DomainError } from '../shared/domain-error.js';
import { DATA_SUBJECTS, type DataSubject } from '../personal-data/field-classification.js';

// The key store's name of a subject: its kind, then the ledger's id of them (a record id, or a user's `sub`).
const SUBJECT_ID = /^([a-z-]+):([A-Za-z0-9][A-Za-z0-9_.@-]{0,199})$/;

/** A data subject as the key store names them (`staff:st-41`, `sip:sip-7`, `user:u-1`, `safeguarding-concern:c-1`). */
export function parseSubjectId(input: unknown, field = 'subjectId'): { subjectId: string; kind: DataSubject } {
  const match = typeof input === 'string' ? SUBJECT_ID.exec(input) : null;
  const kind = match?.[1];
  if (match === null || kind === undefined || !(DATA_SUBJECTS as readonly string[]).includes(kind)) {
    throw DomainError.invalid(field, `must be <kind>:<id>, the kind one of ${DATA_SUBJECTS.join(', ')} (staff:st-41)`);
  }
  return { subjectId: match[0], kind: kind as DataSubject };
}
