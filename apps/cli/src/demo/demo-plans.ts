import {
  academicYearStart,
  addDays,
  KPI_NAMES,
  termEnd,
  TERMS,
  type AcademyPhase,
  type AddPlanAction,
  type AddPlanPriority,
  type AmendPlanAction,
  type AmendPlanPriority,
  type CloseImprovementPlanYear,
  type CommitPlanSupport,
  type ConfirmImprovementPlan,
  type DraftImprovementPlan,
  type IsoDate,
  type KpiName,
  type PlanActionStatus,
  type PlanOwnerInput,
  type RatePlanPriority,
  type RecordKpi,
  type SetKpiTarget,
  type SupportKind,
  type SupportTier,
  type Term,
} from '@trust/domain';
import { DEMO_PAST_YEAR, schoolDayBefore, schoolDayFrom } from './demo-calendar.js';
import type { DemoEvidenceCommand } from './demo-evidence.js';
import { demoKey, idOf } from './demo-ids.js';

/**
 * The demo academies' improvement plans (seeds 000 and 003): one per academy for each of the demo's three past
 * years and for the current one. Each plan's two or three priorities come from the audit of the academy's card
 * (its weakest KPIs against their targets, in the last term known when the plan was drafted), each targeting
 * its KPI with success criteria from the year's target, owned by the academy's leaders (the first by its
 * headteacher, named), with two or three actions due through the year. Every rating follows the figures: a
 * priority is rated from its KPI's figure of the term against the year's target (green when met, amber within
 * a step of it, red beyond), moving a step at a time from its rating at the drafting, so a school improving on
 * a KPI moves red to amber to green and one stuck stays amber or red; the actions move on at the reviews (in
 * progress, then done once due unless the priority is red).
 *
 * The two years before AIMs were recorded in the ledger (2022/23, 2023/24) are kept light (two priorities,
 * their actions' statuses as they stood at the end of the year): confirmed through governance, rated at the
 * improvement director's termly reviews on the plan (direct) and closed after the summer term.
 * 2024/25, the year whose AIMs the demo holds, is rated at its drafting (direct), at each AIM (whose
 * priorities name the plan's) and by the hosts of peer review visits (whose focus names them); it is confirmed
 * at the autumn AIM, a priority still red at the spring AIM is amended there (the improvement director joins
 * its owners) and the plan confirmed again, and the year is closed after the summer AIM. The current year is
 * rated at its drafting and at the end of each term ended by today. Tier 2 and Tier 3 academies have support
 * committed against their priorities, of their tier's kinds, which the demo's commissioned reviews, core days
 * and recharges name as they deliver it.
 *
 * Every change carries the day it was made, as a plan entered after the fact does, so each plan reads `on` any
 * day as it stood then: drafted, with its priorities, actions and support, on the first school day of its
 * year; a revision's support on the day of the revision; a confirmation through governance by 24 October, or
 * at the AIM; the actions moved on at each review; the year closed at the end of the summer term, or at the
 * summer AIM. The changes the AIMs make are dated by the demo's AIMs as they are held (planRequestOn).
 */

type Rag = 'red' | 'amber' | 'green';

/**
 * The plan worth looking at: Harbour Lights (Tier 2 in 2024/25, not in a peer review group), whose priorities are
 * rated at each AIM, one amended at the spring AIM, with support committed and a core day of it not delivered.
 */
export const DEMO_PLAN_TO_TRY = { academyId: '149765', name: 'Harbour Lights Primary Academy', academicYear: DEMO_PAST_YEAR } as const;

/** The plan commands as the demo sends them: the API chooses the ids of priorities, actions and commitments, and takes who acts from the token. */
export type DemoPlanCommand =
  | DraftImprovementPlan
  | Omit<AddPlanPriority, 'priorityId'>
  | AmendPlanPriority
  | Omit<AddPlanAction, 'actionId'>
  | AmendPlanAction
  | Omit<RatePlanPriority, 'ratedBy'>
  | ConfirmImprovementPlan
  | CloseImprovementPlanYear
  | Omit<CommitPlanSupport, 'commitmentId' | 'committedBy'>;

/** One POST of a plan: its command (ids as `{id:<key>}`), route, body and Idempotency-Key (from both). */
export interface DemoPlanRequest {
  command: DemoPlanCommand;
  path: string;
  body: Record<string, unknown>;
  idempotencyKey: string;
}

