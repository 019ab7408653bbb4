import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import {
  academicYearEnd,
  academicYearOf,
  academicYearStart,
  academyDecider,
  academyStreamId,
  ACADEMY_PHASES,
  addDays,
  AIM_ATTENDEE_ROLES,
  AIM_DOCUMENT_TYPES,
  AIM_FORMATS,
  AIM_HEADINGS,
  aimDecider,
  aimStreamId,
  BASELINE_CAPACITIES,
  BUDGET_AGREEMENT_ROLES,
  CENTRALLY_EMPLOYED_ROLES,
  coreDaysDecider,
  coreDaysOfAim,
  coreDaysStreamId,
  CORE_DAYS_PER_YEAR,
  DomainError,
  domainEventCodec,
  EARLIEST_DATE,
  EIF_2024_AREAS,
  EIF_GRADES,
  expertiseDecider,
  expertiseStreamId,
  dataSubjectDecider,
  dataSubjectStreamId,
  DEFAULT_RETENTION_SCHEDULE,
  RETENTION_CATEGORY_NAMES,
  retentionDecider,
  retentionStreamId,
  type RetentionCommand,
  type RetentionEvent,
  type RetentionState,
  type DataSubjectCommand,
  type DataSubjectEvent,
  type DataSubjectState,
  EXPERTISE_AREAS,
  improvementBudgetDecider,
  improvementBudgetStreamId,
  improvementPlanDecider,
  improvementPlanLookUp,
  INSPECTION_FRAMEWORKS,
  isSchoolDay,
  KPI_NAMES,
  LATEST_DATE,
  MAX_DAY_RATE_PENCE,
  MAX_DAYS_PER_ENTRY,
  MAX_PENCE,
  nextSchoolDay,
  OPTIONAL_INSPECTION_AREAS,
  OUTCOME_DIRECTIONS,
  peerReviewGroupDecider,
  peerReviewGroupStreamId,
  peerReviewVisitDecider,
  peerReviewVisitStreamId,
  RAG_RATED_AIM_DOCUMENTS,
  RAG_RATINGS,
  rateCardDecider,
  rateCardInForce,
  rateCardStreamId,
  rechargeDecider,
  rechargeStreamId,
  recommendTier,
  RECORDABLE_KPI_SOURCES,
  REPORT_CARD_AREAS,
  REPORT_CARD_GRADES,
  RISK_LEVELS,
  SAFEGUARDING_OUTCOMES,
  scheduledReviewVisit,
  SUPPORT_ROLES,
  SUPPORT_TIERS,
  TERMS,
  textProblem,
  tierDecisionDecider,
  type AcademyCommand,
  type AcademyEvent,
  type AcademyState,
  type AimCommand,
  type AimEvent,
  type AimState,
  type CoreDaysCommand,
  type CoreDaysEvent,
  type CoreDaysState,
  type Decider,
  type DomainEvent,
  type EvidenceCommand,
  type ExpertiseCommand,
  type ExpertiseEntryInput,
  type ExpertiseEvent,
  type ExpertiseState,
  type ImprovementBudgetCommand,
  type ImprovementBudgetEvent,
  type ImprovementBudgetState,
  type IsoDate,
  type KpiName,
  type PeerReviewGroupCommand,
  type PeerReviewGroupEvent,
  type PeerReviewGroupState,
  type PeerReviewVisitCommand,
  type PeerReviewVisitEvent,
  type PeerReviewVisitState,
  type RateCardCommand,
  type RateCardEvent,
  type RateCardState,
  type RechargeCommand,
  type RechargeEvent,
  type RechargeState,
  type ScheduledReviewVisit,
  type SupportRole,
  type Term,
  type TierDecisionState,
} from '@trust/domain';
import type { RecordedEvent } from '@trust/event-store';

/*
 * A model of the trust that turns random choices into valid commands of every kind, decides them with the
 * domain's own deciders, and records the events they produce as the store would hand them to the
 * projections. Commands that need something first (a visit needs its partner assigned, a report its
 * meeting held) have it arranged by another command, counted like any other.
 */

export const COMMAND_KINDS = [
  'RegisterAcademy',
  'SetKpiTarget',
  'RecordKpi',
  'CorrectKpi',
  'RecordInspection',
  'RecordAnnualReview',
  'RecordOutcome',
  'AssessRisk',
  'RecordBaseline',
  'AssignSip',
  'RecordSipVisit',
  'RecordCommissionedReview',
  'DecideTier',
  'SetRateCard',
  'AgreeImprovementBudget',
  'LogCoreDay',
  'LogRecharge',
  'ReverseRecharge',
  'ScheduleAim',
  'AgreeAimFocus',
  'RescheduleAim',
  'SubmitAimDocument',
  'CheckAimDocuments',
  'HoldAim',
  'PublishAimReport',
  'FormPeerReviewGroup',
  'ScheduleReviewVisit',
  'SetVisitFocus',
  'RecordVisit',
  'RecordVisitObservations',
  'SubmitPeerReviewReport',
  'CheckPeerReviewReport',
  'RegisterExpertise',
  'UpdateExpertise',
  'WithdrawExpertise',
  'ErasePersonalData',
  'ApplyRetention',
] as const;
export type CommandKind = (typeof COMMAND_KINDS)[number];

/** Where in the window of dates a step's dates fall: at its edges as often as in between. */
const DATE_SPOTS = ['earliest', 'latest', 'today', 'between'] as const;
type DateSpot = (typeof DATE_SPOTS)[number];

/** One step of a scenario: a command kind and the random choices that fill it in. */
export interface Step {
  kind: CommandKind;
  picks: number[];
  texts: string[];
  spot: DateSpot;
  /** Days the clock moves on before the step. */
  advance: number;
  /** Text at its field's greatest length. */
  long: boolean;
  /** Apply what is recorded so far to the projections after this step. */
  flush: boolean;
}

/** A scenario: the day the clock starts on, and its steps. */
export interface Scenario {
  start: IsoDate;
  steps: Step[];
}

const WORDS = [
  'Reading',
  'phonics',
  'Year 7',
  'Zoë Ångström',
  'Łódź',
  'Straße',
  '東京',
  'مدرسة\u200f',
  '👩\u200d🏫',
  '🏫',
  "O'Neil",
  '"quoted"',
  'back\\slash',
  '100%',
  '<b>bold</b>',
  "'; DROP TABLE events; --",
  '=SUM(A1:A9)',
  'line\nbreak',
  'tab\tstop',
  'crlf\r\nend',
];

