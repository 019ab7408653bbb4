import {
  initialTierEvidence,
  recommendTier,
  type AssessRisk,
  type AssignSip,
  type BaselineCapacity,
  type DecideTier,
  type Eif2024Grades,
  type EifGrade,
  type Inspection,
  type RecordAnnualReview,
  type RecordBaseline,
  type RecordCommissionedReview,
  type RecordInspection,
  type RecordOutcome,
  type RecordSipVisit,
  type ReportCardGrades,
  type RiskLevel,
  type SupportTier,
  type TierEvidence,
} from '@trust/domain';

/**
 * The demo trust's evidence and tier decisions: for every academy a baseline, its School Improvement
 * Partner, inspections under all three frameworks, outcomes, annual reviews, the risk register, visits
 * and commissioned reviews, and three years of tier decisions (2022/23 to 2024/25) — one of them an
 * override with its rationale, one revised mid-year on a new inspection. Each academy's story is written
 * out below; the tier decided is the one the tier criteria recommend on the evidence recorded before it
 * (as the committee mostly does), so the demo cannot drift from the policy.
 *
 * Every decision carries the day the committee made it (`decidedOn`), since the demo records the past
 * after the fact: a year's tier at the committee's first meeting of the year, a week after the risk
 * register is assessed; a revision a week after the inspection that prompted it. So the tier history
 * shows when each tier was decided and, read `on` a past day, which tier was in force then.
 */

export const DEMO_DECIDED_YEARS = ['2022/23', '2023/24', '2024/25'] as const;

/** A tier decision as the demo sends it: the API gives it its id and takes the decider from the token. */
export type DemoTierDecision = Omit<DecideTier, 'decisionId' | 'decidedBy'>;

/** The evidence the demo records: a command the domain adds joins the demo only when written in here. */
export type DemoEvidenceCommand =
  | RecordInspection
  | RecordAnnualReview
  | RecordOutcome
  | AssessRisk
  | RecordBaseline
  | AssignSip
  | RecordSipVisit
  | RecordCommissionedReview
  | DemoTierDecision;

type Direction = '+' | '-';
type Capacity = 'y' | 'n';
type Risk = 'l' | 'm' | 'h';

interface EvidenceStory {
  /** Outcomes of 2020/21 … 2024/25, oldest first: + positive, - negative. */
  outcomes: `${Direction}${Direction}${Direction}${Direction}${Direction}`;
  /** Annual reviews of 2021/22 … 2024/25: y found capacity to improve, n none. */
  capacity: `${Capacity}${Capacity}${Capacity}${Capacity}`;
  /** The risk register assessed at the start of 2022/23, 2023/24, 2024/25 and 2025/26: low, medium, high. */
  risk: `${Risk}${Risk}${Risk}${Risk}`;
  /** In date order; each is recorded once its date has passed (before the next decision it precedes). */
  inspections: Inspection[];
  baseline: BaselineCapacity;
  sip: { sipId: string; name: string };
  /** A decision that departs from the recommendation, with the committee's reason. */
  override?: { academicYear: string; tier: SupportTier; rationale: string };
  /** An inspection mid-year after which the year's tier is decided again. */
  revision?: { academicYear: string; inspection: Inspection };
  /** A year in which one visit fewer than the tier requires was held. */
  visitShortfall?: string;
}

const GOOD_2024: Eif2024Grades = {
  'quality-of-education': 'good',
  'behaviour-and-attitudes': 'good',
  'personal-development': 'good',
  'leadership-and-management': 'good',
};
const EXPECTED_2025: ReportCardGrades = {
  inclusion: 'expected-standard',
  'curriculum-and-teaching': 'expected-standard',
  achievement: 'expected-standard',
  'attendance-and-behaviour': 'expected-standard',
  'personal-development-and-wellbeing': 'expected-standard',
  'leadership-and-governance': 'expected-standard',
};

const eif2019 = (inspectedOn: string, overallEffectiveness: EifGrade): Inspection => ({ inspectedOn, framework: 'eif-2019', overallEffectiveness });
const eif2024 = (inspectedOn: string, grades: Partial<Eif2024Grades> = {}): Inspection => ({ inspectedOn, framework: 'eif-2024', grades: { ...GOOD_2024, ...grades } });
const reportCard = (inspectedOn: string, grades: Partial<ReportCardGrades> = {}): Inspection => ({
  inspectedOn,
  framework: 'report-card-2025',
  grades: { ...EXPECTED_2025, ...grades },
  safeguarding: 'met',
});