export interface DemoPlanPriority {
  /** The Idempotency-Key of its addition: `{id:<key>}` names it. */
  key: string;
  title: string;
  kpi: KpiName;
  /** Its rating when the plan was drafted, from the audit. */
  baseline: Rag;
  /** Its rating from each term's figure of the plan's year (the terms ended by today, for the current year). */
  terms: Partial<Record<Term, Rag>>;
}

export interface DemoPlanCommitment {
  key: string;
  kind: SupportKind;
  priorityKey: string;
  coreDays: number;
  developmentDays: number;
  reviews: number;
  /** Committed after a mid-year tier revision (in `revision`). */
  afterRevision: boolean;
}

export interface DemoPlan {
  academyId: string;
  academicYear: string;
  priorities: DemoPlanPriority[];
  commitments: DemoPlanCommitment[];
  /** Sent once the year's tier is decided: drafted, its priorities and actions, support for the tier, and (but for the year with AIMs) confirmed and rated at its drafting. */
  opening: DemoPlanRequest[];
  /** Support for the tier a mid-year revision decided: sent after the revision. */
  revision: DemoPlanRequest[];
  /** The year's reviews on the plan (ratings, actions moving on) and, for a past year without AIMs, its closure: sent after its summer review. */
  closing: DemoPlanRequest[];
  /** For the year with AIMs: what follows each of its three AIMs, naming it by its key (`{id:<AIM key>}`). */
  afterAims: DemoPlanRequest[][];
}

/** What a plan of one year is made from. */
export interface DemoPlanSource {
  academyId: string;
  name: string;
  phase: AcademyPhase;
  /** The academy's KPI targets and figures: the past years' and, for the current year, those sent so far. */
  kpis: readonly (SetKpiTarget | RecordKpi)[];
  academicYear: string;
  /** The tier decided for the year in September (as the demo sends it); null while undecided. */
  tier: number | null;
  /** The tier a mid-year revision decided, if any, and the day it was decided. */
  revisedTier?: number;
  revisedOn?: string;
  /**
   * before-aims: a past year whose AIMs are not in the ledger; with-aims: the year the demo holds AIMs of,
   * keyed `aimKeys` (autumn, spring, summer); this-year: the current year, as far as `today`.
   */
  kind: { year: 'before-aims' } | { year: 'with-aims'; aimKeys: readonly string[] } | { year: 'this-year'; today: string };
}

const PERCENT_STEP = 4;
const ATTENDANCE_STEP = 1;
const CURRICULUM_STEP = 2;

/** How far a figure falls short of its target, in steps (two grades of the curriculum, four points of a percentage, a point of attendance). */
function shortfall(kpi: KpiName, value: number, target: number): number {
  if (kpi === 'curriculum') return (value - target) / CURRICULUM_STEP;
  return (target - value) / (kpi === 'attendance' ? ATTENDANCE_STEP : PERCENT_STEP);
}

/** Green when the target is met, amber within a step of it, red beyond. */
function ragOf(gap: number): Rag {
  return gap >= 1 ? 'red' : gap > 0 ? 'amber' : 'green';
}

const RAGS: readonly Rag[] = ['red', 'amber', 'green'];

/** A rating moves one step at a time: from red, a term on target is amber first. */
function stepToward(previous: Rag, figures: Rag): Rag {
  const [from, to] = [RAGS.indexOf(previous), RAGS.indexOf(figures)];
  return RAGS[from + Math.sign(to - from)] ?? figures;
}

interface Figure {
  academicYear: string;
  term: Term;
  value: number;
  target: number;
}

/** Targets and figures by year, term and KPI. */
class KpiBook {
  private readonly targets = new Map<string, number>();
  private readonly figures = new Map<string, number>();
  readonly years: string[];

  constructor(kpis: readonly (SetKpiTarget | RecordKpi)[]) {
    const years = new Set<string>();
    for (const command of kpis) {
      if (command.type === 'SetKpiTarget') this.targets.set(`${command.academicYear}|${command.kpi}`, command.target);
      else {
        this.figures.set(`${command.academicYear}|${command.term}|${command.kpi}`, command.value);
        years.add(command.academicYear);
      }
    }
    this.years = [...years].sort();
  }

  target(academicYear: string, kpi: KpiName): number | undefined {
    return this.targets.get(`${academicYear}|${kpi}`);
  }

  figure(academicYear: string, term: Term, kpi: KpiName): Figure | undefined {
    const value = this.figures.get(`${academicYear}|${term}|${kpi}`);
    const target = this.target(academicYear, kpi);
    return value === undefined || target === undefined ? undefined : { academicYear, term, value, target };
  }

