import type { AcademyListItem, ComplianceAnswer, ComplianceEntry, LedgerLineView, TierHistoryEntry } from '@trust/projections';
import { parseRfc4180 } from '../../../test/test-support/raw-body.js';
import type { StoredReport } from '@trust/reports';
import { REPORT_CSV_COLUMNS, reportCsv, reportCsvFileName } from './report-csv.js';

const report = (overrides: Partial<StoredReport>): StoredReport => ({
  id: 'report-1',
  type: 'academy-cards',
  academicYear: null,
  asOf: null,
  on: null,
  position: '1042',
  contentHash: 'a'.repeat(64),
  content: [],
  ...overrides,
});

/** Header and records of a CSV, read strictly as RFC 4180 (a spreadsheet reads it the same way). */
function table(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return parseRfc4180(csv.slice(1));
}

const card: AcademyListItem = { academyId: '140001', name: '=HYPERLINK("http://evil","Oak")', phase: 'primary', hub: 'North', tier: 2, ragSummary: { green: 3, amber: 1, red: 0, grey: 1 } };

const decision: TierHistoryEntry = {
  decisionId: 'd-1',
  academyId: '140001',
  academicYear: '2024/25',
  tier: 3,
  recommendedTier: 2,
  override: true,
  rationale: '@SUM(1+1) new head',
  decidedBy: { userId: 'dee', name: 'Dee Director', role: 'improvement-director' },
  decidedOn: '2024-07-15',
  recordedAt: '2024-09-02T09:00:00.000Z',
  decidedAt: '2024-09-02T09:00:00.000Z',
  evidence: {
    outcomes: [
      { academicYear: '2023/24', direction: 'negative', position: '11' },
      { academicYear: '2022/23', direction: 'positive', position: '9' },
    ],
    inspection: { inspectedOn: '2024-05-10', framework: 'report-card-2025', grades: { inclusion: 'expected-standard', 'curriculum-and-teaching': 'strong-standard', achievement: 'needs-attention', 'attendance-and-behaviour': 'expected-standard', 'personal-development-and-wellbeing': 'expected-standard', 'leadership-and-governance': 'needs-attention', 'early-years': 'strong-standard' }, safeguarding: 'met', position: '12' },
    annualReview: { academicYear: '2023/24', capacityToImprove: true, summary: 'Secure leadership', position: '13' },
    riskAssessment: { assessedOn: '2024-07-01', level: 'medium', risks: [{ title: 'Staffing', owner: 'Head' }, { title: 'Roll', owner: null }], position: '14' },
  },
  reasons: ['Outcomes were negative in 2023/24', 'Risk is medium'],
  missing: [],
  supersedes: null,
  supersededBy: 'd-2',
  position: '15',
};

const line: LedgerLineView = { rechargeId: 'r-1', date: '2024-11-12', academicYear: '2024/25', account: 'academy:140001:improvement-spend', academyId: '140001', debitPence: 37_500, creditPence: 0, description: '-cmd', position: '7' };

const NO_SUPPORT: ComplianceEntry['committedSupport'] = { planned: { coreDays: 0, developmentDays: 0, reviews: 0 }, delivered: { coreDays: 0, developmentDays: 0, reviews: 0 }, undelivered: { coreDays: 0, developmentDays: 0, reviews: 0 }, commitments: [] };

/** A Tier 2 academy's entry, with its bespoke improvement strategy: its plan's priorities, or no plan. */
const tierTwo = (academyId: string, name: string, improvementStrategy: ComplianceEntry['improvementStrategy']): ComplianceEntry => ({
  academyId,
  name,
  tier: 2,
  decisionId: `d-${academyId.slice(-1)}`,
  sipVisits: { required: 3, held: 0 },
  reviews: { required: 1, cadence: 'annual', held: 0 },
  aims: { expected: 3, held: 0 },
  coreDays: { entitled: 6, used: 0 },
  supportPackage: { lead: { name: 'Academy Led', description: 'Bespoke strategy.' }, trustSupport: [] },
  improvementStrategy,
  committedSupport: NO_SUPPORT,
});