/** Free text the domain accepts: words of many scripts, line breaks and tabs, or arbitrary graphemes that are text. */
const validText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }).map((words) => words.join(' ')) },
  {
    weight: 1,
    arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((text) => textProblem(text) === null && text.trim() !== '' && text.length < 90),
  },
);

const dayOffset = (date: IsoDate, days: number): IsoDate => addDays(date, days);

/** Days from `from` to `to`. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export const scenarios: fc.Arbitrary<Scenario> = fc.record({
  // Past facts reach back to the first day of the window from any day; plans reach the last day, and the
  // academic years that may be planned end there, so the clock starts near the end as often as anywhere.
  start: fc.oneof(
    fc.integer({ min: 0, max: daysBetween(EARLIEST_DATE, LATEST_DATE) }).map((days) => dayOffset(EARLIEST_DATE, days)),
    fc.integer({ min: 0, max: 400 }).map((days) => dayOffset(LATEST_DATE, -days)),
  ),
  steps: fc.array(
    fc.record({
      kind: fc.constantFrom(...COMMAND_KINDS),
      picks: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
      texts: fc.array(validText, { minLength: 4, maxLength: 4 }),
      spot: fc.constantFrom(...DATE_SPOTS),
      advance: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 10 }) }, { weight: 1, arbitrary: fc.integer({ min: 11, max: 120 }) }),
      long: fc.boolean(),
      flush: fc.boolean(),
    }),
    { minLength: 10, maxLength: 60 },
  ),
});

/** How often each kind was tried, accepted (decided without a refusal) and recorded at least one event. */
export type Tally = Record<CommandKind, { tried: number; accepted: number; recorded: number }>;

export function emptyTally(): Tally {
  return Object.fromEntries(COMMAND_KINDS.map((kind) => [kind, { tried: 0, accepted: 0, recorded: 0 }])) as Tally;
}

interface Stream {
  readonly streamId: string;
  version: number;
}

/** A stream of one aggregate, with its state as its decider folds it. */
class Aggregate<Command, Event extends DomainEvent, State> implements Stream {
  version = -1;
  constructor(
    readonly streamId: string,
    readonly decider: Decider<Command, Event, State>,
    public state: State = decider.initialState(),
  ) {}
}

interface AcademyModel {
  academyId: string;
  aggregate: Aggregate<AcademyCommand | EvidenceCommand, AcademyEvent, AcademyState>;
  /** The same stream folded with positions, as tier decisions are decided. */
  tier: TierDecisionState;
  figures: { academicYear: string; term: Term; kpi: KpiName }[];
  inspectionDates: Set<string>;
  reviewYears: Set<string>;
  outcomeYears: Set<string>;
  reviewTerms: Set<string>;
  visitDates: Set<string>;
}

type AimAggregate = Aggregate<AimCommand, AimEvent, AimState>;
type GroupAggregate = Aggregate<PeerReviewGroupCommand, PeerReviewGroupEvent, PeerReviewGroupState>;
type VisitAggregate = Aggregate<PeerReviewVisitCommand, PeerReviewVisitEvent, PeerReviewVisitState>;
type RechargeAggregate = Aggregate<RechargeCommand, RechargeEvent, RechargeState>;
type RateCardAggregate = Aggregate<RateCardCommand, RateCardEvent, RateCardState>;
type BudgetAggregate = Aggregate<ImprovementBudgetCommand, ImprovementBudgetEvent, ImprovementBudgetState>;
type CoreDaysAggregate = Aggregate<CoreDaysCommand, CoreDaysEvent, CoreDaysState>;
type ExpertiseAggregate = Aggregate<ExpertiseCommand, ExpertiseEvent, ExpertiseState>;
type DataSubjectAggregate = Aggregate<DataSubjectCommand, DataSubjectEvent, DataSubjectState>;
type RetentionAggregate = Aggregate<RetentionCommand, RetentionEvent, RetentionState>;

/** What the trust holds across scenarios: positions, and the streams that are per academic year rather than per scenario. */
export class Ledger {
  position = 0n;
  readonly tally = emptyTally();
  readonly rateCards = new Map<string, RateCardAggregate>();
  readonly budgets = new Map<string, BudgetAggregate>();
  readonly coreDays = new Map<string, CoreDaysAggregate>();
  /** Recorded events no projection has been given yet. */
  pending: RecordedEvent[] = [];
  private nextId = 0;

  /** A fresh number, so every scenario's academies, meetings and groups are its own. */
  fresh(): number {
    this.nextId += 1;
    return this.nextId;
  }
}

/** Plays one scenario against the ledger: each step becomes one or more decided commands. */
export class ScenarioRun {
  /** The trust's calendar: the day the commands are decided on. */
  private today: IsoDate;
  private readonly academies: AcademyModel[] = [];
  private readonly aims: AimAggregate[] = [];
  private readonly groups: GroupAggregate[] = [];
  private readonly visits = new Map<string, { visit: VisitAggregate; group: GroupAggregate }>();
  private readonly recharges: RechargeAggregate[] = [];
  private readonly staff: ExpertiseAggregate[] = [];
  private readonly erasures = new Map<string, DataSubjectAggregate>();
  private readonly retentionDays = new Map<string, RetentionAggregate>();
  private retainedRecords = 0;
  private step: Step | null = null;
  private cursor = 0;

  constructor(
    private readonly ledger: Ledger,
    start: IsoDate,
    /** Called with what is pending whenever a step asks for it (and at the end). */
    private readonly flush: (events: RecordedEvent[]) => Promise<void>,
  ) {
    this.today = start;
  }

  async play(steps: readonly Step[]): Promise<void> {
    for (const step of steps) {
      this.step = step;
      this.cursor = 0;
      this.advance(step.advance);
      this.run(step.kind);
      if (step.flush) await this.flushPending();
    }
    await this.flushPending();
  }

  private async flushPending(): Promise<void> {
    const events = this.ledger.pending;
    this.ledger.pending = [];
    if (events.length > 0) await this.flush(events);
  }

  // ---- choices ----

  private currentStep(): Step {
    if (this.step === null) throw new Error('no step is being played');
    return this.step;
  }