const PARTNERS = [
  { sipId: 'sip-margaret-hale', name: 'Margaret Hale' },
  { sipId: 'sip-david-achebe', name: 'David Achebe' },
  { sipId: 'sip-lucy-tran', name: 'Lucy Tran' },
] as const;

// By URN, as in demo-trust.ts. Inspection grades are each framework's own: eif-2019 before September
// 2024, eif-2024 (no overall grade) to October 2025, report cards from November 2025.
const STORIES: Readonly<Record<string, EvidenceStory>> = {
  '141023': {
    outcomes: '+++++', capacity: 'yyyy', risk: 'llll', baseline: 'giver', sip: PARTNERS[0],
    inspections: [eif2019('2019-03-13', 'outstanding'), eif2024('2025-02-05', { 'behaviour-and-attitudes': 'outstanding', 'personal-development': 'outstanding' })],
  },
  '142567': {
    outcomes: '+-+++', capacity: 'yyyy', risk: 'lmll', baseline: 'neutral', sip: PARTNERS[0],
    inspections: [eif2019('2018-11-21', 'good'), reportCard('2026-03-04', { 'curriculum-and-teaching': 'strong-standard' })],
    override: {
      academicYear: '2024/25',
      tier: 2,
      rationale: 'Tier 2 kept for a further year: the headteacher joined in April 2024 and the new reading curriculum is in its first year.',
    },
  },
  '143890': {
    outcomes: '++-++', capacity: 'yyyy', risk: 'llll', baseline: 'neutral', sip: PARTNERS[0],
    inspections: [eif2019('2022-06-08', 'good'), eif2024('2024-10-02')],
  },
  '144212': {
    outcomes: '--+--', capacity: 'ynyy', risk: 'hmmh', baseline: 'taker', sip: PARTNERS[0],
    inspections: [eif2019('2021-11-10', 'requires-improvement'), eif2024('2025-03-12', { 'behaviour-and-attitudes': 'requires-improvement' })],
  },
  '145678': {
    outcomes: '+++++', capacity: 'yyyy', risk: 'lllm', baseline: 'neutral', sip: PARTNERS[1],
    inspections: [eif2019('2017-12-06', 'good'), eif2019('2023-01-18', 'outstanding')],
    revision: { academicYear: '2024/25', inspection: eif2024('2025-01-22', { 'personal-development': 'requires-improvement' }) },
  },
  '146034': {
    outcomes: '+-+-+', capacity: 'yyyy', risk: 'mmml', baseline: 'neutral', sip: PARTNERS[1],
    inspections: [eif2019('2019-05-22', 'good'), eif2024('2024-11-13')],
    visitShortfall: '2023/24',
  },
  '147851': {
    outcomes: '+++-+', capacity: 'yyyy', risk: 'llll', baseline: 'giver', sip: PARTNERS[1],
    inspections: [eif2019('2022-05-11', 'outstanding'), reportCard('2025-11-19', { achievement: 'strong-standard', 'leadership-and-governance': 'strong-standard' })],
  },
  '148320': {
    outcomes: '--+++', capacity: 'nyyy', risk: 'hlll', baseline: 'taker', sip: PARTNERS[1],
    inspections: [eif2019('2021-09-29', 'inadequate'), eif2019('2023-06-14', 'good')],
  },
  '149102': {
    outcomes: '+++++', capacity: 'yyyy', risk: 'lllm', baseline: 'neutral', sip: PARTNERS[2],
    inspections: [eif2019('2022-02-09', 'good'), eif2024('2025-05-07')],
  },
  '149765': {
    outcomes: '+++-+', capacity: 'yyyy', risk: 'llml', baseline: 'neutral', sip: PARTNERS[2],
    inspections: [eif2019('2019-10-16', 'good')],
  },
  '150338': {
    outcomes: '+++++', capacity: 'yyyy', risk: 'llll', baseline: 'giver', sip: PARTNERS[2],
    inspections: [eif2019('2018-06-27', 'outstanding'), reportCard('2026-01-28', { 'attendance-and-behaviour': 'strong-standard' })],
  },
  '150904': {
    outcomes: '---++', capacity: 'yyyy', risk: 'hmml', baseline: 'taker', sip: PARTNERS[2],
    inspections: [eif2019('2022-04-27', 'requires-improvement'), eif2024('2024-09-25')],
  },
};