  /** The figure the plan of `academicYear` is drafted from: the last summer's before it, or, with no year before, the year's first. */
  audit(academicYear: string, kpi: KpiName): Figure | undefined {
    const before = this.years.filter((year) => year < academicYear);
    const last = before[before.length - 1];
    return last === undefined ? this.figure(academicYear, 'autumn', kpi) : this.figure(last, 'summer', kpi);
  }
}

interface Theme {
  title: (phase: AcademyPhase) => string;
  /** What the KPI measures, as evidence and comments say it. */
  measure: string;
  successCriteria: (target: number) => string;
  owners: PlanOwnerInput[];
  actions: { description: string; owner: PlanOwnerInput }[];
}

const role = (name: string): PlanOwnerInput => ({ role: name });

const THEMES: Record<KpiName, Theme> = {
  progress: {
    title: (phase) =>
      phase === 'secondary' || phase === 'all-through'
        ? 'Progress of disadvantaged pupils at Key Stage 4'
        : phase === 'special'
          ? "Progress towards each pupil's EHCP outcomes"
          : 'Progress in reading, writing and maths across Key Stage 2',
    measure: 'pupils making expected progress',
    successCriteria: (target) => `At least ${target}% of pupils make expected progress by the summer term`,
    owners: [role('senior-leader'), role('subject-leader')],
    actions: [
      { description: 'Pupil progress meetings every half term for every class, naming the pupils below expected progress', owner: role('senior-leader') },
      { description: 'Small-group tutoring for the pupils furthest behind, reviewed at each progress meeting', owner: role('subject-leader') },
      { description: "Moderate writing and maths with the hub's schools before the summer assessments", owner: role('hub-lead') },
    ],
  },
  curriculum: {
    title: (phase) => (phase === 'secondary' ? 'Curriculum sequencing at Key Stage 3' : 'Curriculum sequencing in the foundation subjects'),
    measure: 'the curriculum graded',
    successCriteria: (target) => `The curriculum graded ${target} or better at the summer term review`,
    owners: [role('subject-leader'), role('middle-leader')],
    actions: [
      { description: 'Map the knowledge and vocabulary each subject builds, year by year', owner: role('subject-leader') },
      { description: "Subject leaders' deep dives with the improvement director, one subject each half term", owner: role('improvement-director') },
      { description: "Revise the long-term plans from the deep dives' findings", owner: role('middle-leader') },
    ],
  },
  teaching: {
    title: () => 'Adaptive teaching for pupils with SEND in every classroom',
    measure: 'teaching judged good or better',
    successCriteria: (target) => `${target}% of teaching judged good or better in the summer term`,
    owners: [role('senior-leader'), role('senco')],
    actions: [
      { description: 'Fortnightly instructional coaching for every teacher', owner: role('senior-leader') },
      { description: 'Learning walks on adaptive teaching with the SENCo each half term', owner: role('senco') },
      { description: "Share what works through the trust's teaching and learning network", owner: role('hub-lead') },
    ],
  },
  attendance: {
    title: () => 'Attendance and persistent absence of disadvantaged pupils',
    measure: 'attendance',
    successCriteria: (target) => `Attendance of ${target}% or more in every term`,
    owners: [role('senior-leader'), role('chair-of-governors')],
    actions: [
      { description: 'First-day calling for every absence, and a home visit on the third day', owner: role('senior-leader') },
      { description: 'Attendance panels with the families of pupils below 90%', owner: role('middle-leader') },
      { description: 'A governor link for attendance, reporting to the board each term', owner: role('chair-of-governors') },
    ],
  },
  transition: {
    title: (phase) =>
      phase === 'secondary'
        ? 'Transition into Year 7 and on to post-16'
        : phase === 'all-through'
          ? 'Transition between the primary and secondary phases'
          : phase === 'special'
            ? 'Preparation for adulthood and the next placement'
            : 'Transition to secondary school in Year 6',
    measure: 'pupils transitioning successfully',
    successCriteria: (target) => `${target}% of pupils transition successfully`,
    owners: [role('middle-leader'), role('senco')],
    actions: [
      { description: 'Transition visits, and records shared with each receiving school', owner: role('middle-leader') },
      { description: 'Transition plans for pupils with SEND agreed with their families', owner: role('senco') },
      { description: "Follow up each leaver's first term with the receiving school", owner: role('senior-leader') },
    ],
  },
};