  private pick(count: number): number {
    const { picks } = this.currentStep();
    const value = picks[this.cursor % picks.length] ?? 0;
    this.cursor += 1;
    return count <= 0 ? 0 : (value + Math.floor(this.cursor / picks.length)) % count;
  }

  private choose<T>(options: readonly T[]): T {
    const option = options[this.pick(options.length)];
    if (option === undefined) throw new Error('nothing to choose from');
    return option;
  }

  private text(max: number): string {
    const step = this.currentStep();
    const base = step.texts[this.cursor % step.texts.length] ?? 'Text';
    this.cursor += 1;
    const text = base.trim();
    return step.long && text.length < max ? `${text}${'x'.repeat(max - text.length)}` : text.slice(0, max);
  }

  private context(): { now: Date } {
    return { now: new Date(`${this.today}T12:00:00Z`) };
  }

  private advance(days: number): void {
    const next = dayOffset(this.today, days);
    this.today = next > LATEST_DATE ? LATEST_DATE : next;
  }

  /** A day on or before today, at the step's spot in the window. */
  private pastDate(): IsoDate {
    const span = daysBetween(EARLIEST_DATE, this.today);
    const spot = this.currentStep().spot;
    switch (spot) {
      case 'earliest':
        return EARLIEST_DATE;
      case 'latest':
      case 'today':
        return this.today;
      case 'between':
        return dayOffset(EARLIEST_DATE, this.pick(span + 1));
      default: {
        const _exhaustive: never = spot;
        return _exhaustive;
      }
    }
  }

  /** A school day from today to the end of the window, at the step's spot; null when there is none. */
  private plannedSchoolDay(until: IsoDate = LATEST_DATE): IsoDate | null {
    const spot = this.currentStep().spot;
    const span = daysBetween(this.today, until);
    if (span < 0) return null;
    let date = spot === 'latest' ? until : spot === 'between' ? dayOffset(this.today, this.pick(span + 1)) : this.today;
    while (!isSchoolDay(date) && date <= until) date = dayOffset(date, 1);
    if (date <= until) return date;
    date = until;
    while (!isSchoolDay(date) && date >= this.today) date = dayOffset(date, -1);
    return date >= this.today ? date : null;
  }

  /** An academic year within the window, at the step's spot, no later than `latest`. */
  private academicYear(latest: string = academicYearOf(LATEST_DATE)): string {
    const first = Number(academicYearOf(EARLIEST_DATE).slice(0, 4));
    const last = Number(latest.slice(0, 4));
    const spot = this.currentStep().spot;
    const startYear = spot === 'earliest' ? first : spot === 'latest' ? last : spot === 'today' ? Math.min(last, Number(academicYearOf(this.today).slice(0, 4))) : first + this.pick(last - first + 1);
    return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
  }

  private kpiValue(kpi: KpiName): number {
    return kpi === 'curriculum' ? 1 + this.pick(4) : this.pick(10_001) / 100;
  }

  private halfDays(max: number): number {
    return Math.max(1, Math.min(max * 2, 1 + this.pick(Math.max(1, max * 2)))) / 2;
  }

  // ---- recording ----

  /** Decides a command of `kind`, counting it; records each event and folds it with `evolve`; null when refused. */
  private attempt<Event extends DomainEvent>(kind: CommandKind, stream: Stream, decide: () => Event[], evolve: (event: Event, position: bigint) => void): Event[] | null {
    const tally = this.ledger.tally[kind];
    tally.tried += 1;
    let events: Event[];
    try {
      events = decide();
    } catch (error: unknown) {
      if (error instanceof DomainError) return null;
      throw error;
    }
    tally.accepted += 1;
    if (events.length > 0) tally.recorded += 1;
    for (const event of events) evolve(event, this.record(stream, event).position);
    return events;
  }

  private decide<Command, Event extends DomainEvent, State>(kind: CommandKind, aggregate: Aggregate<Command, Event, State>, command: Command): Event[] | null {
    return this.attempt(
      kind,
      aggregate,
      () => aggregate.decider.decide(command, aggregate.state, this.context()),
      (event) => {
        aggregate.state = aggregate.decider.evolve(aggregate.state, event);
      },
    );
  }

  private record(stream: Stream, event: DomainEvent): RecordedEvent {
    this.ledger.position += 1n;
    stream.version += 1;
    const recorded: RecordedEvent = {
      eventId: randomUUID(),
      ...domainEventCodec.encode(event),
      metadata: { actor: { userId: 'property-director', role: 'improvement-director' }, correlationId: randomUUID(), causationId: randomUUID(), idempotencyKey: null },
      streamId: stream.streamId,
      streamVersion: stream.version,
      position: this.ledger.position,
      // The store's clock, which only moves forward; the trust's calendar (this.today) moves as the scenario says.
      recordedAt: new Date(Date.UTC(2020, 0, 1) + Number(this.ledger.position) * 1_000),
    };
    this.ledger.pending.push(recorded);
    return recorded;
  }

  // ---- the world, arranged as a command needs it ----

  private academy(): AcademyModel {
    const existing = this.academies.length > 0 && this.pick(4) > 0 ? this.choose(this.academies) : null;
    return existing ?? this.registerAcademy() ?? this.choose(this.academies);
  }

  private registerAcademy(): AcademyModel | null {
    const academyId = String(100_000 + this.ledger.fresh());
    const aggregate: AcademyModel['aggregate'] = new Aggregate(academyStreamId(academyId), academyDecider);
    const model: AcademyModel = {
      academyId,
      aggregate,
      tier: tierDecisionDecider.initialState(),
      figures: [],
      inspectionDates: new Set(),
      reviewYears: new Set(),
      outcomeYears: new Set(),
      reviewTerms: new Set(),
      visitDates: new Set(),
    };
    const predecessors = Array.from({ length: this.pick(3) }, (_unused, index) => String(900_000 + this.ledger.fresh() * 3 + index));
    const events = this.onAcademy('RegisterAcademy', model, {
      type: 'RegisterAcademy',
      academyId,
      name: this.text(200),
      phase: this.choose(ACADEMY_PHASES),
      hub: this.text(200),
      joinedOn: this.pastDate(),
      predecessorUrns: predecessors,
    });
    if (events === null) return null;
    this.academies.push(model);
    return model;
  }