const compliance: ComplianceAnswer = {
  academicYear: '2024/25',
  academies: [
    {
      academyId: '140001',
      name: 'Oak',
      tier: 1,
      decisionId: 'd-1',
      sipVisits: { required: 1, held: 2 },
      reviews: { required: 1, cadence: 'annual', held: 0 },
      aims: { expected: 3, held: 1 },
      coreDays: { entitled: 6, used: 2.5 },
      supportPackage: { lead: { name: 'Academy Led', description: 'Building on strength.' }, trustSupport: ['Network meetings', 'Moderation'] },
      improvementStrategy: null,
      committedSupport: { planned: { coreDays: 2, developmentDays: 4, reviews: 1 }, delivered: { coreDays: 2, developmentDays: 1.5, reviews: 0 }, undelivered: { coreDays: 0, developmentDays: 2.5, reviews: 1 }, commitments: [] },
    },
    {
      academyId: '140002',
      name: 'Ash',
      tier: null,
      decisionId: null,
      sipVisits: { required: null, held: 0 },
      reviews: { required: null, cadence: null, held: 0 },
      aims: { expected: 3, held: 0 },
      coreDays: { entitled: 6, used: 0 },
      supportPackage: null,
      improvementStrategy: null,
      committedSupport: NO_SUPPORT,
    },
    tierTwo('140003', 'Elm', { plan: 'confirmed', priorities: [{ priorityId: 'p-1', title: 'Writing', kpis: ['progress'] }, { priorityId: 'p-2', title: 'Attendance', kpis: ['attendance'] }] }),
    tierTwo('140004', 'Yew', { plan: 'none', priorities: [] }),
  ],
};