const SUMMARIES = {
  baseline: {
    giver: 'Outcomes above national and trust KPIs; leaders with capacity to support other schools.',
    taker: 'Outcomes below national benchmarks; curriculum not yet sequenced; will need trust support.',
    neutral: 'Outcomes in line with national benchmarks; curriculum broadly sequenced.',
  },
  review: {
    y: 'Leaders know the school well and have secured improvement against the priorities of the plan.',
    n: 'Leadership capacity is stretched; the priorities of the plan have not been secured.',
  },
  visits: ['Reading and phonics teaching reviewed with the English lead.', 'Attendance and behaviour systems reviewed.', 'Curriculum sequencing reviewed in foundation subjects.'],
  reviews: { autumn: 'Autumn review: leadership and the improvement plan.', spring: 'Spring review: quality of education.', summer: 'Summer review: outcomes and next year\'s priorities.' },
} as const;

const RISKS: Readonly<Record<RiskLevel, { title: string; owner?: string }[]>> = {
  low: [{ title: 'Staff turnover in Key Stage 2', owner: 'Headteacher' }],
  medium: [{ title: 'Falling rolls', owner: 'Business manager' }, { title: 'Persistent absence above national' }],
  high: [{ title: 'Leadership capacity', owner: 'Chair of governors' }, { title: 'Outcomes below floor', owner: 'Headteacher' }, { title: 'Budget deficit' }],
};

