import { DomainError } from '../shared/domain-error.js';
import { parseOneOf } from '../values/one-of.js';
import {
  EIF_2024_AREAS,
  EIF_GRADES,
  INSPECTION_FRAMEWORKS,
  OPTIONAL_INSPECTION_AREAS,
  REPORT_CARD_AREAS,
  REPORT_CARD_GRADES,
  SAFEGUARDING_OUTCOMES,
  type Inspection,
  type InspectionFramework,
  type OptionalInspectionArea,
} from './inspection.js';

/** An inspection as it arrives from a client: which fields it must have depends on its framework. */
export type InspectionInput = {
  framework: string;
  overallEffectiveness?: string | null;
  grades?: Readonly<Record<string, string>> | null;
  safeguarding?: string | null;
};

/**
 * Reads an inspection's grades by its framework: eif-2019 has an overall effectiveness grade only;
 * eif-2024 and report-card-2025 have graded areas (report-card-2025 also safeguarding). A field that
 * does not belong to the framework is refused, naming it, rather than stored and silently ignored.
 * `inspectedOn` is parsed by the caller, which knows today's date.
 */
export function parseInspection(input: InspectionInput, inspectedOn: string): Inspection {
  const framework = parseOneOf(INSPECTION_FRAMEWORKS, input.framework, 'framework');
  switch (framework) {
    case 'eif-2019':
      refuseField(input.grades, 'grades', framework);
      refuseField(input.safeguarding, 'safeguarding', framework);
      return {
        inspectedOn,
        framework,
        overallEffectiveness: parseOneOf(EIF_GRADES, input.overallEffectiveness, 'overallEffectiveness'),
      };
    case 'eif-2024':
      refuseField(input.overallEffectiveness, 'overallEffectiveness', framework);
      refuseField(input.safeguarding, 'safeguarding', framework);
      return {
        inspectedOn,
        framework,
        grades: parseGrades(input.grades, framework, EIF_2024_AREAS, EIF_GRADES),
      };
    case 'report-card-2025':
      refuseField(input.overallEffectiveness, 'overallEffectiveness', framework);
      return {
        inspectedOn,
        framework,
        grades: parseGrades(input.grades, framework, REPORT_CARD_AREAS, REPORT_CARD_GRADES),
        safeguarding: parseOneOf(SAFEGUARDING_OUTCOMES, input.safeguarding, 'safeguarding'),
      };
    default: {
      const _exhaustive: never = framework;
      return _exhaustive;
    }
  }
}

function refuseField(value: unknown, field: string, framework: InspectionFramework): void {
  if (value !== undefined && value !== null) {
    throw DomainError.invalid(field, `does not belong to an inspection under ${framework}`);
  }
}

/**
 * The graded areas: every required area, the optional ones (early years, sixth form) where the school
 * has them, and nothing else. Each grade is named `grades.<area>` when refused.
 */
function parseGrades<const Area extends string, const Grade extends string>(
  input: unknown,
  framework: InspectionFramework,
  requiredAreas: readonly Area[],
  scale: readonly Grade[],
): Record<Area, Grade> & Partial<Record<OptionalInspectionArea, Grade>> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw DomainError.invalid('grades', `must be an object of grades by area for an inspection under ${framework}`);
  }
  const given = input as Record<string, unknown>;
  const allowed: readonly (Area | OptionalInspectionArea)[] = [...requiredAreas, ...OPTIONAL_INSPECTION_AREAS];
  for (const area of Object.keys(given)) {
    if (!allowed.some((known) => known === area)) {
      throw DomainError.invalid(`grades.${area}`, `is not an area graded under ${framework}`);
    }
  }
  const grades: Partial<Record<Area | OptionalInspectionArea, Grade>> = {};
  for (const area of allowed) {
    const grade = given[area];
    const required = requiredAreas.some((known) => known === area);
    if (grade === undefined && !required) {
      continue;
    }
    if (grade === undefined) {
      throw DomainError.invalid(`grades.${area}`, `is required for an inspection under ${framework}`);
    }
    grades[area] = parseOneOf(scale, grade, `grades.${area}`);
  }
  // Every required area was set above, or the loop threw.
  return grades as Record<Area, Grade> & Partial<Record<OptionalInspectionArea, Grade>>;
}
