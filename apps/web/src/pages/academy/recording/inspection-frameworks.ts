/**
 * Ofsted's inspection frameworks as the ledger records them (libs/domain evidence/inspection.ts): each
 * framework its own fields and grades, since grades of different frameworks are not comparable.
 */

export const FRAMEWORKS = ['eif-2019', 'eif-2024', 'report-card-2025'] as const;
export type Framework = (typeof FRAMEWORKS)[number];

export const FRAMEWORK_LABELS: Record<Framework, string> = {
  'eif-2019': 'Education inspection framework 2019 (overall effectiveness)',
  'eif-2024': 'Education inspection framework 2024 (grades by area, no overall grade)',
  'report-card-2025': 'Report card 2025 (grades by area and safeguarding)',
};

export const EIF_GRADES = ['outstanding', 'good', 'requires-improvement', 'inadequate'] as const;
export const REPORT_CARD_GRADES = ['exceptional', 'strong-standard', 'expected-standard', 'needs-attention', 'urgent-improvement'] as const;
export const SAFEGUARDING_OUTCOMES = ['met', 'not-met'] as const;

const EIF_2024_AREAS = ['quality-of-education', 'behaviour-and-attitudes', 'personal-development', 'leadership-and-management'] as const;
const REPORT_CARD_AREAS = [
  'inclusion',
  'curriculum-and-teaching',
  'achievement',
  'attendance-and-behaviour',
  'personal-development-and-wellbeing',
  'leadership-and-governance',
] as const;
/** Graded only where the school has them. */
export const OPTIONAL_AREAS = ['early-years', 'sixth-form'] as const;

/** The areas a framework grades: those every school has, then the optional ones. */
export function areasOf(framework: Framework): { required: readonly string[]; optional: readonly string[] } {
  switch (framework) {
    case 'eif-2019':
      return { required: [], optional: [] };
    case 'eif-2024':
      return { required: EIF_2024_AREAS, optional: OPTIONAL_AREAS };
    case 'report-card-2025':
      return { required: REPORT_CARD_AREAS, optional: OPTIONAL_AREAS };
    default: {
      const _exhaustive: never = framework;
      return _exhaustive;
    }
  }
}

/** The grades a framework gives an area. */
export function gradesOf(framework: Framework): readonly string[] {
  return framework === 'report-card-2025' ? REPORT_CARD_GRADES : EIF_GRADES;
}

/** "quality-of-education" → "Quality of education"; "sixth-form" → "Sixth form". */
export function wordsOf(name: string): string {
  const words = name.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