/** The academic year starting in `year` (2022 → 2022/23). */
const academicYear = (year: number): string => `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
const startYear = (academicYearName: string): number => Number(academicYearName.slice(0, 4));
const LAST_DECIDED_YEAR = DEMO_DECIDED_YEARS[DEMO_DECIDED_YEARS.length - 1] ?? '2024/25';
/** The year after the demo's past: the past records its risk assessment (the last of each story's risk levels). */
export const FIRST_UNDECIDED_YEAR = academicYear(startYear(LAST_DECIDED_YEAR) + 1);

/** One command of the story, and what it adds to the evidence the tier policy reads. */
interface Step {
  command: DemoEvidenceCommand;
  adds?: (evidence: TierEvidence) => TierEvidence;
}

/** Steps of the story at one date: recorded in date order. */
interface Dated {
  on: string;
  steps: Step[];
}

// The demo needs no positions: only the recommendation matters to it.
const NO_POSITION = '0';

/** The committee decides a week after what prompts it: the year's risk assessment, or a new inspection. */
const COMMITTEE_WEEK = 7;

/**
 * The evidence and tier decisions of one academy, in the order they happened. Throws when a story
 * leaves a decided year without a recommendation, or an override agreeing with it: a mistake in the
 * demo, which its spec catches.
 */
export function buildDemoEvidence(academyId: string, joinedOn: string): DemoEvidenceCommand[] {
  return replayStory(academyId, joinedOn).commands;
}

/** The story's commands, and the evidence the tier policy reads once they are all recorded. */
function replayStory(academyId: string, joinedOn: string): { story: EvidenceStory; commands: DemoEvidenceCommand[]; evidence: TierEvidence } {
  const story = storyOf(academyId);
  const commands: DemoEvidenceCommand[] = [];
  let evidence: TierEvidence = initialTierEvidence();
  const pending = [...story.inspections];

  const record = ({ command, adds }: Step): void => {
    commands.push(command);
    if (adds !== undefined) evidence = adds(evidence);
  };
  const recordInspectionsBefore = (date: string): void => {
    for (let next = pending[0]; next !== undefined && next.inspectedOn < date; next = pending[0]) {
      pending.shift();
      record(inspection(academyId, next));
    }
  };
  const decide = (year: string, decidedOn: string): SupportTier => {
    const { recommendedTier, missing } = recommendTier(evidence, year, decidedOn);
    if (recommendedTier === null) throw new Error(`The demo story of ${academyId} leaves ${year} without a tier: missing ${missing.join(', ')}`);
    const first = !commands.some((command) => command.type === 'DecideTier' && command.academicYear === year);
    const override = first && story.override?.academicYear === year ? story.override : undefined;
    if (override !== undefined && override.tier === recommendedTier) throw new Error(`The demo override of ${academyId} in ${year} agrees with the recommendation`);
    const tier = override?.tier ?? recommendedTier;
    record({ command: { type: 'DecideTier', academyId, academicYear: year, tier, ...(override === undefined ? {} : { rationale: override.rationale }), decidedOn } });
    return tier;
  };

  record({ command: { type: 'RecordBaseline', academyId, assessedOn: daysBefore(joinedOn, 75), summary: SUMMARIES.baseline[story.baseline], capacity: story.baseline } });
  record({ command: { type: 'AssignSip', academyId, sipId: story.sip.sipId, name: story.sip.name, approvedOn: '2022-07-14' } });
  record(outcome(academyId, academicYear(2020), story.outcomes[0]));

  DEMO_DECIDED_YEARS.forEach((year, index) => {
    const start = startYear(year);
    const previous = academicYear(start - 1);
    record(outcome(academyId, previous, story.outcomes[index + 1]));
    record(annualReview(academyId, previous, story.capacity[index]));
    recordInspectionsBefore(riskAssessedOn(year));
    record(riskAssessment(academyId, riskAssessedOn(year), story.risk[index]));
    const decided = decide(year, demoDecidedOn(year));

    // The year in date order: the visits and reviews its final tier requires, and a revision after a new inspection.
    const revision = story.revision?.academicYear === year ? story.revision : undefined;
    const revisionStep = revision === undefined ? undefined : inspection(academyId, revision.inspection);
    const finalTier = revisionStep?.adds === undefined ? decided : (recommendTier(revisionStep.adds(evidence), year).recommendedTier ?? decided);
    const requiredVisits = finalTier === 1 ? 1 : 3;
    const visitsHeld = requiredVisits - (story.visitShortfall === year ? 1 : 0);
    const reviewDates = { autumn: `${start}-11-25`, spring: `${start + 1}-03-17`, summer: `${start + 1}-06-20` };
    const reviewTerms = finalTier === 3 ? (['autumn', 'spring', 'summer'] as const) : (['summer'] as const);
    const items: Dated[] = [
      ...[`${start}-10-14`, `${start + 1}-02-10`, `${start + 1}-05-19`].slice(0, visitsHeld).map((visitedOn, visit) => ({
        on: visitedOn,
        steps: [{ command: { type: 'RecordSipVisit' as const, academyId, visitedOn, reportSummary: SUMMARIES.visits[visit] ?? SUMMARIES.visits[0] } }],
      })),
      ...reviewTerms.map((term) => ({
        on: reviewDates[term],
        steps: [{ command: { type: 'RecordCommissionedReview' as const, academyId, academicYear: year, term, completedOn: reviewDates[term], summary: SUMMARIES.reviews[term] } }],
      })),
    ];
    if (revision !== undefined && revisionStep !== undefined) items.push({ on: revision.inspection.inspectedOn, steps: [revisionStep] });
    items.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
    for (const item of items) {
      recordInspectionsBefore(item.on);
      item.steps.forEach(record);
      if (item.steps[0] === revisionStep) decide(year, daysAfter(item.on, COMMITTEE_WEEK));
    }
  });

  record(outcome(academyId, LAST_DECIDED_YEAR, story.outcomes[4]));
  record(annualReview(academyId, LAST_DECIDED_YEAR, story.capacity[3]));
  recordInspectionsBefore(riskAssessedOn(FIRST_UNDECIDED_YEAR));
  record(riskAssessment(academyId, riskAssessedOn(FIRST_UNDECIDED_YEAR), story.risk[3]));
  recordInspectionsBefore('9999-12-31');
  return { story, commands, evidence };
}

/**
 * The evidence and tier decision of an academic year after the demo's past, as far as `today` (the year
 * that holds it): the year's tier decided at the committee's first meeting, a week after the risk register
 * is assessed at the start of September, if that day has come. The past already holds the risk assessment
 * of the first year after it; for a later year, the outcome and annual review of the year before are
 * recorded first (the tier reads them), and the school's story runs on as it last stood (its latest
 * outcome, review and risk level). The past records every inspection, whatever its date, so the
 * decision reads those dated by its day. Throws when the story leaves the year without a tier.
 */
export function buildDemoEvidenceThisYear(academyId: string, joinedOn: string, year: string, today: string): DemoEvidenceCommand[] {
  if (year < FIRST_UNDECIDED_YEAR) throw new RangeError(`The demo's evidence of ${year} is part of its past (to ${LAST_DECIDED_YEAR})`);
  const replayed = replayStory(academyId, joinedOn);
  const { story } = replayed;
  let evidence = replayed.evidence;
  const commands: DemoEvidenceCommand[] = [];
  const record = ({ command, adds }: Step): void => {
    commands.push(command);
    if (adds !== undefined) evidence = adds(evidence);
  };
  const assessedOn = riskAssessedOn(year);
  if (year > FIRST_UNDECIDED_YEAR) {
    const previous = academicYear(startYear(year) - 1);
    record(outcome(academyId, previous, story.outcomes[story.outcomes.length - 1]));
    record(annualReview(academyId, previous, story.capacity[story.capacity.length - 1]));
    if (assessedOn <= today) record(riskAssessment(academyId, assessedOn, story.risk[story.risk.length - 1]));
  }
  const decidedOn = demoDecidedOn(year);
  if (decidedOn > today) return commands;
  const { recommendedTier, missing } = recommendTier(evidence, year, decidedOn);
  if (recommendedTier === null) throw new Error(`The demo story of ${academyId} leaves ${year} without a tier: missing ${missing.join(', ')}`);
  record({ command: { type: 'DecideTier', academyId, academicYear: year, tier: recommendedTier, decidedOn } });
  return commands;
}