  private decideOnAcademy(kind: CommandKind, model: AcademyModel, decide: () => AcademyEvent[]): AcademyEvent[] | null {
    return this.attempt(kind, model.aggregate, decide, (event, position) => {
      model.aggregate.state = academyDecider.evolve(model.aggregate.state, event);
      model.tier = tierDecisionDecider.evolve(model.tier, event, position.toString());
    });
  }

  private onAcademy(kind: CommandKind, model: AcademyModel, command: AcademyCommand | EvidenceCommand): AcademyEvent[] | null {
    return this.decideOnAcademy(kind, model, () => academyDecider.decide(command, model.aggregate.state, this.context()));
  }

  private academyWithSip(): AcademyModel {
    const model = this.academy();
    const { state } = model.aggregate;
    if (state.status === 'registered' && state.evidence.sip !== null) return model;
    this.assignSip(model);
    return model;
  }

  private assignSip(model: AcademyModel): void {
    this.onAcademy('AssignSip', model, { type: 'AssignSip', academyId: model.academyId, sipId: this.text(100), name: this.text(200), approvedOn: this.pastDate() });
  }

  private aim(predicate: (aim: AimState) => boolean): AimAggregate | null {
    const candidates = this.aims.filter((aim) => predicate(aim.state));
    return candidates.length === 0 ? null : this.choose(candidates);
  }

  private scheduleAim(on: IsoDate | null = this.plannedSchoolDay()): AimAggregate | null {
    if (on === null) return null;
    const academy = this.academy();
    const aimId = `aim-${this.ledger.fresh()}`;
    const aggregate: AimAggregate = new Aggregate(aimStreamId(aimId), aimDecider);
    const focus = this.pick(2) === 0 ? null : this.text(2000);
    const events = this.decide('ScheduleAim', aggregate, { type: 'ScheduleAim', aimId, academyId: academy.academyId, date: on, format: this.choose(AIM_FORMATS), focus });
    if (events === null) return null;
    this.aims.push(aggregate);
    return aggregate;
  }

  /** An AIM that can be held today: scheduled for today (or yesterday's school day, for a day and a half). */
  private holdableAim(): { aim: AimAggregate; heldOn: IsoDate } | null {
    for (const aim of this.aims) {
      const { state } = aim;
      if (state.status !== 'scheduled') continue;
      const days = state.format === 'one-and-a-half-day' ? [state.date, nextSchoolDay(state.date as IsoDate)] : [state.date];
      const heldOn = days.find((day) => day === this.today);
      if (heldOn !== undefined) return { aim, heldOn: heldOn as IsoDate };
    }
    if (!isSchoolDay(this.today)) return null;
    const aim = this.scheduleAim(this.today);
    return aim === null ? null : { aim, heldOn: this.today };
  }

  private holdAim(found: { aim: AimAggregate; heldOn: IsoDate }): boolean {
    const { aim, heldOn } = found;
    if (aim.state.status === 'not-scheduled') return false;
    // No academy here has an improvement plan, so the meeting's priorities are free text.
    const plan = improvementPlanLookUp(improvementPlanDecider.initialState(), aim.state.academyId, aim.state.academicYear);
    // At times the director is staff of the database of expertise, by their staff id: erasing them reaches the meeting.
    const known = this.pick(2) === 0 && this.staff.length > 0 ? this.choose(this.staff).state : null;
    const attendees = [
      { name: this.text(200), role: 'improvement-director', chair: true, staffId: known === null || known.status === 'not-registered' ? null : known.staffId },
      ...AIM_ATTENDEE_ROLES.filter((role) => role !== 'improvement-director')
        .slice(0, this.pick(3))
        .map((role) => ({ name: this.text(200), role, chair: false })),
    ];
    const headings = AIM_HEADINGS.slice(0, 1 + this.pick(AIM_HEADINGS.length));
    return (
      this.decide('HoldAim', aim, {
        type: 'HoldAim',
        aimId: aimIdOf(aim),
        heldOn,
        attendees,
        judgements: headings.map((heading) => ({ heading, judgement: this.choose(EIF_GRADES), comment: this.text(4000) })),
        priorities: Array.from({ length: 1 + this.pick(3) }, () => ({ priority: this.text(500), rag: this.choose(RAG_RATINGS) })),
        nextSteps: Array.from({ length: 1 + this.pick(3) }, () => this.text(2000)),
        plan,
      }) !== null
    );
  }

  private formGroup(): GroupAggregate | null {
    while (this.academies.length < 3) this.registerAcademy();
    const members = this.academies.slice(-3).map((academy, index) => ({ headteacherId: `ht-${this.ledger.fresh()}-${index}`, name: this.text(200), academyId: academy.academyId }));
    const current = academicYearOf(this.today);
    const next = `${Number(current.slice(0, 4)) + 1}/${String((Number(current.slice(0, 4)) + 2) % 100).padStart(2, '0')}`;
    const academicYear = this.pick(3) === 0 && next <= academicYearOf(LATEST_DATE) ? next : current;
    const groupId = `group-${this.ledger.fresh()}`;
    const aggregate: GroupAggregate = new Aggregate(peerReviewGroupStreamId(groupId), peerReviewGroupDecider);
    const lead = this.choose(members).headteacherId;
    const events = this.decide('FormPeerReviewGroup', aggregate, { type: 'FormPeerReviewGroup', groupId, name: this.text(200), academicYear, members, leadHeadteacherId: lead });
    if (events === null) return null;
    this.groups.push(aggregate);
    return aggregate;
  }

  private scheduleVisit(): { visit: VisitAggregate; group: GroupAggregate } | null {
    const open = this.groups.filter((group) => group.state.status === 'formed' && academicYearEnd(group.state.academicYear) >= this.today);
    const group = open.length > 0 && this.pick(3) > 0 ? this.choose(open) : this.formGroup();
    if (group === null || group.state.status !== 'formed') return null;
    const { academicYear, members, leadHeadteacherId } = group.state;
    const from = academicYearStart(academicYear) > this.today ? academicYearStart(academicYear) : this.today;
    const saved = this.today;
    this.today = from;
    const visitDate = this.plannedSchoolDay(academicYearEnd(academicYear) < LATEST_DATE ? academicYearEnd(academicYear) : LATEST_DATE);
    this.today = saved;
    if (visitDate === null) return null;
    const host = this.choose(members);
    const others = members.filter((member) => member.headteacherId !== host.headteacherId);
    const lead = leadHeadteacherId === host.headteacherId ? this.choose(others).headteacherId : null;
    const visitId = `visit-${this.ledger.fresh()}`;
    const events = this.decide('ScheduleReviewVisit', group, {
      type: 'ScheduleReviewVisit',
      visitId,
      groupId: group.state.groupId,
      hostAcademyId: host.academyId,
      visitDate,
      reviewerIds: others.slice(0, 1 + this.pick(others.length)).map((member) => member.headteacherId),
      leadHeadteacherId: lead,
      facilitatorUserId: this.pick(2) === 0 ? null : 'dee-director',
    });
    if (events === null) return null;
    const entry = { visit: new Aggregate(peerReviewVisitStreamId(visitId), peerReviewVisitDecider), group };
    this.visits.set(visitId, entry);
    return entry;
  }

