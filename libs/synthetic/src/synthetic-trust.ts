import {
  AIM_DOCUMENT_TYPES,
  DEFAULT_KPI_SOURCE,
  DEFAULT_RATES,
  domainEventCodec,
  EIF_2024_AREAS,
  evolveTierEvidence,
  initialTierEvidence,
  isoDateOf,
  KPI_NAMES,
  RAG_RATED_AIM_DOCUMENTS,
  recommendTier,
  REPORT_CARD_AREAS,
  SUPPORT_ROLES,
  CENTRALLY_EMPLOYED_ROLES,
  academyStreamId,
  aimStreamId,
  coreDaysStreamId,
  improvementBudgetStreamId,
  rateCardStreamId,
  rechargeStreamId,
  type AcademyEvent,
  type AcademyPhase,
  type AimDocumentType,
  type DomainEvent,
  type EifGrade,
  type Inspection,
  type KpiName,
  type RateCardRates,
  type ReportCardGrade,
  type RiskLevel,
  type SupportRole,
  type SupportTier,
  type Term,
  type TierEvidence,
} from '@trust/domain';
import type { Actor, AppendResult, ExpectedVersion, NewEvent, StreamVersion } from '@trust/event-store';
import { deriveSeed, idSource, seededRandom, type Random } from './random.js';

/**
 * A synthetic multi-academy trust: N academies over Y academic years of the events the API would have
 * stored (registration, baseline and partner, termly KPIs with targets and corrections, inspections under
 * the framework of their date, outcomes, annual reviews, the risk register, tier decisions with their
 * evidence snapshot, partner visits and commissioned reviews, three Academy Improvement Meetings a year,
 * rate cards, budgets, core days, recharges and reversals). Deterministic from the seed: every academy
 * draws from its own generator, so its events do not depend on how the trust is split into shards.
 */

export interface SyntheticTrustOptions {
  academies: number;
  years: number;
  seed: number;
  /** The last academic year generated (default 2024/25, the last complete one). */
  lastAcademicYear?: string;
  /** Who the events' metadata names (default the synthetic loader, a trust admin). */
  actor?: Actor;
}

/** One append the generator asks for: feed its AppendResult back with `next(result)`. */
export interface SyntheticAppend {
  streamId: string;
  expectedVersion: ExpectedVersion;
  events: NewEvent[];
}

/** Yields appends; `next(result)` answers each with the store's result (tier snapshots cite real positions). */
export type SyntheticTrustGenerator = AsyncGenerator<SyntheticAppend, void, AppendResult | undefined>;

export const SYNTHETIC_ACTOR: Actor = { userId: 'synthetic-loader', role: 'trust-admin' };
const DECIDED_BY = { userId: 'synthetic-director', name: 'Synthetic Director', role: 'improvement-director' };
const FIRST_URN = 130_001;
const TERMS: readonly Term[] = ['autumn', 'spring', 'summer'];

type Phase = 'start' | Term;
const PHASES: readonly Phase[] = ['start', ...TERMS];

const PLACES = ['Oakfield', 'Riverside', 'Hawthorn', 'Millbrook', 'Kingsmead', 'Ashdown', 'Fenwick', 'Seaview', 'Harbour', 'Beacon', 'Elmwood', 'Larkrise', 'Westgate', 'Northfield', 'Brookside', 'Castle Hill', 'Meadowbank', 'Stonebridge', 'Willowbrook', 'Highcliffe'];
const HUBS = ['North', 'Central', 'Coastal', 'East', 'West', 'Valley', 'City', 'Moor'];
const PEOPLE = ['A. Patel', 'B. Okafor', 'C. Evans', 'D. Nowak', 'E. Hughes', 'F. Ahmed', 'G. Clarke', 'H. Singh', 'J. Murphy', 'K. Lewis'];
const RISK_TITLES = ['Staff recruitment and retention', 'Falling rolls', 'Attendance of disadvantaged pupils', 'Leadership capacity', 'Building condition', 'SEND provision', 'Safeguarding records', 'Budget deficit'];
const CORRECTION_REASONS = ['Moderated assessment', 'Late data from the MIS', 'Transcription error', 'Recalculated after appeals'];
const PRIORITIES = ['Reading fluency in KS2', 'Attendance of persistent absentees', 'Curriculum sequencing in foundation subjects', 'Quality of feedback', 'SEND provision mapping', 'Behaviour at unstructured times'];