describe('report CSVs: fixed columns per type, flat cells, never JSON text', () => {
  it('academy cards: one row per academy, the RAG summary in four columns', () => {
    const [header, ...rows] = table(reportCsv(report({ content: [card] })));
    expect(header).toEqual(REPORT_CSV_COLUMNS['academy-cards'].map((column) => column.name));
    expect(header).toEqual(['academyId', 'name', 'phase', 'hub', 'tier', 'ragGreen', 'ragAmber', 'ragRed', 'ragGrey']);
    expect(rows).toEqual([['140001', '\'=HYPERLINK("http://evil","Oak")', 'primary', 'North', '2', '3', '1', '0', '1']]);
  });

  it('tier decisions: who decided, the evidence snapshot in named columns with the positions it came from, lists joined', () => {
    const csv = reportCsv(report({ type: 'tier-decisions', academicYear: '2024/25', content: [decision] }));
    expect(csv).not.toMatch(/[{}[\]]/);
    const [header, ...rows] = table(csv);
    expect(header).toEqual(REPORT_CSV_COLUMNS['tier-decisions'].map((column) => column.name));
    const record = Object.fromEntries(header!.map((name, index) => [name, rows[0]![index]]));
    expect(record).toEqual({
      decisionId: 'd-1',
      academyId: '140001',
      academicYear: '2024/25',
      tier: '3',
      recommendedTier: '2',
      override: 'true',
      rationale: "'@SUM(1+1) new head",
      decidedByUserId: 'dee',
      decidedByName: 'Dee Director',
      decidedByRole: 'improvement-director',
      decidedOn: '2024-07-15',
      decidedAt: '2024-09-02T09:00:00.000Z',
      reasons: 'Outcomes were negative in 2023/24; Risk is medium',
      missing: '',
      supersedes: '',
      supersededBy: 'd-2',
      latestOutcomeYear: '2023/24',
      latestOutcome: 'negative',
      latestOutcomePosition: '11',
      previousOutcomeYear: '2022/23',
      previousOutcome: 'positive',
      previousOutcomePosition: '9',
      inspectedOn: '2024-05-10',
      inspectionFramework: 'report-card-2025',
      inspectionOverallEffectiveness: '',
      inspectionQualityOfEducation: '',
      inspectionBehaviourAndAttitudes: '',
      inspectionPersonalDevelopment: '',
      inspectionLeadershipAndManagement: '',
      inspectionInclusion: 'expected-standard',
      inspectionCurriculumAndTeaching: 'strong-standard',
      inspectionAchievement: 'needs-attention',
      inspectionAttendanceAndBehaviour: 'expected-standard',
      inspectionPersonalDevelopmentAndWellbeing: 'expected-standard',
      inspectionLeadershipAndGovernance: 'needs-attention',
      inspectionEarlyYears: 'strong-standard',
      inspectionSixthForm: '',
      inspectionSafeguarding: 'met',
      inspectionPosition: '12',
      annualReviewYear: '2023/24',
      capacityToImprove: 'true',
      annualReviewSummary: 'Secure leadership',
      annualReviewPosition: '13',
      riskAssessedOn: '2024-07-01',
      riskLevel: 'medium',
      risks: 'Staffing (Head); Roll',
      riskAssessmentPosition: '14',
      position: '15',
    });
  });

  it('tier decisions with no evidence leave its columns empty', () => {
    const bare: TierHistoryEntry = { ...decision, evidence: { outcomes: [], inspection: null, annualReview: null, riskAssessment: null } };
    const [header, ...rows] = table(reportCsv(report({ type: 'tier-decisions', content: [bare] })));
    const record = Object.fromEntries(header!.map((name, index) => [name, rows[0]![index]]));
    expect(record).toMatchObject({ latestOutcomeYear: '2023/24', latestOutcome: '', inspectedOn: '', capacityToImprove: '', riskLevel: '', risks: '' });
  });

  it('the recharge ledger: its lines, in the columns of the ledger download', () => {
    const [header, ...rows] = table(reportCsv(report({ type: 'recharge-ledger', academicYear: '2024/25', content: { lines: [line], reconciliation: { academicYear: '2024/25' } } })));
    expect(header).toEqual(['rechargeId', 'date', 'academicYear', 'account', 'academyId', 'debitPence', 'creditPence', 'debitPounds', 'creditPounds', 'description', 'position']);
    expect(rows).toEqual([['r-1', '2024-11-12', '2024/25', 'academy:140001:improvement-spend', '140001', '37500', '0', '375.00', '0.00', "'-cmd", '7']]);
  });

  it('compliance: one row per academy, each requirement beside what was held, the support package flattened', () => {
    const [header, ...rows] = table(reportCsv(report({ type: 'compliance', academicYear: '2024/25', content: compliance })));
    expect(header).toEqual([
      'academicYear',
      'academyId',
      'name',
      'tier',
      'decisionId',
      'sipVisitsRequired',
      'sipVisitsHeld',
      'reviewsRequired',
      'reviewsCadence',
      'reviewsHeld',
      'aimsExpected',
      'aimsHeld',
      'coreDaysEntitled',
      'coreDaysUsed',
      'supportLead',
      'supportLeadDescription',
      'trustSupport',
      'improvementStrategy',
      'supportUndeliveredCoreDays',
      'supportUndeliveredDevelopmentDays',
      'supportUndeliveredReviews',
    ]);
    expect(rows).toEqual([
      ['2024/25', '140001', 'Oak', '1', 'd-1', '1', '2', '1', 'annual', '0', '3', '1', '6', '2.5', 'Academy Led', 'Building on strength.', 'Network meetings; Moderation', '', '0', '2.5', '1'],
      ['2024/25', '140002', 'Ash', '', '', '', '0', '', '', '0', '3', '0', '6', '0', '', '', '', '', '0', '0', '0'],
      ['2024/25', '140003', 'Elm', '2', 'd-3', '3', '0', '1', 'annual', '0', '3', '0', '6', '0', 'Academy Led', 'Bespoke strategy.', '', 'Writing; Attendance', '0', '0', '0'],
      ['2024/25', '140004', 'Yew', '2', 'd-4', '3', '0', '1', 'annual', '0', '3', '0', '6', '0', 'Academy Led', 'Bespoke strategy.', '', 'no plan', '0', '0', '0'],
    ]);
  });

  it('names each download after its type, year, date and the position it was built at', () => {
    expect(reportCsvFileName(report({ type: 'academy-cards' }))).toBe('academy-cards-as-of-1042.csv');
    expect(reportCsvFileName(report({ type: 'tier-decisions', academicYear: '2024/25' }))).toBe('tier-decisions-2024-25-as-of-1042.csv');
    expect(reportCsvFileName(report({ type: 'compliance', academicYear: '2024/25', on: '2025-03-01', position: '77' }))).toBe('compliance-2024-25-on-2025-03-01-as-of-77.csv');
  });
});