  private visitWhere(predicate: (visit: ScheduledReviewVisit, state: PeerReviewVisitState) => boolean): [string, { visit: VisitAggregate; group: GroupAggregate }] | null {
    const candidates = [...this.visits.entries()].filter(([visitId, entry]) => {
      const scheduled = scheduledReviewVisit(entry.group.state, visitId);
      return scheduled !== null && predicate(scheduled, entry.visit.state);
    });
    return candidates.length === 0 ? null : this.choose(candidates);
  }

  /** A visit that has taken place and is not recorded: moving the clock on to a scheduled one if need be. */
  private recordableVisit(): string | null {
    const ready = this.visitWhere((visit, state) => visit.visitDate <= this.today && state.recordedOn === null);
    if (ready !== null) return ready[0];
    const upcoming = this.visitWhere((_visit, state) => state.recordedOn === null) ?? (this.scheduleVisit() === null ? null : this.visitWhere((_visit, state) => state.recordedOn === null));
    if (upcoming === null) return null;
    const scheduled = scheduledReviewVisit(upcoming[1].group.state, upcoming[0]);
    if (scheduled !== null && scheduled.visitDate > this.today) this.today = scheduled.visitDate as IsoDate;
    return upcoming[0];
  }

  private recordVisit(visitId: string): boolean {
    const entry = this.visits.get(visitId);
    const visit = entry === undefined ? null : scheduledReviewVisit(entry.group.state, visitId);
    if (entry === undefined || visit === null) return false;
    return (
      this.decide('RecordVisit', entry.visit, {
        type: 'RecordVisit',
        visitId,
        visit,
        actor: { userId: visit.leadHeadteacherId, headteacherId: visit.leadHeadteacherId },
        observations: Array.from({ length: this.pick(3) }, () => this.text(4000)),
        feedback: this.text(4000),
        actionsForNextAim: Array.from({ length: this.pick(3) }, () => this.text(2000)),
      }) !== null
    );
  }

  private logRecharge(): RechargeAggregate | null {
    while (this.academies.length < 2) this.registerAcademy();
    const supported = this.academy();
    const role: SupportRole = this.choose(SUPPORT_ROLES);
    const others = this.academies.filter((academy) => academy.academyId !== supported.academyId);
    const provider = CENTRALLY_EMPLOYED_ROLES.includes(role) || (role !== 'headteacher' && this.pick(3) === 0) ? null : this.choose(others).academyId;
    const deliveredOn = this.pastDate();
    const rateCard = this.ledger.rateCards.get(academicYearOf(deliveredOn));
    const rechargeId = `recharge-${this.ledger.fresh()}`;
    const aggregate: RechargeAggregate = new Aggregate(rechargeStreamId(rechargeId), rechargeDecider);
    const events = this.decide('LogRecharge', aggregate, {
      type: 'LogRecharge',
      rechargeId,
      supportedAcademyId: supported.academyId,
      providerRole: role,
      providerAcademyId: provider,
      days: this.halfDays(MAX_DAYS_PER_ENTRY),
      deliveredOn,
      description: this.text(2000),
      rateCard: rateCard === undefined ? null : rateCardInForce(rateCard.state),
    });
    if (events === null) return null;
    this.recharges.push(aggregate);
    return aggregate;
  }

  private expertiseEntry(staffId: string): ExpertiseEntryInput {
    const role = this.choose(SUPPORT_ROLES);
    const academyId = CENTRALLY_EMPLOYED_ROLES.includes(role) || (role !== 'headteacher' && this.pick(2) === 0) ? null : this.academy().academyId;
    const first = this.pick(EXPERTISE_AREAS.length);
    const areas = EXPERTISE_AREAS.slice(first, first + this.pick(4));
    const otherAreas = areas.length === 0 || this.pick(2) === 0 ? [this.text(100)] : [];
    return { staffId, name: this.text(200), academyId, role, areas, otherAreas };
  }

  private registerExpertise(): ExpertiseAggregate | null {
    const staffId = `staff-${this.ledger.fresh()}`;
    const aggregate: ExpertiseAggregate = new Aggregate(expertiseStreamId(staffId), expertiseDecider);
    if (this.decide('RegisterExpertise', aggregate, { type: 'RegisterExpertise', ...this.expertiseEntry(staffId) }) === null) return null;
    this.staff.push(aggregate);
    return aggregate;
  }

  // ---- one command of each kind ----

