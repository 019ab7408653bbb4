import {
  EIF_2024_AREAS,
  OPTIONAL_INSPECTION_AREAS,
  REPORT_CARD_AREAS,
  type Inspection,
  type InspectionFramework,
} from '../evidence/inspection.js';

/**
 * How the tier policy reads an inspection, each framework its own way (docs/DOMAIN.md, "Inspection frameworks"): below
 * Good is RI or Inadequate overall (eif-2019), any sub-grade RI or Inadequate (eif-2024), or any area
 * Urgent improvement, Needs attention in leadership and governance, or safeguarding Not met
 * (report-card-2025). Seed 000 makes "Inadequate / RI Overall Effectiveness" a Tier 3 descriptor.
 */
export type InspectionReading = {
  belowGood: boolean;
  /** One sentence per finding below Good, or one saying why it is Good or better. */
  sentences: string[];
};

export function readInspectionForTier(inspection: Inspection): InspectionReading {
  const belowGood = belowGoodFindings(inspection);
  const latest = `The latest inspection (${FRAMEWORK_NAMES[inspection.framework]}, ${inspection.inspectedOn})`;
  if (belowGood.length > 0) {
    return { belowGood: true, sentences: belowGood.map((finding) => `${latest} ${finding}: below Good.`) };
  }
  return { belowGood: false, sentences: [`${latest} ${goodOrBetter(inspection)}: Good or better.`] };
}

const FRAMEWORK_NAMES: Readonly<Record<InspectionFramework, string>> = {
  'eif-2019': 'education inspection framework 2019',
  'eif-2024': 'education inspection framework 2024',
  'report-card-2025': 'report card 2025',
};

const words = (kebab: string): string => kebab.replaceAll('-', ' ');

function belowGoodFindings(inspection: Inspection): string[] {
  switch (inspection.framework) {
    case 'eif-2019': {
      const grade = inspection.overallEffectiveness;
      return grade === 'requires-improvement' || grade === 'inadequate'
        ? [`judged overall effectiveness ${words(grade)}`]
        : [];
    }
    case 'eif-2024':
      return [...EIF_2024_AREAS, ...OPTIONAL_INSPECTION_AREAS].flatMap((area) => {
        const grade = inspection.grades[area];
        return grade === 'requires-improvement' || grade === 'inadequate' ? [`graded ${words(area)} ${words(grade)}`] : [];
      });
    case 'report-card-2025': {
      const areas = [...REPORT_CARD_AREAS, ...OPTIONAL_INSPECTION_AREAS].flatMap((area) => {
        const grade = inspection.grades[area];
        const urgent = grade === 'urgent-improvement';
        const leadershipNeedsAttention = area === 'leadership-and-governance' && grade === 'needs-attention';
        return urgent || leadershipNeedsAttention ? [`graded ${words(area)} ${words(grade)}`] : [];
      });
      return inspection.safeguarding === 'not-met' ? [...areas, 'found safeguarding not met'] : areas;
    }
    default: {
      const _exhaustive: never = inspection;
      return _exhaustive;
    }
  }
}

function goodOrBetter(inspection: Inspection): string {
  switch (inspection.framework) {
    case 'eif-2019':
      return `judged overall effectiveness ${words(inspection.overallEffectiveness)}`;
    case 'eif-2024':
      return 'graded no area requires improvement or inadequate';
    case 'report-card-2025':
      return 'graded no area urgent improvement, leadership and governance above needs attention, and found safeguarding met';
    default: {
      const _exhaustive: never = inspection;
      return _exhaustive;
    }
  }
}
