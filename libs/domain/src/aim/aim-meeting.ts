import { EIF_2024_AREAS, OPTIONAL_INSPECTION_AREAS } from '../evidence/inspection.js';
import type { EifGrade } from '../evidence/inspection.js';
import type { RagRating } from './rag-rating.js';

/**
 * Seed 003: "Evidence will be sought and discussed under the main inspection headings and summary comment
 * will be made against each of the aspects". The headings are those of the education inspection
 * framework, and early years and sixth form where the academy has them, as an eif-2024 inspection has.
 */
export const AIM_HEADINGS = [...EIF_2024_AREAS, ...OPTIONAL_INSPECTION_AREAS] as const;
export type AimHeading = (typeof AIM_HEADINGS)[number];

/**
 * Seed 003: "Academy Improvement Meeting attendees: Academy Improvement Director (Chair); Headteacher;
 * Chair of Local Governing Board; other LGB members; other senior leaders", and the meeting is "For
 * Directors, the Chief Executive, the Academy Improvement Director (AID), school leaders and local
 * governors". Hub Improvement Leads are listed too: they support the academies between meetings.
 */
export const AIM_ATTENDEE_ROLES = [
  'improvement-director',
  'headteacher',
  'chair-of-governors',
  'governor',
  'senior-leader',
  'chief-executive',
  'director',
  'hub-lead',
] as const;
export type AimAttendeeRole = (typeof AIM_ATTENDEE_ROLES)[number];

/**
 * An attendee, by name, and by the ledger's id of them when they are staff it knows (`staffId`, as the
 * database of expertise keys them): their name is then theirs, sealed under their key, so erasing them
 * reaches it (docs/DATA-PROTECTION.md). Null for anyone else, and for every attendee of a v1 AimHeld.
 */
export type AimAttendee = { name: string; role: AimAttendeeRole; chair: boolean; staffId: string | null };

/** A judgement under one heading, graded as the inspection framework grades it, with its summary comment. */
export type AimJudgement = { heading: AimHeading; judgement: EifGrade; comment: string };

/**
 * A priority the meeting RAG rated. `planPriorityId` names the priority of the academy's improvement plan for
 * the AIM's year that it is (the text is then that priority's title as it stood): a rating of the plan at the
 * AIM. Null for a free-text priority, when the academy had no plan for the year, and for every priority of a
 * v1 or v2 AimHeld.
 */
export type AimPriority = { priority: string; rag: RagRating; planPriorityId: string | null };
