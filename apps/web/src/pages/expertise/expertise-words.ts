import type { Schemas } from '../../api/queries';

/** The database of expertise in the trust's words, for each value the API takes (its OpenAPI enums). */

export type ExpertiseArea = Schemas['ExpertiseProfileDto']['areas'][number];
export type SupportRole = Schemas['ExpertiseProfileDto']['role'];
export type ExpertiseMatch = Schemas['ExpertiseMatchDto'];

export const EXPERTISE_AREAS: Record<ExpertiseArea, string> = {
  phonics: 'Phonics',
  'early-reading': 'Early reading',
  writing: 'Writing',
  english: 'English',
  'maths-mastery': 'Maths mastery',
  science: 'Science',
  computing: 'Computing',
  humanities: 'Humanities',
  'curriculum-design': 'Curriculum design',
  assessment: 'Assessment',
  send: 'SEND',
  eal: 'English as an additional language',
  'pupil-premium': 'Pupil premium',
  behaviour: 'Behaviour',
  attendance: 'Attendance',
  safeguarding: 'Safeguarding',
  'early-years': 'Early years',
  leadership: 'Leadership',
  'middle-leadership': 'Middle leadership',
  governance: 'Governance',
  'school-business-management': 'School business management',
  'church-school-distinctiveness': 'Church school distinctiveness',
  'early-career-teachers': 'Early career teachers',
};

/** Their role on the rate card, so support brokered from the database is recharged at the right rate. */
export const SUPPORT_ROLES: Record<SupportRole, string> = {
  'improvement-director': 'Improvement director',
  'hub-lead': 'Hub improvement lead',
  headteacher: 'Headteacher',
  teacher: 'Teacher',
  'support-staff': 'Support staff',
};

/** Employed by the trust centrally, never by an academy (the API refuses an academy for them). */
export const CENTRAL_ROLES: readonly SupportRole[] = ['improvement-director', 'hub-lead'];

export function isKey<K extends string>(words: Record<K, string>, value: string): value is K {
  return Object.hasOwn(words, value);
}

export function areaLabel(area: string): string {
  return isKey(EXPERTISE_AREAS, area) ? EXPERTISE_AREAS[area] : area;
}

export function roleLabel(role: string): string {
  return isKey(SUPPORT_ROLES, role) ? SUPPORT_ROLES[role] : role;
}
