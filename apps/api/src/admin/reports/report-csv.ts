import {
  EIF_2024_AREAS,
  OPTIONAL_INSPECTION_AREAS,
  REPORT_CARD_AREAS,
  yearBefore,
  type Inspection,
  type OutcomeEvidence,
} from '@trust/domain';
import type { AcademyListItem, ComplianceAnswer, ComplianceEntry, LedgerLineView, TierHistoryEntry } from '@trust/projections';
import { csvFileName, writeCsv, type CsvColumn } from '../../common/csv/csv.js';
import { LEDGER_CSV_COLUMNS } from '../../finance/ledger-csv.js';
import type { ReportType, StoredReport } from '@trust/reports';

/**
 * Each report type as CSV: fixed columns (documented in docs/EXPORTS.md, which a spec keeps in step with
 * these), one row per academy, decision or ledger line, nested data in named columns, lists joined with
 * `; `. The content is the snapshot the report job stored, of the type its query answers.
 */

const LIST_SEPARATOR = '; ';

const ACADEMY_CARD_COLUMNS: readonly CsvColumn<AcademyListItem>[] = [
  { name: 'academyId', description: 'The academy (URN).', value: (card) => card.academyId },
  { name: 'name', description: "The academy's name.", value: (card) => card.name },
  { name: 'phase', description: '`primary`, `secondary`, `all-through` or `special`.', value: (card) => card.phase },
  { name: 'hub', description: 'The hub it belongs to.', value: (card) => card.hub },
  { name: 'tier', description: 'Its current support tier (1, 2 or 3); empty while none is decided.', value: (card) => card.tier },
  { name: 'ragGreen', description: "How many KPIs of the latest year's latest figures are green.", value: (card) => card.ragSummary.green },
  { name: 'ragAmber', description: 'How many are amber.', value: (card) => card.ragSummary.amber },
  { name: 'ragRed', description: 'How many are red.', value: (card) => card.ragSummary.red },
  { name: 'ragGrey', description: 'How many have no figure yet (grey).', value: (card) => card.ragSummary.grey },
];

const camel = (area: string): string => area.replace(/(^|-)([a-z])/g, (_match, _dash: string, letter: string) => letter.toUpperCase());
const INSPECTION_AREAS = [...EIF_2024_AREAS, ...REPORT_CARD_AREAS, ...OPTIONAL_INSPECTION_AREAS];

function inspectionGrade(inspection: Inspection | null, area: (typeof INSPECTION_AREAS)[number]): string | null {
  if (inspection === null || inspection.framework === 'eif-2019') return null;
  const grades: Readonly<Record<string, string | undefined>> = inspection.grades;
  return grades[area] ?? null;
}

/** The outcome of the year `yearsBack` before the decision's (1: the latest a decision can know, 2: the year before it). */
function outcomeOf(entry: TierHistoryEntry, yearsBack: 1 | 2): { year: string; found: OutcomeEvidence | undefined } {
  const latest = yearBefore(entry.academicYear);
  const year = yearsBack === 1 ? latest : yearBefore(latest);
  return { year, found: entry.evidence.outcomes.find((outcome) => outcome.academicYear === year) };
}