interface AcademyPlan {
  index: number;
  academyId: string;
  random: Random;
  id: () => string;
  quality: number;
  version: StreamVersion;
  evidence: TierEvidence;
  /** The current tier decision of each year: for a mid-year revision's `supersedes`. */
  decisions: Map<string, { decisionId: string; tier: SupportTier; recommendedTier: SupportTier }>;
  /** The latest figure of each year/term/KPI: what a correction corrects. */
  figures: Map<string, number>;
  aims: { aimId: string; date: string; version: StreamVersion }[];
  budgetVersion: StreamVersion;
  coreDaysVersion: StreamVersion;
  /** Recharges logged last term, some reversed this term. */
  recharges: { rechargeId: string; data: RechargeLogged }[];
  sipId: string;
}

type RechargeLogged = Extract<DomainEvent, { type: 'RechargeLogged' }>['data'];

export function academicYearsOf({ years, lastAcademicYear = '2024/25' }: Pick<SyntheticTrustOptions, 'years' | 'lastAcademicYear'>): string[] {
  const last = Number(lastAcademicYear.slice(0, 4));
  return Array.from({ length: years }, (_, offset) => yearOf(last - years + 1 + offset));
}

export function syntheticAcademyId(index: number): string {
  return String(FIRST_URN + index);
}