const MAX_PRIORITIES = 3;
/** Actions are due at the end of a term's teaching: autumn, spring, summer. */
const DUE = [(start: number) => `${start}-12-12`, (start: number) => `${start + 1}-03-27`, (start: number) => `${start + 1}-07-10`] as const;
/** The improvement director's termly reviews of a plan, in a year before AIMs were recorded in the ledger. */
const TERMLY_REVIEWS = [(start: number) => `${start}-11-18`, (start: number) => `${start + 1}-03-10`, (start: number) => `${start + 1}-06-16`] as const;

/** Support for each tier (seed 000's "Trust Support"), in the demo's past years only reviews delivering it. */
interface Commitment {
  kind: SupportKind;
  coreDays: number;
  developmentDays: number;
  reviews: number;
}
const REVIEWS_ONLY: Partial<Record<SupportTier, Commitment[]>> = {
  2: [{ kind: 'additional-reviews', coreDays: 0, developmentDays: 0, reviews: 1 }],
  3: [{ kind: 'external-review', coreDays: 0, developmentDays: 0, reviews: 3 }],
};
const WITH_FINANCE: Partial<Record<SupportTier, Commitment[]>> = {
  2: [
    { kind: 'central-team', coreDays: 1, developmentDays: 2, reviews: 0 },
    { kind: 'additional-reviews', coreDays: 0, developmentDays: 0, reviews: 1 },
  ],
  3: [
    { kind: 'school-to-school-support', coreDays: 0, developmentDays: 2, reviews: 0 },
    { kind: 'external-review', coreDays: 0, developmentDays: 0, reviews: 3 },
    { kind: 'standardised-policies', coreDays: 1, developmentDays: 0, reviews: 0 },
  ],
};
/** After a revision to Tier 3 mid-year: the reviews of the terms left, and school-to-school support. */
const AFTER_REVISION: Partial<Record<SupportTier, Commitment[]>> = {
  3: [
    { kind: 'external-review', coreDays: 0, developmentDays: 0, reviews: 2 },
    { kind: 'school-to-school-support', coreDays: 0, developmentDays: 2, reviews: 0 },
  ],
};
const THIS_YEAR: Partial<Record<SupportTier, Commitment[]>> = {
  2: [{ kind: 'central-team', coreDays: 1, developmentDays: 2, reviews: 0 }],
  3: [
    { kind: 'external-review', coreDays: 0, developmentDays: 0, reviews: 3 },
    { kind: 'school-to-school-support', coreDays: 0, developmentDays: 3, reviews: 0 },
  ],
};

/** How a plan's year is written in its routes: 2024/25 → 2024-25. */
const yearSegment = (academicYear: string): string => academicYear.replace('/', '-');

