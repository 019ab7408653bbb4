/**
 * The permissions of the API's access policy (apps/api/src/access/access-policy.ts) each of the Academy
 * page's forms needs: its command, and any read it shows before sending. Kept apart from the forms so the
 * page can tell whether to fetch them at all.
 */
export const RECORDING_PERMISSIONS = {
  kpi: ['kpis.record'],
  'kpi-correction': ['kpis.correct'],
  tier: ['tier-decisions.decide', 'tier-recommendation.read'],
  inspection: ['inspections.record'],
  outcome: ['outcomes.record'],
  'annual-review': ['annual-reviews.record'],
  'risk-assessment': ['risk-assessments.record'],
  'sip-visit': ['sip-visits.record'],
  'commissioned-review': ['reviews.record'],
} as const satisfies Record<string, readonly string[]>;

export type RecordingFormKey = keyof typeof RECORDING_PERMISSIONS;

/** The user may use this form. */
export function mayUse(key: RecordingFormKey, may: (permission: string) => boolean): boolean {
  return RECORDING_PERMISSIONS[key].every((permission) => may(permission));
}

/** The user may use one of the forms at least. */
export function mayRecordAny(may: (permission: string) => boolean): boolean {
  return (Object.keys(RECORDING_PERMISSIONS) as RecordingFormKey[]).some((key) => mayUse(key, may));
}