function yearOf(start: number): string {
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

function startOf(year: string): number {
  return Number(year.slice(0, 4));
}

function checkOptions({ academies, years, seed }: SyntheticTrustOptions): void {
  if (!Number.isSafeInteger(academies) || academies < 1 || academies > 800_000) throw new RangeError(`academies must be an integer from 1 to 800000, got ${academies}`);
  if (!Number.isSafeInteger(years) || years < 1 || years > 30) throw new RangeError(`years must be an integer from 1 to 30, got ${years}`);
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
}

/**
 * The appends of one shard of the trust (academies whose index ≡ shard mod shards; shard 0 also writes
 * the trust-wide rate cards), in the order of the school year: each year's start, then each term, across
 * the shard's academies. Bounded memory: the generator keeps each academy's small state only.
 */
export async function* synthesizeTrust(options: SyntheticTrustOptions, { shard = 0, shards = 1 }: { shard?: number; shards?: number } = {}): SyntheticTrustGenerator {
  yield* trustAppends(options, shard, shards);
}

function* trustAppends(options: SyntheticTrustOptions, shard: number, shards: number): Generator<SyntheticAppend, void, AppendResult | undefined> {
  checkOptions(options);
  if (!Number.isSafeInteger(shards) || shards < 1 || !Number.isSafeInteger(shard) || shard < 0 || shard >= shards) throw new RangeError(`shard must be from 0 to ${shards - 1}`);
  const actor = options.actor ?? SYNTHETIC_ACTOR;
  const trustId = idSource(options.seed, 0);
  const years = academicYearsOf(options);
  const plans: AcademyPlan[] = [];
  for (let index = shard; index < options.academies; index += shards) {
    const random = seededRandom(deriveSeed(options.seed, index + 1));
    plans.push({
      index,
      academyId: syntheticAcademyId(index),
      random,
      id: idSource(options.seed, index + 1),
      quality: (random.next() + random.next()) / 2,
      version: -1,
      evidence: initialTierEvidence(),
      decisions: new Map(),
      figures: new Map(),
      aims: [],
      budgetVersion: -1,
      coreDaysVersion: -1,
      recharges: [],
      sipId: `sip-${random.integer(1, Math.max(3, Math.ceil(options.academies / 6)))}`,
    });
  }
  let rates: RateCardRates = DEFAULT_RATES;
  for (const [yearIndex, year] of years.entries()) {
    for (const phase of PHASES) {
      if (phase === 'start' && shard === 0) {
        rates = ratesFor(yearIndex);
        yield { streamId: rateCardStreamId(year), expectedVersion: 'no-stream', events: [stored(trustId, actor, { type: 'RateCardSet', data: { academicYear: year, rates } })] };
      }
      const yearRates = shard === 0 ? rates : ratesFor(yearIndex);
      for (const plan of plans) {
        const context: AcademyContext = { plan, actor, year, first: yearIndex === 0, academies: options.academies, rates: yearRates };
        if (phase === 'start') yield* yearStart(context);
        else yield* term(context, phase);
      }
    }
  }
}

interface AcademyContext {
  plan: AcademyPlan;
  actor: Actor;
  year: string;
  first: boolean;
  academies: number;
  rates: RateCardRates;
}

/** Rate cards rise about 2% a year, in whole pounds (so half days stay whole pence). */
function ratesFor(yearIndex: number): RateCardRates {
  const rise = (pence: number): number => Math.round((pence * 1.02 ** yearIndex) / 100) * 100;
  return Object.fromEntries(SUPPORT_ROLES.map((role) => [role, rise(DEFAULT_RATES[role])])) as Record<SupportRole, number>;
}

function stored(id: () => string, actor: Actor, event: DomainEvent): NewEvent {
  const { type, schemaVersion, data } = domainEventCodec.encode(event);
  const correlationId = id();
  return { eventId: id(), type, schemaVersion, data, metadata: { actor, correlationId, causationId: correlationId, idempotencyKey: null } };
}

/** An append to the academy's own stream; answers the store's result. */
function* toAcademy({ plan, actor }: AcademyContext, events: AcademyEvent[]): Generator<SyntheticAppend, AppendResult, AppendResult | undefined> {
  const expectedVersion: ExpectedVersion = plan.version === -1 ? 'no-stream' : plan.version;
  const result = yield { streamId: academyStreamId(plan.academyId), expectedVersion, events: events.map((event) => stored(plan.id, actor, event)) };
  if (result === undefined) throw new Error('Feed each append result back with next(result): tier decisions cite the positions of their evidence');
  plan.version += events.length;
  return result;
}

/** A single evidence event, folded into the academy's tier evidence at the position the store gave it. */
function* evidence(context: AcademyContext, event: AcademyEvent): Generator<SyntheticAppend, void, AppendResult | undefined> {
  const result = yield* toAcademy(context, [event]);
  context.plan.evidence = evolveTierEvidence(context.plan.evidence, event, result.firstPosition.toString());
}

function* yearStart(context: AcademyContext): Generator<SyntheticAppend, void, AppendResult | undefined> {
  const { plan, year, actor } = context;
  const { random, academyId } = plan;
  const start = startOf(year);
  if (context.first) {
    const phase = random.pick<AcademyPhase>(['primary', 'primary', 'primary', 'primary', 'secondary', 'secondary', 'all-through', 'special']);
    const kind = phase === 'primary' ? 'Primary Academy' : phase === 'secondary' ? 'Academy' : phase === 'all-through' ? 'All-Through Academy' : 'School';
    const joinedOn = date(random.integer(2012, start - 1), random.pick([1, 4, 9]), 1);
    yield* toAcademy(context, [
      {
        type: 'AcademyRegistered',
        data: {
          academyId,
          name: `${random.pick(PLACES)} ${kind}`,
          phase,
          hub: HUBS[plan.index % Math.min(HUBS.length, Math.max(1, Math.ceil(context.academies / 8)))] ?? 'North',
          joinedOn,
          predecessorUrns: random.chance(0.2) ? [String(random.integer(100_000, 129_999))] : [],
        },
      },
      { type: 'BaselineAssessed', data: { academyId, assessedOn: joinedOn, summary: 'Baseline assessment during due diligence against national benchmarks and trust KPIs.', capacity: plan.quality > 0.6 ? 'giver' : plan.quality < 0.35 ? 'taker' : 'neutral' } },
      { type: 'SipAssigned', data: { academyId, sipId: plan.sipId, name: `Partner ${plan.sipId.slice(4)}`, approvedOn: date(start, 7, 10) } },
    ]);
  }
  plan.quality = clamp(plan.quality + (random.next() - 0.5) * 0.2, 0.02, 0.98);
  const previous = yearOf(start - 1);
  // The evidence the tier criteria read at the start of the year: last year's outcomes and review, the risk register.
  yield* evidence(context, { type: 'OutcomeRecorded', data: { academyId, academicYear: previous, direction: noisy(random, plan.quality) > 0.4 ? 'positive' : 'negative' } });
  yield* evidence(context, { type: 'AnnualReviewRecorded', data: { academyId, academicYear: previous, capacityToImprove: noisy(random, plan.quality) > 0.22, summary: 'Annual review of the academy improvement plan.' } });
  yield* riskAssessment(context, date(start, 9, random.integer(2, 9)));
  if (context.first || random.chance(0.15)) yield* evidence(context, inspection(plan, date(start - 1, random.integer(1, 6), random.integer(1, 28))));
  yield* decideTier(context, `${start}-09-${String(random.integer(12, 26)).padStart(2, '0')}T09:30:00.000Z`);

  yield* toAcademy(context, KPI_NAMES.map((kpi) => ({ type: 'KpiTargetSet', data: { academyId, academicYear: year, kpi, target: targetFor(kpi, random) } })));

  const agreedBy = [
    { name: random.pick(PEOPLE), role: 'headteacher' as const },
    { name: 'Improvement Director', role: 'improvement-director' as const },
    { name: 'Chief Executive', role: 'chief-executive' as const },
    { name: 'Finance Director', role: 'finance-director' as const },
  ];
  const amountPence = random.integer(15, 60) * 10_000;
  plan.budgetVersion = -1;
  yield { streamId: improvementBudgetStreamId(academyId, year), expectedVersion: 'no-stream', events: [stored(plan.id, actor, { type: 'ImprovementBudgetAgreed', data: { academyId, academicYear: year, amountPence, agreedBy, revisesAmountPence: null } })] };
  plan.budgetVersion = 0;
  if (random.chance(0.05)) {
    yield { streamId: improvementBudgetStreamId(academyId, year), expectedVersion: 0, events: [stored(plan.id, actor, { type: 'ImprovementBudgetAgreed', data: { academyId, academicYear: year, amountPence: amountPence + 50_000, agreedBy, revisesAmountPence: amountPence } })] };
    plan.budgetVersion = 1;
  }

  // Three Academy Improvement Meetings, one a term, each on its own stream.
  plan.aims = [];
  plan.coreDaysVersion = -1;
  for (const [termIndex, term] of TERMS.entries()) {
    const aimId = plan.id();
    const aimDate = schoolDay(termIndex === 0 ? date(start, random.integer(10, 11), random.integer(1, 25)) : termIndex === 1 ? date(start + 1, random.integer(2, 3), random.integer(1, 25)) : date(start + 1, random.integer(5, 6), random.integer(1, 25)));
    const focus = `${random.pick(PRIORITIES)} (${term})`;
    yield {
      streamId: aimStreamId(aimId),
      expectedVersion: 'no-stream',
      events: [
        stored(plan.id, actor, { type: 'AimScheduled', data: { aimId, academyId, academicYear: year, date: aimDate, format: random.chance(0.1) ? 'one-and-a-half-day' : 'one-day', focus: null, documentsDueOn: addDays(aimDate, -7), scheduledOn: addDays(aimDate, -35) } }),
        stored(plan.id, actor, { type: 'AimFocusAgreed', data: { aimId, academyId, focus, agreedOn: addDays(aimDate, -28) } }),
      ],
    };
    plan.aims.push({ aimId, date: aimDate, version: 1 });
  }
}

function* term(context: AcademyContext, term: Term): Generator<SyntheticAppend, void, AppendResult | undefined> {
  const { plan, year, actor } = context;
  const { random, academyId } = plan;
  const start = startOf(year);
  const termIndex = TERMS.indexOf(term);
  const [from, to] = termWindow(start, term);

  // Last term's figures, a few corrected now.
  if (termIndex > 0) {
    const earlier = TERMS[termIndex - 1] ?? 'autumn';
    const corrections: AcademyEvent[] = [];
    for (const kpi of KPI_NAMES) {
      const key = `${year}|${earlier}|${kpi}`;
      const previousValue = plan.figures.get(key);
      if (previousValue === undefined || !random.chance(0.06)) continue;
      const value = corrected(kpi, previousValue, random);
      plan.figures.set(key, value);
      corrections.push({ type: 'KpiCorrected', data: { academyId, academicYear: year, term: earlier, kpi, value, previousValue, reason: random.pick(CORRECTION_REASONS) } });
    }
    if (corrections.length > 0) yield* toAcademy(context, corrections);
  }

  // This term's figures, recorded together after the term's data drop.
  yield* toAcademy(
    context,
    KPI_NAMES.map((kpi) => {
      const value = figureFor(kpi, plan.quality, random);
      plan.figures.set(`${year}|${term}|${kpi}`, value);
      return { type: 'KpiRecorded', data: { academyId, academicYear: year, term, kpi, value, nationalAverage: kpi === 'attendance' ? round1(93.5 + (start % 5) * 0.3) : null, source: DEFAULT_KPI_SOURCE } };
    }),
  );

  const tier = plan.decisions.get(year)?.tier ?? 1;
  if (tier > 1 || term === 'autumn') {
    yield* toAcademy(context, [{ type: 'SipVisitRecorded', data: { academyId, sipId: plan.sipId, visitedOn: between(random, from, to), reportSummary: 'Partner visit: progress against the improvement plan reviewed.' } }]);
  }
  if (tier === 3 || term === 'summer') {
    yield* toAcademy(context, [{ type: 'CommissionedReviewCompleted', data: { academyId, academicYear: year, term, completedOn: between(random, from, to), summary: 'Trust-commissioned review of leadership and provision.', commitmentId: null } }]);
  }

  // An inspection now and then; one early in the year may revise the tier mid-year.
  if (random.chance(0.07)) {
    const inspectedOn = between(random, from, to);
    yield* evidence(context, inspection(plan, inspectedOn));
    if (term !== 'summer') yield* reviseTier(context, `${inspectedOn}T15:00:00.000Z`);
  }
  if (term === 'spring' && random.chance(0.3)) yield* riskAssessment(context, between(random, from, to));

  yield* aimTerm(context, termIndex);

  if (term !== 'summer') {
    const days = random.chance(0.3) ? 0.5 : 1;
    yield {
      streamId: coreDaysStreamId(academyId, year),
      expectedVersion: plan.coreDaysVersion === -1 ? 'no-stream' : plan.coreDaysVersion,
      events: [stored(plan.id, actor, { type: 'CoreDayLogged', data: { academyId, academicYear: year, deliveredOn: schoolDay(between(random, from, to)), days, description: 'Improvement director core day: leadership support', commitmentId: null } })],
    };
    plan.coreDaysVersion += 1;
  }

  // Last term's recharges: a few were logged in error and are reversed now.
  for (const { rechargeId, data } of plan.recharges) {
    if (!random.chance(0.05)) continue;
    const reversal: DomainEvent = {
      type: 'RechargeReversed',
      data: { rechargeId, supportedAcademyId: data.supportedAcademyId, providerAcademyId: data.providerAcademyId, academicYear: data.academicYear, deliveredOn: data.deliveredOn, amountPence: data.amountPence, reason: 'Logged against the wrong academy', reversedOn: between(random, from, to) },
    };
    yield { streamId: rechargeStreamId(rechargeId), expectedVersion: 0, events: [stored(plan.id, actor, reversal)] };
  }
  plan.recharges = [];
  const count = random.integer(0, tier + 2);
  for (let n = 0; n < count; n += 1) {
    const rechargeId = plan.id();
    const providerRole = random.pick(SUPPORT_ROLES);
    const central = CENTRALLY_EMPLOYED_ROLES.includes(providerRole);
    const provider = context.academies < 2 ? null : (plan.index + random.integer(1, context.academies - 1)) % context.academies;
    const days = random.integer(1, 6) / 2;
    const ratePence = context.rates[providerRole];
    const data: RechargeLogged = {
      rechargeId,
      supportedAcademyId: academyId,
      providerRole,
      providerAcademyId: central || provider === null ? null : syntheticAcademyId(provider),
      days,
      deliveredOn: schoolDay(between(random, from, to)),
      academicYear: year,
      description: `${providerRole} support: ${random.pick(PRIORITIES)}`,
      ratePence,
      amountPence: ratePence * days,
      commitmentId: null,
    };
    yield { streamId: rechargeStreamId(rechargeId), expectedVersion: 'no-stream', events: [stored(plan.id, actor, { type: 'RechargeLogged', data })] };
    plan.recharges.push({ rechargeId, data });
  }
}

function* aimTerm(context: AcademyContext, termIndex: number): Generator<SyntheticAppend, void, AppendResult | undefined> {
  const { plan, year, actor } = context;
  const { random, academyId } = plan;
  const aim = plan.aims[termIndex];
  if (aim === undefined) return;
  const append = (events: DomainEvent[]): SyntheticAppend => {
    const expectedVersion = aim.version;
    aim.version += events.length;
    return { streamId: aimStreamId(aim.aimId), expectedVersion, events: events.map((event) => stored(plan.id, actor, event)) };
  };
  const { aimId } = aim;
  if (random.chance(0.04)) {
    const previousDate = aim.date;
    aim.date = schoolDay(addDays(previousDate, 7));
    yield append([{ type: 'AimRescheduled', data: { aimId, academyId, academicYear: year, date: aim.date, previousDate, documentsDueOn: addDays(aim.date, -7), reason: 'Headteacher unavailable', rescheduledOn: addDays(previousDate, -21) } }]);
  }
  const dueOn = addDays(aim.date, -7);
  const missing: AimDocumentType[] = [];
  const documents: DomainEvent[] = [];
  for (const documentType of AIM_DOCUMENT_TYPES) {
    if (random.chance(0.06)) {
      missing.push(documentType);
      continue;
    }
    documents.push({ type: 'AimDocumentSubmitted', data: { aimId, academyId, documentType, rag: RAG_RATED_AIM_DOCUMENTS.includes(documentType) ? ragOf(plan.quality, random) : null, submittedOn: addDays(dueOn, -random.integer(0, 6)) } });
  }
  if (missing.length > 0) documents.push({ type: 'AimDocumentsOverdue', data: { aimId, academyId, missing, dueOn, checkedOn: dueOn } });
  if (documents.length > 0) yield append(documents);
  yield append([
    {
      type: 'AimHeld',
      data: {
        aimId,
        academyId,
        academicYear: year,
        format: 'one-day',
        heldOn: aim.date,
        attendees: [
          { name: 'Improvement Director', role: 'improvement-director', chair: true, staffId: null },
          { name: random.pick(PEOPLE), role: 'headteacher', chair: false, staffId: null },
          { name: random.pick(PEOPLE), role: 'chair-of-governors', chair: false, staffId: null },
        ],
        judgements: EIF_2024_AREAS.map((heading) => ({ heading, judgement: eifGrade(noisy(random, plan.quality)), comment: `Evidence reviewed under ${heading}.` })),
        priorities: [
          { priority: random.pick(PRIORITIES), rag: ragOf(plan.quality, random), planPriorityId: null },
          { priority: random.pick(PRIORITIES), rag: ragOf(plan.quality, random), planPriorityId: null },
        ],
        nextSteps: ['Share the action plan with governors', 'Follow up at the next meeting'],
      },
    },
  ]);
  yield append([{ type: 'AimReportPublished', data: { aimId, academyId, publishedOn: addDays(aim.date, 10), summary: 'Report of the Academy Improvement Meeting, RAG rated.' } }]);
}

function* riskAssessment(context: AcademyContext, assessedOn: string): Generator<SyntheticAppend, void, AppendResult | undefined> {
  const { plan } = context;
  const { random } = plan;
  const score = noisy(random, plan.quality);
  const level: RiskLevel = score > 0.5 ? 'low' : score > 0.22 ? 'medium' : 'high';
  const risks = Array.from({ length: random.integer(1, 3) }, () => ({ title: random.pick(RISK_TITLES), owner: random.chance(0.7) ? random.pick(PEOPLE) : null }));
  yield* evidence(context, { type: 'RiskAssessed', data: { academyId: plan.academyId, assessedOn, level, risks } });
}

/** The start-of-year decision: the rule's recommendation, now and then overridden with a rationale. */
function* decideTier(context: AcademyContext, decidedAt: string): Generator<SyntheticAppend, void, AppendResult | undefined> {
  const { plan, year } = context;
  const { random } = plan;
  const recommendation = recommendTier(plan.evidence, year);
  const recommended = recommendation.recommendedTier;
  if (recommended === null) return;
  const override = random.chance(0.05);
  const tier: SupportTier = override ? (recommended === 1 ? 2 : recommended === 3 ? 2 : random.pick([1, 3] as const)) : recommended;
  yield* assignTier(context, recommendation, tier, decidedAt, null, override ? 'Local knowledge of leadership changes not yet reflected in the evidence.' : null);
}

/** After new evidence mid-year: a revision that supersedes the year's decision when the recommendation moved. */
function* reviseTier(context: AcademyContext, decidedAt: string): Generator<SyntheticAppend, void, AppendResult | undefined> {
  const { plan, year } = context;
  const current = plan.decisions.get(year);
  const recommendation = recommendTier(plan.evidence, year);
  const recommended = recommendation.recommendedTier;
  if (current === undefined || recommended === null || recommended === current.recommendedTier) return;
  yield* assignTier(context, recommendation, recommended, decidedAt, current.decisionId, null);
}

function* assignTier(
  context: AcademyContext,
  recommendation: ReturnType<typeof recommendTier>,
  tier: SupportTier,
  decidedAt: string,
  supersedes: string | null,
  rationale: string | null,
): Generator<SyntheticAppend, void, AppendResult | undefined> {
  const { plan, year } = context;
  const recommendedTier = recommendation.recommendedTier ?? tier;
  const decisionId = plan.id();
  yield* toAcademy(context, [
    {
      type: 'TierAssigned',
      data: {
        decisionId,
        academyId: plan.academyId,
        academicYear: year,
        tier,
        recommendedTier,
        override: tier !== recommendedTier,
        rationale,
        reasons: recommendation.reasons,
        missing: recommendation.missing,
        evidence: recommendation.evidence,
        decidedBy: DECIDED_BY,
        decidedOn: isoDateOf(new Date(decidedAt)),
        decidedAt,
        supersedes,
      },
    },
  ]);
  plan.decisions.set(year, { decisionId, tier, recommendedTier });
}

function inspection(plan: AcademyPlan, inspectedOn: string): AcademyEvent {
  const { random, quality } = plan;
  let body: Inspection;
  if (inspectedOn < '2024-09-01') {
    body = { inspectedOn, framework: 'eif-2019', overallEffectiveness: eifGrade(noisy(random, quality)) };
  } else if (inspectedOn < '2025-11-10') {
    body = { inspectedOn, framework: 'eif-2024', grades: { 'quality-of-education': eifGrade(noisy(random, quality)), 'behaviour-and-attitudes': eifGrade(noisy(random, quality)), 'personal-development': eifGrade(noisy(random, quality)), 'leadership-and-management': eifGrade(noisy(random, quality)) } };
  } else {
    const grades = Object.fromEntries(REPORT_CARD_AREAS.map((area) => [area, reportCardGrade(noisy(random, quality))])) as Record<(typeof REPORT_CARD_AREAS)[number], ReportCardGrade>;
    body = { inspectedOn, framework: 'report-card-2025', grades, safeguarding: noisy(random, quality) < 0.05 ? 'not-met' : 'met' };
  }
  return { type: 'InspectionRecorded', data: { academyId: plan.academyId, ...body } };
}

function eifGrade(score: number): EifGrade {
  return score > 0.8 ? 'outstanding' : score > 0.3 ? 'good' : score > 0.12 ? 'requires-improvement' : 'inadequate';
}

function reportCardGrade(score: number): ReportCardGrade {
  return score > 0.85 ? 'exceptional' : score > 0.6 ? 'strong-standard' : score > 0.25 ? 'expected-standard' : score > 0.08 ? 'needs-attention' : 'urgent-improvement';
}

function ragOf(quality: number, random: Random): 'red' | 'amber' | 'green' {
  const score = noisy(random, quality);
  return score > 0.55 ? 'green' : score > 0.3 ? 'amber' : 'red';
}

function targetFor(kpi: KpiName, random: Random): number {
  switch (kpi) {
    case 'progress':
      return random.integer(75, 85);
    case 'curriculum':
      return 2;
    case 'teaching':
      return random.integer(80, 90);
    case 'attendance':
      return random.integer(95, 97);
    case 'transition':
      return random.integer(92, 98);
    default: {
      const _exhaustive: never = kpi;
      return _exhaustive;
    }
  }
}

function figureFor(kpi: KpiName, quality: number, random: Random): number {
  const score = noisy(random, quality);
  switch (kpi) {
    case 'progress':
      return round1(clamp(55 + 35 * score, 0, 100));
    case 'curriculum':
      return score > 0.75 ? 1 : score > 0.45 ? 2 : score > 0.2 ? 3 : 4;
    case 'teaching':
      return round1(clamp(50 + 45 * score, 0, 100));
    case 'attendance':
      return round1(clamp(89 + 7 * score, 0, 100));
    case 'transition':
      return round1(clamp(80 + 19 * score, 0, 100));
    default: {
      const _exhaustive: never = kpi;
      return _exhaustive;
    }
  }
}

function corrected(kpi: KpiName, value: number, random: Random): number {
  if (kpi === 'curriculum') return value >= 4 ? 3 : value <= 1 ? 2 : value + random.pick([-1, 1]);
  const moved = round1(clamp(value + (random.chance(0.5) ? 1 : -1) * (0.5 + random.integer(0, 40) / 10), 0, 100));
  return moved === value ? round1(value === 100 ? 99.5 : value + 0.5) : moved;
}

function noisy(random: Random, quality: number): number {
  return clamp(quality + (random.next() - 0.5) * 0.3, 0, 1);
}

function termWindow(start: number, term: Term): [string, string] {
  switch (term) {
    case 'autumn':
      return [date(start, 9, 8), date(start, 12, 15)];
    case 'spring':
      return [date(start + 1, 1, 6), date(start + 1, 3, 28)];
    case 'summer':
      return [date(start + 1, 4, 20), date(start + 1, 7, 18)];
    default: {
      const _exhaustive: never = term;
      return _exhaustive;
    }
  }
}

const DAY_MS = 86_400_000;

function date(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function between(random: Random, from: string, to: string): string {
  const span = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
  return addDays(from, random.integer(0, span));
}

/** The date, or the Monday after when it falls on a weekend. */
function schoolDay(isoDate: string): string {
  const weekday = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  return weekday === 6 ? addDays(isoDate, 2) : weekday === 0 ? addDays(isoDate, 1) : isoDate;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
