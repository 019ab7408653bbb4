import type { Schemas } from '../../../api/queries';

/** The AIM's words as the trust writes them, for each value the API takes (its OpenAPI enums). */

export type AimFormat = Schemas['ScheduleAimDto']['format'];
export type AimDocumentType = Schemas['SubmitAimDocumentDto']['type'];
export type AimHeading = Schemas['AimJudgementDto']['heading'];
export type AimJudgement = Schemas['AimJudgementDto']['judgement'];
export type AttendeeRole = Schemas['AimAttendeeDto']['role'];
export type RagRating = Schemas['AimPriorityDto']['rag'];

export const AIM_FORMATS: Record<AimFormat, string> = {
  'one-day': 'One day',
  'one-and-a-half-day': 'One and a half days',
};

/** Seed 003's six documents, in its order. */
export const AIM_DOCUMENTS: Record<AimDocumentType, string> = {
  'headteacher-report': "Headteacher's report to governors",
  sef: 'Self-evaluation form (SEF)',
  'improvement-plan': 'Academy improvement plan',
  'lgb-minutes': 'Local governing board minutes',
  'previous-aim-report': 'Previous AIM report',
  'pupil-premium-strategy': 'Pupil premium strategy',
};

/** "the previous AIM report RAG rated and the PP strategy RAG rated": the API requires a RAG for these two and refuses one for the others. */
export const RAG_RATED_DOCUMENTS: readonly AimDocumentType[] = ['previous-aim-report', 'pupil-premium-strategy'];

/** The inspection headings an AIM judges under; early years and sixth form where the academy has them. */
export const AIM_HEADINGS: Record<AimHeading, string> = {
  'quality-of-education': 'Quality of education',
  'behaviour-and-attitudes': 'Behaviour and attitudes',
  'personal-development': 'Personal development',
  'leadership-and-management': 'Leadership and management',
  'early-years': 'Early years',
  'sixth-form': 'Sixth form',
};

export const AIM_JUDGEMENTS: Record<AimJudgement, string> = {
  outstanding: 'Outstanding',
  good: 'Good',
  'requires-improvement': 'Requires improvement',
  inadequate: 'Inadequate',
};

export const ATTENDEE_ROLES: Record<AttendeeRole, string> = {
  'improvement-director': 'Improvement director',
  headteacher: 'Headteacher',
  'chair-of-governors': 'Chair of governors',
  governor: 'Governor',
  'senior-leader': 'Senior leader',
  'chief-executive': 'Chief executive',
  director: 'Director',
  'hub-lead': 'Hub improvement lead',
};

export const RAG_RATINGS: Record<RagRating, string> = { red: 'Red', amber: 'Amber', green: 'Green' };

export const AIM_STATUSES: Record<string, string> = { scheduled: 'Scheduled', held: 'Held', reported: 'Reported' };

/** The options of a select, from one of the records above, in its order, after a first empty choice saying what to choose. */
export function choicesOf<K extends string>(words: Record<K, string>, prompt: string): { value: K | ''; label: string }[] {
  return [{ value: '', label: prompt }, ...(Object.entries(words) as [K, string][]).map(([value, label]) => ({ value, label }))];
}

export function isOneOf<K extends string>(words: Record<K, string>, value: string): value is K {
  return Object.hasOwn(words, value);
}

export function documentLabel(type: string): string {
  return isOneOf(AIM_DOCUMENTS, type) ? AIM_DOCUMENTS[type] : type;
}

export function formatLabel(format: string): string {
  return isOneOf(AIM_FORMATS, format) ? AIM_FORMATS[format] : format;
}