  private run(kind: CommandKind): void {
    switch (kind) {
      case 'RegisterAcademy':
        this.registerAcademy();
        return;
      case 'SetKpiTarget': {
        const academy = this.academy();
        const kpi = this.choose(KPI_NAMES);
        this.onAcademy(kind, academy, { type: 'SetKpiTarget', academyId: academy.academyId, academicYear: this.academicYear(), kpi, target: this.kpiValue(kpi) });
        return;
      }
      case 'RecordKpi': {
        const academy = this.academy();
        const kpi = this.choose(KPI_NAMES);
        const term = this.choose(TERMS);
        const taken = (year: string): boolean => academy.figures.some((figure) => figure.academicYear === year && figure.term === term && figure.kpi === kpi);
        let academicYear = this.academicYear();
        while (taken(academicYear) && academicYear > academicYearOf(EARLIEST_DATE)) academicYear = yearBefore(academicYear);
        const events = this.onAcademy(kind, academy, {
          type: 'RecordKpi',
          academyId: academy.academyId,
          kpi,
          academicYear,
          term,
          value: this.kpiValue(kpi),
          nationalAverage: this.pick(2) === 0 ? null : this.pick(10_001) / 100,
          source: this.choose(RECORDABLE_KPI_SOURCES),
        });
        if (events !== null) academy.figures.push({ academicYear, term, kpi });
        return;
      }
      case 'CorrectKpi': {
        const withFigures = this.academies.filter((academy) => academy.figures.length > 0);
        let academy = withFigures.length > 0 ? this.choose(withFigures) : null;
        if (academy === null) {
          this.run('RecordKpi');
          academy = this.academies.find((candidate) => candidate.figures.length > 0) ?? null;
          if (academy === null) return;
        }
        const figure = this.choose(academy.figures);
        this.onAcademy(kind, academy, { type: 'CorrectKpi', academyId: academy.academyId, ...figure, value: this.kpiValue(figure.kpi), reason: this.text(2000) });
        return;
      }
      case 'RecordInspection': {
        const academy = this.academy();
        let inspectedOn = this.pastDate();
        while (academy.inspectionDates.has(inspectedOn) && inspectedOn > EARLIEST_DATE) inspectedOn = dayOffset(inspectedOn, -1);
        const framework = this.choose(INSPECTION_FRAMEWORKS);
        const optional = OPTIONAL_INSPECTION_AREAS.slice(0, this.pick(OPTIONAL_INSPECTION_AREAS.length + 1));
        const grades = (areas: readonly string[], scale: readonly string[]): Record<string, string> => Object.fromEntries([...areas, ...optional].map((area) => [area, this.choose(scale)]));
        const events = this.onAcademy(kind, academy, {
          type: 'RecordInspection',
          academyId: academy.academyId,
          inspectedOn,
          framework,
          ...(framework === 'eif-2019' ? { overallEffectiveness: this.choose(EIF_GRADES) } : {}),
          ...(framework === 'eif-2024' ? { grades: grades(EIF_2024_AREAS, EIF_GRADES) } : {}),
          ...(framework === 'report-card-2025' ? { grades: grades(REPORT_CARD_AREAS, REPORT_CARD_GRADES), safeguarding: this.choose(SAFEGUARDING_OUTCOMES) } : {}),
        });
        if (events !== null) academy.inspectionDates.add(inspectedOn);
        return;
      }
      case 'RecordAnnualReview':
      case 'RecordOutcome': {
        const academy = this.academy();
        const taken = kind === 'RecordAnnualReview' ? academy.reviewYears : academy.outcomeYears;
        let academicYear = this.academicYear(academicYearOf(this.today));
        while (taken.has(academicYear) && academicYear > academicYearOf(EARLIEST_DATE)) academicYear = yearBefore(academicYear);
        const events =
          kind === 'RecordAnnualReview'
            ? this.onAcademy(kind, academy, { type: 'RecordAnnualReview', academyId: academy.academyId, academicYear, capacityToImprove: this.pick(2) === 0, summary: this.text(4000) })
            : this.onAcademy(kind, academy, { type: 'RecordOutcome', academyId: academy.academyId, academicYear, direction: this.choose(OUTCOME_DIRECTIONS) });
        if (events !== null) taken.add(academicYear);
        return;
      }
      case 'AssessRisk': {
        const academy = this.academy();
        const risks = Array.from({ length: this.pick(4) }, () => ({ title: this.text(200), owner: this.pick(2) === 0 ? null : this.text(200) }));
        this.onAcademy(kind, academy, { type: 'AssessRisk', academyId: academy.academyId, assessedOn: this.pastDate(), level: this.choose(RISK_LEVELS), risks });
        return;
      }
      case 'RecordBaseline': {
        const without = this.academies.filter((academy) => academy.aggregate.state.status === 'registered' && !academy.aggregate.state.evidence.baselineRecorded);
        const academy = without.length > 0 ? this.choose(without) : this.registerAcademy();
        if (academy === null) return;
        this.onAcademy(kind, academy, { type: 'RecordBaseline', academyId: academy.academyId, assessedOn: this.pastDate(), summary: this.text(4000), capacity: this.choose(BASELINE_CAPACITIES) });
        return;
      }
      case 'AssignSip':
        this.assignSip(this.academy());
        return;
      case 'RecordSipVisit': {
        const academy = this.academyWithSip();
        let visitedOn = this.pastDate();
        while (academy.visitDates.has(visitedOn) && visitedOn > EARLIEST_DATE) visitedOn = dayOffset(visitedOn, -1);
        if (this.onAcademy(kind, academy, { type: 'RecordSipVisit', academyId: academy.academyId, visitedOn, reportSummary: this.text(4000) }) !== null) academy.visitDates.add(visitedOn);
        return;
      }
      case 'RecordCommissionedReview': {
        const academy = this.academy();
        const completedOn = this.pastDate();
        const academicYear = academicYearOf(completedOn);
        const term = TERMS.find((candidate) => !academy.reviewTerms.has(`${academicYear}|${candidate}`)) ?? this.choose(TERMS);
        const events = this.onAcademy(kind, academy, { type: 'RecordCommissionedReview', academyId: academy.academyId, academicYear, term, completedOn, summary: this.text(4000) });
        if (events !== null) academy.reviewTerms.add(`${academicYear}|${term}`);
        return;
      }
      case 'DecideTier': {
        const academy = this.academy();
        const current = academicYearOf(this.today);
        const years = [current, yearBefore(current), yearAfter(current)].filter((year) => year >= academicYearOf(EARLIEST_DATE) && year <= academicYearOf(LATEST_DATE));
        const academicYear = this.choose(years);
        if (recommendTier(academy.tier.evidence, academicYear).recommendedTier === null) {
          // A Tier 3 descriptor makes any year decidable: a high risk assessed by the year's end.
          const end = academicYearEnd(academicYear);
          const assessedOn = end < this.today ? end : this.today;
          this.onAcademy('AssessRisk', academy, { type: 'AssessRisk', academyId: academy.academyId, assessedOn, level: 'high', risks: [{ title: this.text(200) }] });
        }
        const recommended = recommendTier(academy.tier.evidence, academicYear).recommendedTier;
        const override = this.pick(3) === 0;
        const tier = override || recommended === null ? this.choose(SUPPORT_TIERS) : recommended;
        const command = {
          type: 'DecideTier' as const,
          decisionId: `decision-${this.ledger.fresh()}`,
          academyId: academy.academyId,
          academicYear,
          tier,
          rationale: override ? this.text(4000) : null,
          decidedBy: { userId: 'dee-director', name: this.text(200), role: 'improvement-director' },
        };
        this.decideOnAcademy(kind, academy, () => tierDecisionDecider.decide(command, academy.tier, this.context()));
        return;
      }
      case 'SetRateCard': {
        const academicYear = this.academicYear();
        const aggregate = this.ledger.rateCards.get(academicYear) ?? (new Aggregate(rateCardStreamId(academicYear), rateCardDecider));
        this.ledger.rateCards.set(academicYear, aggregate);
        const rate = (): number => (this.currentStep().long ? MAX_DAY_RATE_PENCE : 2 * (1 + this.pick(MAX_DAY_RATE_PENCE / 2)));
        this.decide(kind, aggregate, {
          type: 'SetRateCard',
          academicYear,
          rates: { 'improvement-director': rate(), 'hub-lead': rate(), headteacher: rate(), teacher: rate(), 'support-staff': rate() },
        });
        return;
      }
      case 'AgreeImprovementBudget': {
        const academy = this.academy();
        const academicYear = this.academicYear();
        const key = `${academy.academyId}|${academicYear}`;
        const aggregate = this.ledger.budgets.get(key) ?? (new Aggregate(improvementBudgetStreamId(academy.academyId, academicYear), improvementBudgetDecider));
        this.ledger.budgets.set(key, aggregate);
        const spot = this.currentStep().spot;
        const amountPence = spot === 'earliest' ? 0 : spot === 'latest' ? MAX_PENCE : this.pick(MAX_PENCE + 1);
        this.decide(kind, aggregate, {
          type: 'AgreeImprovementBudget',
          academyId: academy.academyId,
          academicYear,
          amountPence,
          agreedBy: BUDGET_AGREEMENT_ROLES.map((role) => ({ name: this.text(200), role })),
        });
        return;
      }
      case 'LogCoreDay': {
        const academy = this.academy();
        const remainingIn = (academicYear: string): { aggregate: CoreDaysAggregate; aimDays: number; remaining: number } => {
          const key = `${academy.academyId}|${academicYear}`;
          const aggregate = this.ledger.coreDays.get(key) ?? (new Aggregate(coreDaysStreamId(academy.academyId, academicYear), coreDaysDecider));
          this.ledger.coreDays.set(key, aggregate);
          const aimDays = this.aims.reduce((sum, aim) => (aim.state.status !== 'not-scheduled' && aim.state.academyId === academy.academyId && aim.state.academicYear === academicYear ? sum + coreDaysOfAim(aim.state.format) : sum), 0);
          return { aggregate, aimDays, remaining: CORE_DAYS_PER_YEAR - aggregate.state.daysUsed - aimDays };
        };
        // A year whose six days are used up refuses the seventh; another year of the window takes it.
        let deliveredOn = this.pastDate();
        for (let tries = 0; tries < 5 && remainingIn(academicYearOf(deliveredOn)).remaining < 0.5; tries++) {
          deliveredOn = dayOffset(EARLIEST_DATE, this.pick(daysBetween(EARLIEST_DATE, this.today) + 1));
        }
        const { aggregate, aimDays, remaining } = remainingIn(academicYearOf(deliveredOn));
        this.decide(kind, aggregate, { type: 'LogCoreDay', academyId: academy.academyId, deliveredOn, days: this.halfDays(Math.max(0.5, remaining)), description: this.text(2000), aimDays });
        return;
      }
      case 'LogRecharge':
        this.logRecharge();
        return;
      case 'ReverseRecharge': {
        const logged = this.recharges.filter((recharge) => recharge.state.status === 'logged');
        const recharge = logged.length > 0 ? this.choose(logged) : this.logRecharge();
        if (recharge === null || recharge.state.status === 'not-logged') return;
        this.decide(kind, recharge, { type: 'ReverseRecharge', rechargeId: recharge.state.recharge.rechargeId, reason: this.text(2000) });
        return;
      }
      case 'ScheduleAim':
        this.scheduleAim();
        return;
      case 'AgreeAimFocus':
      case 'RescheduleAim':
      case 'SubmitAimDocument': {
        const aim = this.aim((state) => state.status === 'scheduled') ?? this.scheduleAim();
        if (aim === null) return;
        const aimId = aimIdOf(aim);
        if (kind === 'AgreeAimFocus') {
          this.decide(kind, aim, { type: 'AgreeAimFocus', aimId, focus: this.text(2000) });
        } else if (kind === 'RescheduleAim') {
          const date = this.plannedSchoolDay();
          if (date !== null) this.decide(kind, aim, { type: 'RescheduleAim', aimId, date, reason: this.text(2000) });
        } else {
          const documentType = this.choose(AIM_DOCUMENT_TYPES);
          this.decide(kind, aim, { type: 'SubmitAimDocument', aimId, documentType, rag: RAG_RATED_AIM_DOCUMENTS.includes(documentType) ? this.choose(RAG_RATINGS) : null });
        }
        return;
      }
      case 'CheckAimDocuments': {
        const aim = this.aim((state) => state.status !== 'not-scheduled' && state.documentsDueOn <= this.today) ?? this.aim((state) => state.status !== 'not-scheduled') ?? this.scheduleAim();
        if (aim === null) return;
        this.decide(kind, aim, { type: 'CheckAimDocuments', aimId: aimIdOf(aim), checkedOn: this.today });
        return;
      }
      case 'HoldAim': {
        const found = this.holdableAim();
        if (found !== null) this.holdAim(found);
        return;
      }
      case 'PublishAimReport': {
        let aim = this.aim((state) => state.status === 'held' && state.reportPublishedOn === null);
        if (aim === null) {
          const found = this.holdableAim();
          if (found === null || !this.holdAim(found)) return;
          aim = found.aim;
        }
        this.decide(kind, aim, { type: 'PublishAimReport', aimId: aimIdOf(aim), summary: this.text(4000) });
        return;
      }
      case 'FormPeerReviewGroup':
        this.formGroup();
        return;
      case 'ScheduleReviewVisit':
        this.scheduleVisit();
        return;
      case 'SetVisitFocus': {
        const found = this.visitWhere((visit) => visit.visitDate > this.today) ?? (this.scheduleVisit() === null ? null : this.visitWhere((visit) => visit.visitDate > this.today));
        if (found === null) return;
        const [visitId, entry] = found;
        const visit = scheduledReviewVisit(entry.group.state, visitId);
        if (visit === null) return;
        const aspects = [{ aspect: this.text(500), rag: this.choose(RAG_RATINGS) }];
        if (this.pick(2) === 0) aspects.push({ aspect: `${this.text(400)} (second)`, rag: this.choose(RAG_RATINGS) });
        // No academy here has an improvement plan, so the aspects are free text.
        const hostPlan = improvementPlanLookUp(improvementPlanDecider.initialState(), visit.hostAcademyId, visit.academicYear);
        this.decide(kind, entry.visit, { type: 'SetVisitFocus', visitId, visit, actor: { userId: visit.hostHeadteacherId, headteacherId: visit.hostHeadteacherId }, aspects, hostPlan });
        return;
      }
      case 'RecordVisit': {
        const visitId = this.recordableVisit();
        if (visitId !== null) this.recordVisit(visitId);
        return;
      }
      case 'RecordVisitObservations': {
        // Observations are recorded once the visit has taken place: on to a scheduled one if need be.
        if (this.visitWhere((visit) => visit.visitDate <= this.today) === null) this.recordableVisit();
        const found = this.visitWhere((visit) => visit.visitDate <= this.today);
        if (found === null) return;
        const [visitId, entry] = found;
        const visit = scheduledReviewVisit(entry.group.state, visitId);
        if (visit === null) return;
        const visitor = this.choose([visit.leadHeadteacherId, ...visit.reviewerIds]);
        const actor = visit.facilitatorUserId !== null && this.pick(3) === 0 ? { userId: visit.facilitatorUserId, headteacherId: null } : { userId: visitor, headteacherId: visitor };
        this.decide(kind, entry.visit, {
          type: 'RecordVisitObservations',
          visitId,
          visit,
          actor,
          observations: Array.from({ length: this.pick(3) }, () => this.text(4000)),
          safeguardingConcerns: Array.from({ length: 1 + this.pick(2) }, () => this.text(4000)),
        });
        return;
      }
      case 'SubmitPeerReviewReport': {
        let found = this.visitWhere((_visit, state) => state.recordedOn !== null && state.reportSubmittedOn === null);
        if (found === null) {
          const visitId = this.recordableVisit();
          if (visitId === null || !this.recordVisit(visitId)) return;
          found = this.visitWhere((_visit, state) => state.recordedOn !== null && state.reportSubmittedOn === null);
          if (found === null) return;
        }
        const [visitId, entry] = found;
        const visit = scheduledReviewVisit(entry.group.state, visitId);
        if (visit === null) return;
        this.decide(kind, entry.visit, { type: 'SubmitPeerReviewReport', visitId, visit, actor: { userId: visit.leadHeadteacherId, headteacherId: visit.leadHeadteacherId }, summary: this.text(4000) });
        return;
      }
      case 'CheckPeerReviewReport': {
        const found = this.visitWhere((visit) => visit.reportDueOn < this.today) ?? this.visitWhere(() => true) ?? (this.scheduleVisit() === null ? null : this.visitWhere(() => true));
        if (found === null) return;
        const [visitId, entry] = found;
        this.decide(kind, entry.visit, { type: 'CheckPeerReviewReport', visitId, visit: scheduledReviewVisit(entry.group.state, visitId), checkedOn: this.today });
        return;
      }
      case 'RegisterExpertise':
        this.registerExpertise();
        return;
      case 'UpdateExpertise':
      case 'WithdrawExpertise': {
        const listed = this.staff.filter((entry) => entry.state.status === 'registered');
        const entry = listed.length > 0 ? this.choose(listed) : this.registerExpertise();
        if (entry === null || entry.state.status === 'not-registered') return;
        const { staffId } = entry.state;
        if (kind === 'UpdateExpertise') this.decide(kind, entry, { type: 'UpdateExpertise', ...this.expertiseEntry(staffId) });
        else this.decide(kind, entry, { type: 'WithdrawExpertise', staffId, reason: this.pick(2) === 0 ? null : this.text(2000) });
        return;
      }
      case 'ErasePersonalData': {
        // A member of staff of the database of expertise, erased (again, at times: a no-op).
        const entry = this.staff.length > 0 ? this.choose(this.staff) : this.registerExpertise();
        if (entry === null || entry.state.status === 'not-registered') return;
        const subjectId = `staff:${entry.state.staffId}`;
        const erasure = this.erasures.get(subjectId) ?? new Aggregate(dataSubjectStreamId(subjectId), dataSubjectDecider);
        this.erasures.set(subjectId, erasure);
        this.decide(kind, erasure, { type: 'ErasePersonalData', subjectId, reason: this.text(2000), erasedBy: 'property-admin' });
        return;
      }
      case 'ApplyRetention': {
        // Retention on the scenario's day over records of any category: one of a year long past (erased),
        // one of this year (kept), and at times one listed again (recorded once a day).
        const day = this.retentionDays.get(this.today) ?? new Aggregate(retentionStreamId(this.today), retentionDecider);
        this.retentionDays.set(this.today, day);
        this.retainedRecords += 1;
        const category = this.choose(RETENTION_CATEGORY_NAMES);
        const old = { key: `record:property-${this.retainedRecords}:1990/91`, category, academicYear: '1990/91' };
        const current = { key: `record:property-${this.retainedRecords}:now`, category, academicYear: academicYearOf(this.today) };
        const again = this.pick(3) === 0 && this.retainedRecords > 1 ? [{ ...old, key: `record:property-${this.retainedRecords - 1}:1990/91` }] : [];
        this.decide(kind, day, { type: 'ApplyRetention', runOn: this.today, schedule: DEFAULT_RETENTION_SCHEDULE, records: [old, current, ...again] });
        return;
      }
      default: {
        const _exhaustive: never = kind;
        throw new Error(`no generator for ${String(_exhaustive)}`);
      }
    }
  }
}

function aimIdOf(aim: AimAggregate): string {
  if (aim.state.status === 'not-scheduled') throw new Error(`${aim.streamId} is not scheduled`);
  return aim.state.aimId;
}

function yearBefore(academicYear: string): string {
  const start = Number(academicYear.slice(0, 4)) - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

function yearAfter(academicYear: string): string {
  const start = Number(academicYear.slice(0, 4)) + 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}
