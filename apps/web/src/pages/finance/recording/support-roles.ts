/** Who gives a day of support, in the trust's words, in the order the rate card lists them. */
export const SUPPORT_ROLES = [
  { value: 'improvement-director', label: 'Academy improvement director', inASentence: 'the academy improvement director' },
  { value: 'hub-lead', label: 'Hub improvement lead', inASentence: 'a hub improvement lead' },
  { value: 'headteacher', label: 'Headteacher', inASentence: 'a headteacher' },
  { value: 'teacher', label: 'Teacher', inASentence: 'a teacher' },
  { value: 'support-staff', label: 'Support staff', inASentence: 'support staff' },
] as const satisfies readonly { value: string; label: string; inASentence: string }[];

/** Who gave the support, as POST /recharges names them (LogRechargeForm checks they are the API's roles). */
export type SupportRole = (typeof SUPPORT_ROLES)[number]['value'];

export function isSupportRole(value: string): value is SupportRole {
  return SUPPORT_ROLES.some((role) => role.value === value);
}

/** "a teacher", "the academy improvement director", "support staff": the role inside a sentence. */
export function supportRoleInASentence(role: SupportRole): string {
  return SUPPORT_ROLES.find((candidate) => candidate.value === role)?.inASentence ?? role;
}

/** Seed 003: the improvement director and hub leads are employed by the trust: their days are the trust centre's income. */
export function isCentrallyEmployed(role: SupportRole): boolean {
  return role === 'improvement-director' || role === 'hub-lead';
}