const TIER_DECISION_COLUMNS: readonly CsvColumn<TierHistoryEntry>[] = [
  { name: 'decisionId', description: 'The decision.', value: (entry) => entry.decisionId },
  { name: 'academyId', description: 'The academy (URN).', value: (entry) => entry.academyId },
  { name: 'academicYear', description: 'The year it decides (`2024/25`).', value: (entry) => entry.academicYear },
  { name: 'tier', description: 'The tier decided (1, 2 or 3).', value: (entry) => entry.tier },
  { name: 'recommendedTier', description: "The tier policy's recommendation from the evidence below.", value: (entry) => entry.recommendedTier },
  { name: 'override', description: '`true` when the tier differs from the recommendation.', value: (entry) => entry.override },
  { name: 'rationale', description: 'Why it differs (free text); empty when it does not.', value: (entry) => entry.rationale },
  { name: 'decidedByUserId', description: 'Who decided: their user id.', value: (entry) => entry.decidedBy.userId },
  { name: 'decidedByName', description: 'Their name.', value: (entry) => entry.decidedBy.name },
  { name: 'decidedByRole', description: 'Their role.', value: (entry) => entry.decidedBy.role },
  // A report stored before decisions kept the day they were made has none: its cell is empty.
  { name: 'decidedOn', description: 'The day it was made (`YYYY-MM-DD`): earlier than decidedAt for a decision recorded later.', value: (entry) => (entry as Partial<TierHistoryEntry>).decidedOn ?? null },
  { name: 'decidedAt', description: 'When it was recorded in the ledger (ISO 8601 instant).', value: (entry) => entry.decidedAt },
  { name: 'reasons', description: 'The reasons the policy gave, joined with `; `.', value: (entry) => entry.reasons.join(LIST_SEPARATOR) },
  { name: 'missing', description: 'The evidence the policy lacked, joined with `; `.', value: (entry) => entry.missing.join(LIST_SEPARATOR) },
  { name: 'supersedes', description: 'The decision of the year this one replaced; empty for the first.', value: (entry) => entry.supersedes },
  { name: 'supersededBy', description: 'The later decision that replaced it; empty while it is in force.', value: (entry) => entry.supersededBy },
  { name: 'latestOutcomeYear', description: 'The latest year whose outcome the decision could know (the year before it).', value: (entry) => outcomeOf(entry, 1).year },
  { name: 'latestOutcome', description: "That year's outcome direction (`positive`, `negative`); empty when not recorded.", value: (entry) => outcomeOf(entry, 1).found?.direction ?? null },
  { name: 'latestOutcomePosition', description: 'The global position of the event it came from.', value: (entry) => outcomeOf(entry, 1).found?.position ?? null },
  { name: 'previousOutcomeYear', description: 'The year before that.', value: (entry) => outcomeOf(entry, 2).year },
  { name: 'previousOutcome', description: "That year's outcome direction; empty when not recorded.", value: (entry) => outcomeOf(entry, 2).found?.direction ?? null },
  { name: 'previousOutcomePosition', description: 'The global position of the event it came from.', value: (entry) => outcomeOf(entry, 2).found?.position ?? null },
  { name: 'inspectedOn', description: 'The latest inspection the decision read (YYYY-MM-DD); empty when none.', value: (entry) => entry.evidence.inspection?.inspectedOn ?? null },
  { name: 'inspectionFramework', description: '`eif-2019`, `eif-2024` or `report-card-2025`: grades of different frameworks are not comparable.', value: (entry) => entry.evidence.inspection?.framework ?? null },
  {
    name: 'inspectionOverallEffectiveness',
    description: 'The overall effectiveness (eif-2019 only).',
    value: (entry) => (entry.evidence.inspection?.framework === 'eif-2019' ? entry.evidence.inspection.overallEffectiveness : null),
  },
  ...INSPECTION_AREAS.map(
    (area): CsvColumn<TierHistoryEntry> => ({
      name: `inspection${camel(area)}`,
      description: `The grade for \`${area}\` (eif-2024 or report-card-2025, where graded).`,
      value: (entry) => inspectionGrade(entry.evidence.inspection, area),
    }),
  ),
  {
    name: 'inspectionSafeguarding',
    description: '`met` or `not-met` (report-card-2025 only).',
    value: (entry) => (entry.evidence.inspection?.framework === 'report-card-2025' ? entry.evidence.inspection.safeguarding : null),
  },
  { name: 'inspectionPosition', description: 'The global position of the inspection event.', value: (entry) => entry.evidence.inspection?.position ?? null },
  { name: 'annualReviewYear', description: 'The latest annual review the decision read: its year.', value: (entry) => entry.evidence.annualReview?.academicYear ?? null },
  { name: 'capacityToImprove', description: 'Its finding: `true` or `false`.', value: (entry) => entry.evidence.annualReview?.capacityToImprove ?? null },
  { name: 'annualReviewSummary', description: 'Its summary (free text).', value: (entry) => entry.evidence.annualReview?.summary ?? null },
  { name: 'annualReviewPosition', description: 'The global position of its event.', value: (entry) => entry.evidence.annualReview?.position ?? null },
  { name: 'riskAssessedOn', description: 'The latest risk assessment the decision read (YYYY-MM-DD).', value: (entry) => entry.evidence.riskAssessment?.assessedOn ?? null },
  { name: 'riskLevel', description: '`low`, `medium` or `high`.', value: (entry) => entry.evidence.riskAssessment?.level ?? null },
  {
    name: 'risks',
    description: 'The risks listed, each `title (owner)` (no owner: the title alone), joined with `; `.',
    value: (entry) => entry.evidence.riskAssessment?.risks.map((risk) => (risk.owner === null ? risk.title : `${risk.title} (${risk.owner})`)).join(LIST_SEPARATOR) ?? null,
  },
  { name: 'riskAssessmentPosition', description: 'The global position of its event.', value: (entry) => entry.evidence.riskAssessment?.position ?? null },
  { name: 'position', description: 'The global position of the decision itself.', value: (entry) => entry.position },
];

type ComplianceRow = ComplianceEntry & { academicYear: string };