/** The day an academic year's tier is decided: a week after the risk register is assessed at the start of September. */
export function demoDecidedOn(year: string): string {
  return daysAfter(riskAssessedOn(year), COMMITTEE_WEEK);
}

function riskAssessedOn(year: string): string {
  return `${startYear(year)}-09-05`;
}

function storyOf(academyId: string): EvidenceStory {
  const story = STORIES[academyId];
  if (story === undefined) throw new Error(`The demo has no evidence story for academy ${academyId}`);
  return story;
}

function outcome(academyId: string, year: string, sign: string | undefined): Step {
  const direction = sign === '-' ? 'negative' : 'positive';
  return {
    command: { type: 'RecordOutcome', academyId, academicYear: year, direction },
    adds: (evidence) => ({ ...evidence, outcomes: [...evidence.outcomes, { academicYear: year, direction, position: NO_POSITION }] }),
  };
}

function annualReview(academyId: string, year: string, found: string | undefined): Step {
  const capacityToImprove = found !== 'n';
  const summary = SUMMARIES.review[capacityToImprove ? 'y' : 'n'];
  return {
    command: { type: 'RecordAnnualReview', academyId, academicYear: year, capacityToImprove, summary },
    adds: (evidence) => ({ ...evidence, annualReviews: [...evidence.annualReviews, { academicYear: year, capacityToImprove, summary, position: NO_POSITION }] }),
  };
}

function riskAssessment(academyId: string, assessedOn: string, code: string | undefined): Step {
  const level = code === 'h' ? 'high' : code === 'm' ? 'medium' : 'low';
  const risks = RISKS[level];
  return {
    command: { type: 'AssessRisk', academyId, assessedOn, level, risks: risks.map((risk) => ({ ...risk })) },
    adds: (evidence) => ({
      ...evidence,
      riskAssessments: [...evidence.riskAssessments, { assessedOn, level, risks: risks.map((risk) => ({ title: risk.title, owner: risk.owner ?? null })), position: NO_POSITION }],
    }),
  };
}

function inspection(academyId: string, inspected: Inspection): Step {
  const { grades, overallEffectiveness, safeguarding } = fieldsOf(inspected);
  return {
    command: {
      type: 'RecordInspection',
      academyId,
      inspectedOn: inspected.inspectedOn,
      framework: inspected.framework,
      ...(overallEffectiveness === undefined ? {} : { overallEffectiveness }),
      ...(grades === undefined ? {} : { grades }),
      ...(safeguarding === undefined ? {} : { safeguarding }),
    },
    adds: (evidence) => ({ ...evidence, inspections: [...evidence.inspections, { ...inspected, position: NO_POSITION }] }),
  };
}

/** The fields an inspection of each framework has, as a client sends them. */
function fieldsOf(inspected: Inspection): { overallEffectiveness?: string; grades?: Record<string, string>; safeguarding?: string } {
  switch (inspected.framework) {
    case 'eif-2019':
      return { overallEffectiveness: inspected.overallEffectiveness };
    case 'eif-2024':
      return { grades: { ...inspected.grades } };
    case 'report-card-2025':
      return { grades: { ...inspected.grades }, safeguarding: inspected.safeguarding };
    default: {
      const _exhaustive: never = inspected;
      return _exhaustive;
    }
  }
}

function daysAfter(date: string, days: number): string {
  return daysBefore(date, -days);
}

function daysBefore(date: string, days: number): string {
  const instant = new Date(`${date}T12:00:00Z`);
  instant.setUTCDate(instant.getUTCDate() - days);
  return instant.toISOString().slice(0, 10);
}
