export const ACADEMY_PHASES = ['primary', 'secondary', 'all-through', 'special'] as const;
export type AcademyPhase = (typeof ACADEMY_PHASES)[number];