const COMPLIANCE_COLUMNS: readonly CsvColumn<ComplianceRow>[] = [
  { name: 'academicYear', description: 'The year (`2024/25`).', value: (row) => row.academicYear },
  { name: 'academyId', description: 'The academy (URN).', value: (row) => row.academyId },
  { name: 'name', description: "The academy's name.", value: (row) => row.name },
  { name: 'tier', description: 'The tier in force for the year; empty while none is decided.', value: (row) => row.tier },
  { name: 'decisionId', description: 'The decision that set it.', value: (row) => row.decisionId },
  { name: 'sipVisitsRequired', description: 'School Improvement Partner visits the tier requires (1 or 3); empty with no tier.', value: (row) => row.sipVisits.required },
  { name: 'sipVisitsHeld', description: 'Those held in the year.', value: (row) => row.sipVisits.held },
  { name: 'reviewsRequired', description: 'Trust-commissioned reviews the tier requires (1 or 3); empty with no tier.', value: (row) => row.reviews.required },
  { name: 'reviewsCadence', description: '`annual` or `termly`.', value: (row) => row.reviews.cadence },
  { name: 'reviewsHeld', description: 'Those completed in the year.', value: (row) => row.reviews.held },
  { name: 'aimsExpected', description: 'Academy Improvement Meetings expected (3).', value: (row) => row.aims.expected },
  { name: 'aimsHeld', description: 'Those held in the year.', value: (row) => row.aims.held },
  { name: 'coreDaysEntitled', description: "Core improvement director days (6).", value: (row) => row.coreDays.entitled },
  { name: 'coreDaysUsed', description: 'Days used: logged, plus the days of the AIMs held (halves allowed).', value: (row) => row.coreDays.used },
  { name: 'supportLead', description: "Who leads improvement at the tier (`Academy Led`, `Trust Led`); empty with no tier.", value: (row) => row.supportPackage?.lead.name ?? null },
  { name: 'supportLeadDescription', description: 'How, in the words of the trust\'s model.', value: (row) => row.supportPackage?.lead.description ?? null },
  { name: 'trustSupport', description: 'The trust support the tier brings, joined with `; `.', value: (row) => row.supportPackage?.trustSupport.join(LIST_SEPARATOR) ?? null },
  {
    name: 'improvementStrategy',
    description: "Tier 2's bespoke improvement strategy: the titles of the priorities of the academy's improvement plan for the year, joined with `; `, or `no plan`; empty for another tier.",
    value: (row) => (row.improvementStrategy === null ? null : row.improvementStrategy.plan === 'none' ? 'no plan' : row.improvementStrategy.priorities.map((priority) => priority.title).join(LIST_SEPARATOR)),
  },
  { name: 'supportUndeliveredCoreDays', description: "Core days committed in the academy's improvement plan for the year and not delivered (0 with nothing committed).", value: (row) => row.committedSupport.undelivered.coreDays },
  { name: 'supportUndeliveredDevelopmentDays', description: 'Development days committed and not delivered (recharges naming the commitment deliver them).', value: (row) => row.committedSupport.undelivered.developmentDays },
  { name: 'supportUndeliveredReviews', description: 'Reviews committed and not delivered.', value: (row) => row.committedSupport.undelivered.reviews },
];

/** The columns of each report type's CSV, in order. */
export const REPORT_CSV_COLUMNS: Readonly<Record<ReportType, readonly CsvColumn<never>[]>> = {
  'academy-cards': ACADEMY_CARD_COLUMNS,
  'tier-decisions': TIER_DECISION_COLUMNS,
  'recharge-ledger': LEDGER_CSV_COLUMNS,
  compliance: COMPLIANCE_COLUMNS,
};

function listOf<Row>(content: unknown, what: string): Row[] {
  if (!Array.isArray(content)) throw new TypeError(`the stored ${what} report is not a list`);
  // The snapshot was stored by buildReport from the query of its type.
  return content as Row[];
}

/** A stored report as CSV: the rows of its type (the recharge ledger: its lines, not its reconciliation). */
export function reportCsv(report: StoredReport): string {
  switch (report.type) {
    case 'academy-cards':
      return writeCsv(ACADEMY_CARD_COLUMNS, listOf<AcademyListItem>(report.content, report.type));
    case 'tier-decisions':
      return writeCsv(TIER_DECISION_COLUMNS, listOf<TierHistoryEntry>(report.content, report.type));
    case 'recharge-ledger': {
      const { lines } = report.content as { lines: unknown };
      return writeCsv(LEDGER_CSV_COLUMNS, listOf<LedgerLineView>(lines, report.type));
    }
    case 'compliance': {
      const { academicYear, academies } = report.content as ComplianceAnswer;
      return writeCsv(COMPLIANCE_COLUMNS, listOf<ComplianceEntry>(academies, report.type).map((entry) => ({ ...entry, academicYear })));
    }
    default: {
      const _exhaustive: never = report.type;
      return _exhaustive;
    }
  }
}

/** `tier-decisions-2024-25-as-of-1042.csv`: the type, its year and date when it has them, and the position it was built at. */
export function reportCsvFileName(report: Pick<StoredReport, 'type' | 'academicYear' | 'on' | 'position'>): string {
  return csvFileName([report.type, report.academicYear, ...(report.on === null ? [] : ['on', report.on]), 'as-of', report.position]);
}