/** The command dated `day`, in the field its change is dated by (a rating keeps its own day). */
function commandOn(command: DemoPlanCommand, day: string): DemoPlanCommand {
  switch (command.type) {
    case 'DraftImprovementPlan':
      return { ...command, draftedOn: day };
    case 'AddPlanPriority':
    case 'AddPlanAction':
      return { ...command, addedOn: day };
    case 'AmendPlanPriority':
    case 'AmendPlanAction':
      return { ...command, amendedOn: day };
    case 'ConfirmImprovementPlan':
      return { ...command, confirmedOn: day };
    case 'CloseImprovementPlanYear':
      return { ...command, closedOn: day };
    case 'CommitPlanSupport':
      return { ...command, committedOn: day };
    case 'RatePlanPriority':
      return command;
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
}

/** A request of what an AIM changed in a plan, dated the day the AIM was held. */
export function planRequestOn(request: DemoPlanRequest, day: string): DemoPlanRequest {
  return planRequest(commandOn(request.command, day));
}

/** The HTTP form of a plan command: its route, its body, and a key derived from both. */
export function planRequest(command: DemoPlanCommand): DemoPlanRequest {
  const { path, body } = planRoute(command);
  return { command, path, body, idempotencyKey: demoKey(path, body) };
}

function planRoute(command: DemoPlanCommand): { path: string; body: Record<string, unknown> } {
  const plan = `/academies/${command.academyId}/improvement-plans`;
  const year = `${plan}/${yearSegment(command.academicYear)}`;
  switch (command.type) {
    case 'DraftImprovementPlan': {
      const { type: _type, academyId: _academyId, ...body } = command;
      return { path: plan, body };
    }
    case 'AddPlanPriority': {
      const { type: _type, academyId: _academyId, academicYear: _academicYear, ...body } = command;
      return { path: `${year}/priorities`, body };
    }
    case 'AmendPlanPriority': {
      const { type: _type, academyId: _academyId, academicYear: _academicYear, priorityId, ...body } = command;
      return { path: `${year}/priorities/${priorityId}/amendments`, body };
    }
    case 'AddPlanAction': {
      const { type: _type, academyId: _academyId, academicYear: _academicYear, priorityId, ...body } = command;
      return { path: `${year}/priorities/${priorityId}/actions`, body };
    }
    case 'AmendPlanAction': {
      const { type: _type, academyId: _academyId, academicYear: _academicYear, priorityId, actionId, ...body } = command;
      return { path: `${year}/priorities/${priorityId}/actions/${actionId}/amendments`, body };
    }
    case 'RatePlanPriority': {
      const { type: _type, academyId: _academyId, academicYear: _academicYear, priorityId, ...body } = command;
      return { path: `${year}/priorities/${priorityId}/ratings`, body };
    }
    case 'ConfirmImprovementPlan': {
      const { type: _type, academyId: _academyId, academicYear: _academicYear, ...body } = command;
      return { path: `${year}/confirmation`, body };
    }
    case 'CloseImprovementPlanYear': {
      const { type: _type, academyId: _academyId, academicYear: _academicYear, ...body } = command;
      return { path: `${year}/closure`, body };
    }
    case 'CommitPlanSupport': {
      const { type: _type, academyId: _academyId, academicYear: _academicYear, ...body } = command;
      return { path: `${year}/support-commitments`, body };
    }
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
}

/** Where an action due in term `due` stands at the review of term `review`, its priority rated `rag` then. */
function statusAt(due: number, review: number, rag: Rag): PlanActionStatus {
  if (review < due - 1) return 'not-started';
  if (review < due || (review === due && review < TERMS.length - 1)) return 'in-progress';
  return rag === 'red' ? 'in-progress' : 'done';
}

const figureText = (kpi: KpiName, value: number): string => (kpi === 'curriculum' ? `grade ${value}` : `${value}%`);

function describeFigure(kpi: KpiName, figure: Figure): string {
  return `${THEMES[kpi].measure} ${figureText(kpi, figure.value)} in the ${figure.term} term of ${figure.academicYear}, against a target of ${figureText(kpi, figure.target)}`;
}

/** One academy's plan for one year. Pure: the same source, the same plan, down to every key. */
export function buildDemoPlan(source: DemoPlanSource): DemoPlan {
  const { academyId, academicYear, phase, kind } = source;
  const book = new KpiBook(source.kpis);
  const start = Number(academicYear.slice(0, 4));
  const plan = { academyId, academicYear };
  // Drafted on the first school day of the year (today, for the current year before that day has come).
  const firstSchoolDay = schoolDayFrom(academicYearStart(academicYear));
  const draftedOn = kind.year === 'this-year' && firstSchoolDay > kind.today ? kind.today : firstSchoolDay;
  // A change dated `day`; null for what an AIM changes, which the AIM dates as it is held (planRequestOn).
  const on = (command: DemoPlanCommand, day: string | null): DemoPlanRequest => planRequest(day === null ? command : commandOn(command, day));
  // Confirmed through governance by the first half term's end.
  const governanceDay = schoolDayBefore(`${start}-10-25` as IsoDate);
  // Closed on the last school day of the summer term.
  const lastDayOfYear = schoolDayBefore(addDays(termEnd(academicYear, 'summer') as IsoDate, 1));
  const opening: DemoPlanRequest[] = [on({ type: 'DraftImprovementPlan', ...plan }, draftedOn)];
  const closing: DemoPlanRequest[] = [];
  const afterAims: DemoPlanRequest[][] = kind.year === 'with-aims' ? kind.aimKeys.map(() => []) : [];
  const headteacher: PlanOwnerInput = { staffId: `head-${academyId}`, name: `Headteacher of ${source.name}` };

  // The audit: the KPIs furthest short of their targets, two or three of them.
  const audited = KPI_NAMES.flatMap((kpi) => {
    const figure = book.audit(academicYear, kpi);
    return figure === undefined ? [] : [{ kpi, figure, gap: shortfall(kpi, figure.value, figure.target) }];
  }).sort((a, b) => b.gap - a.gap || KPI_NAMES.indexOf(a.kpi) - KPI_NAMES.indexOf(b.kpi));
  // Three when a third KPI is short of its target too; two in a year before AIMs were recorded, kept light.
  const count = kind.year !== 'before-aims' && (audited[MAX_PRIORITIES - 1]?.gap ?? 0) > 0 ? MAX_PRIORITIES : MAX_PRIORITIES - 1;
  const chosen = audited.slice(0, count);

  interface Built {
    priority: DemoPlanPriority;
    owners: PlanOwnerInput[];
    evidence: string;
    actions: { key: string; due: number }[];
  }
  const built: Built[] = chosen.map(({ kpi, figure }, index) => {
    const theme = THEMES[kpi];
    const target = book.target(academicYear, kpi) ?? figure.target;
    const owners = index === 0 ? [headteacher, ...theme.owners] : [...theme.owners];
    const evidence = `The audit of the academy card: ${describeFigure(kpi, figure)}.`;
    const added = on(
      {
        type: 'AddPlanPriority',
        ...plan,
        title: theme.title(phase),
        evidence,
        targets: [{ kpi, successCriteria: theme.successCriteria(target) }],
        owners,
      },
      draftedOn,
    );
    opening.push(added);
    const baseline = ragOf(shortfall(kpi, figure.value, figure.target));
    const terms: Partial<Record<Term, Rag>> = {};
    let rating = baseline;
    for (const term of TERMS) {
      const termFigure = book.figure(academicYear, term, kpi);
      if (termFigure === undefined) break;
      rating = stepToward(rating, ragOf(shortfall(kpi, termFigure.value, termFigure.target)));
      terms[term] = rating;
    }
    // Two actions a priority (due in the autumn and the summer); the first priority of a year reviewed at AIMs or this year a third, due in the spring.
    const dueTerms = index === 0 && kind.year !== 'before-aims' ? [0, 1, 2] : [0, 2];
    const actions = dueTerms.map((due) => {
      const template = theme.actions[due] ?? theme.actions[0]!;
      const action = on(
        {
          type: 'AddPlanAction',
          ...plan,
          priorityId: idOf(added.idempotencyKey),
          description: template.description,
          owner: template.owner,
          dueOn: DUE[due]!(start),
        },
        draftedOn,
      );
      opening.push(action);
      return { key: action.idempotencyKey, due };
    });
    return { priority: { key: added.idempotencyKey, title: theme.title(phase), kpi, baseline, terms }, owners, evidence, actions };
  });
  const priorities = built.map(({ priority }) => priority);

  // Support for the tier, each commitment against a priority in turn.
  const commitments: DemoPlanCommitment[] = [];
  const revision: DemoPlanRequest[] = [];
  const commit = (list: Commitment[] | undefined, into: DemoPlanRequest[], afterRevision: boolean, committedOn: string): void => {
    (list ?? []).forEach((support, index) => {
      const priority = priorities[index % priorities.length];
      if (priority === undefined) return;
      const request = on({ type: 'CommitPlanSupport', ...plan, priorityId: idOf(priority.key), ...support }, committedOn);
      into.push(request);
      commitments.push({ key: request.idempotencyKey, priorityKey: priority.key, afterRevision, ...support });
    });
  };
  if (source.tier !== null) commit((kind.year === 'before-aims' ? REVIEWS_ONLY : kind.year === 'with-aims' ? WITH_FINANCE : THIS_YEAR)[source.tier as SupportTier], opening, false, draftedOn);
  if (source.revisedTier !== undefined && source.revisedTier !== source.tier) {
    commit(AFTER_REVISION[source.revisedTier as SupportTier], revision, true, source.revisedOn ?? draftedOn);
  }

  const rate = (priority: DemoPlanPriority, rating: Rag, ratedOn: string, comment: string): DemoPlanRequest =>
    planRequest({ type: 'RatePlanPriority', ...plan, priorityId: idOf(priority.key), rating, ratedOn, comment, source: 'direct' });
  // Rated when drafted, on the first school day of the year (once it has come, for the current year).
  const baseline = (): DemoPlanRequest[] =>
    kind.year === 'this-year' && firstSchoolDay > kind.today
      ? []
      : built.map(({ priority }, index) => rate(priority, priority.baseline, draftedOn, `Baseline when the plan was drafted: ${describeFigure(priority.kpi, chosen[index]!.figure)}`));

  // The actions as they stand after the review of term `review` on `reviewedOn` (null: at an AIM, which dates them): an amendment for each that moved on.
  const statuses = new Map<string, PlanActionStatus>();
  const moveActions = (review: number, reviewedOn: string | null): DemoPlanRequest[] =>
    built.flatMap(({ priority, actions }) =>
      actions.flatMap(({ key, due }) => {
        const rag = priority.terms[TERMS[review]!] ?? priority.baseline;
        const before = statuses.get(key) ?? 'not-started';
        // Done stays done: a priority slipping back to red does not undo an action completed.
        const status = before === 'done' ? 'done' : statusAt(due, review, rag);
        if (before === status) return [];
        statuses.set(key, status);
        return [on({ type: 'AmendPlanAction', ...plan, priorityId: idOf(priority.key), actionId: idOf(key), status }, reviewedOn)];
      }),
    );
  const termComment = (priority: DemoPlanPriority, term: Term, review: string): string => {
    const figure = book.figure(academicYear, term, priority.kpi);
    return figure === undefined ? review : `${review}: ${describeFigure(priority.kpi, figure)}`;
  };

  switch (kind.year) {
    case 'before-aims': {
      // AIMs of these years are not in the ledger: the plan was confirmed through governance and reviewed termly on the plan.
      opening.push(on({ type: 'ConfirmImprovementPlan', ...plan }, governanceDay));
      TERMS.forEach((term, review) => {
        const reviewedOn = schoolDayFrom(TERMLY_REVIEWS[review]!(start) as IsoDate);
        for (const { priority } of built) {
          closing.push(rate(priority, priority.terms[term] ?? priority.baseline, reviewedOn, termComment(priority, term, `The improvement director's ${term} review`)));
        }
        // The actions as they stood at the end of the year.
        if (review === TERMS.length - 1) closing.push(...moveActions(review, reviewedOn));
      });
      closing.push(on({ type: 'CloseImprovementPlanYear', ...plan }, lastDayOfYear));
      break;
    }
    case 'with-aims': {
      // Dated as each AIM is held (planRequestOn): the demo's AIMs choose their days.
      opening.push(...baseline());
      kind.aimKeys.forEach((aimKey, review) => {
        const aimId = idOf(aimKey);
        const followUps = afterAims[review]!;
        if (review === 0) followUps.push(planRequest({ type: 'ConfirmImprovementPlan', ...plan, aimId }));
        if (review === 1) {
          // A priority still red at the spring AIM: the improvement director joins its owners, and the plan is confirmed again.
          const amended = built.flatMap(({ priority, owners, evidence }) => {
            const figure = book.figure(academicYear, TERMS[review], priority.kpi);
            if (priority.terms[TERMS[review]] !== 'red' || figure === undefined) return [];
            return [
              planRequest({
                type: 'AmendPlanPriority',
                ...plan,
                priorityId: idOf(priority.key),
                evidence: `${evidence} At the spring AIM, still red: ${describeFigure(priority.kpi, figure)}; the improvement director joins its owners.`,
                owners: owners.some((owner) => owner.role === 'improvement-director') ? owners : [...owners, role('improvement-director')],
                aimId,
              }),
            ];
          });
          followUps.push(...amended);
          if (amended.length > 0) followUps.push(planRequest({ type: 'ConfirmImprovementPlan', ...plan, aimId }));
        }
        followUps.push(...moveActions(review, null));
        if (review === kind.aimKeys.length - 1) followUps.push(planRequest({ type: 'CloseImprovementPlanYear', ...plan }));
      });
      break;
    }
    case 'this-year': {
      // Confirmed through governance by the first half term's end, rated at the end of each term ended by today.
      opening.push(...baseline());
      if (kind.today >= `${start}-10-24`) opening.push(on({ type: 'ConfirmImprovementPlan', ...plan }, governanceDay));
      TERMS.forEach((term, review) => {
        const ended = termEnd(academicYear, term);
        if (ended > kind.today) return;
        const ratedOn = schoolDayBefore(addDays(ended as IsoDate, 1));
        for (const { priority } of built) {
          const rating = priority.terms[term];
          if (rating !== undefined) closing.push(rate(priority, rating, ratedOn, termComment(priority, term, `End of the ${term} term`)));
        }
        closing.push(...moveActions(review, ratedOn));
      });
      break;
    }
    default: {
      const _exhaustive: never = kind;
      return _exhaustive;
    }
  }
  return { academyId, academicYear, priorities, commitments, opening, revision, closing, afterAims };
}

/** The rating a host gives a priority a week before a visit on `visitDate` of the plan's year: its term's. */
export function ragOnVisit(priority: DemoPlanPriority, visitDate: string, today?: string): Rag {
  const month = Number(visitDate.slice(5, 7));
  const term: Term = month >= 9 ? 'autumn' : month <= 3 ? 'spring' : 'summer';
  if (today === undefined || visitDate <= today) return priority.terms[term] ?? priority.baseline;
  // A visit ahead: the host's rating as it stands today, the latest term's or the baseline.
  const known = TERMS.filter((each) => priority.terms[each] !== undefined);
  const latest = known[known.length - 1];
  return latest === undefined ? priority.baseline : (priority.terms[latest] ?? priority.baseline);
}

/** The academy a past history is about, with its KPIs. */
export type DemoPlanAcademy = Pick<DemoPlanSource, 'academyId' | 'name' | 'phase' | 'kpis'>;

/**
 * An academy's plans for its past years, woven into its evidence in the order things happened: each plan
 * drafted (with its priorities, actions and support) once the year's tier is decided in September, support for
 * a tier revised mid-year committed after the revision, each commissioned review naming the support
 * commitment it delivers while one is owed, and a year without AIMs reviewed and closed after its summer
 * review. `aimKeys` are the keys of the AIMs the demo holds in its last past year (autumn, spring, summer).
 */
export function weaveDemoPastPlans(
  academy: DemoPlanAcademy,
  evidence: readonly DemoEvidenceCommand[],
  years: readonly string[],
  aimKeys: readonly string[],
): { plans: DemoPlan[]; commands: (DemoEvidenceCommand | DemoPlanCommand)[] } {
  const decisions = (year: string) => evidence.flatMap((command) => (command.type === 'DecideTier' && command.academicYear === year ? [command] : []));
  const plans = years.map((academicYear) => {
    const [decided, ...revised] = decisions(academicYear);
    return buildDemoPlan({
      ...academy,
      academicYear,
      tier: decided?.tier ?? null,
      ...(revised.length === 0 ? {} : { revisedTier: revised[revised.length - 1]!.tier, revisedOn: revised[revised.length - 1]!.decidedOn ?? undefined }),
      kind: academicYear === DEMO_PAST_YEAR ? { year: 'with-aims', aimKeys } : { year: 'before-aims' },
    });
  });
  const planOf = (year: string): DemoPlan | undefined => plans.find((plan) => plan.academicYear === year);
  const lastReview = new Map<string, number>();
  evidence.forEach((command, index) => {
    if (command.type === 'RecordCommissionedReview') lastReview.set(command.academicYear, index);
  });
  // Reviews still owed by each commitment committed so far.
  const owed = new Map<string, number>();
  const commands: (DemoEvidenceCommand | DemoPlanCommand)[] = [];
  const send = (requests: readonly DemoPlanRequest[], plan: DemoPlan): void => {
    for (const request of requests) {
      commands.push(request.command);
      const commitment = plan.commitments.find((each) => each.key === request.idempotencyKey);
      if (commitment !== undefined && commitment.reviews > 0) owed.set(commitment.key, commitment.reviews);
    }
  };
  evidence.forEach((command, index) => {
    if (command.type === 'RecordCommissionedReview') {
      const plan = planOf(command.academicYear);
      const delivers = plan?.commitments.find((commitment) => (owed.get(commitment.key) ?? 0) > 0);
      if (delivers !== undefined) owed.set(delivers.key, (owed.get(delivers.key) ?? 0) - 1);
      commands.push(delivers === undefined ? command : { ...command, commitmentId: idOf(delivers.key) });
      if (plan !== undefined && lastReview.get(command.academicYear) === index) send(plan.closing, plan);
      return;
    }
    commands.push(command);
    if (command.type !== 'DecideTier') return;
    const plan = planOf(command.academicYear);
    if (plan === undefined) return;
    send(decisions(command.academicYear)[0] === command ? plan.opening : plan.revision, plan);
  });
  return { plans, commands };
}

/** Every request of the plans, in the order sent (the year with AIMs' follow-ups last). */
export function planRequestsOf(plan: DemoPlan): DemoPlanRequest[] {
  return [...plan.opening, ...plan.revision, ...plan.closing, ...plan.afterAims.flat()];
}

/** What the plans hold, for the demo's printed summary: how many plans of which years, priorities, actions, ratings on the plans and support commitments. */
export function describeDemoPlans(plans: readonly DemoPlan[]): string {
  const requests = plans.flatMap(planRequestsOf);
  const count = (type: DemoPlanCommand['type']): number => requests.filter((request) => request.command.type === type).length;
  const years = [...new Set(plans.map((plan) => plan.academicYear))].sort();
  const span = years.length <= 1 ? (years[0] ?? '') : `${years[0] ?? ''} to ${years[years.length - 1] ?? ''}`;
  return (
    `${plans.length} improvement plans of ${span}: ${count('AddPlanPriority')} priorities, ${count('AddPlanAction')} actions (${count('AmendPlanAction')} moves on), ` +
    `${count('RatePlanPriority')} ratings on the plans, ${count('AmendPlanPriority')} amendments at AIMs, ${count('CommitPlanSupport')} support commitments, ` +
    `${count('CloseImprovementPlanYear')} years closed`
  );
}
