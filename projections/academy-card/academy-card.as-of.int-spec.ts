import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import {
  academyDecider,
  academyStreamId,
  DEFAULT_KPI_SOURCE,
  DomainError,
  domainEventCodec,
  KPI_NAMES,
  ragFor,
  RECORDABLE_KPI_SOURCES,
  TERMS,
  type AcademyCommand,
  type AcademyState,
  type KpiName,
  type KpiSource,
  type Term,
} from '@trust/domain';
import { PostgresEventStore, type RecordedEvent } from '@trust/event-store';
import { applyProjectionBatch } from '@trust/projection-runner';
import { AcceptedShares, createTestDatabase, type TestDatabase } from '@trust/testing';
import type { AcademyCardKpi, AcademyCardView, RagSummary } from './academy-card.js';
import { academyCardProjection } from './academy-card.projection.js';
import { findAcademyCard, findAcademyCardOn } from './academy-card.queries.js';

/*
 * For random histories of one academy (its registration, then KPI targets, figures and their corrections,
 * decided by the real decider and applied in random batches), the card on any date as known at any position
 * is what a model written here says it should be: the commands the domain accepted, those known by the
 * position and in effect on the date, the last word on each figure and target winning. The stored card as of
 * a position is the model's card on every date, and is what the live card was when the projection stood there.
 *
 * The histories are of commands the domain accepts (a figure recorded once, a correction only of a figure
 * recorded, to another value; a target changed to another value), and the test fails when most of any kind
 * are refused or change nothing, so generation cannot drift into testing nothing. PROPERTY_SUMMARY=1 prints
 * the share of each kind accepted.
 */

/** The server's clock: every registration below is before it. */
const NOW = new Date('2026-03-10T10:00:00.000Z');
const YEARS = ['2022/23', '2023/24', '2024/25'] as const;
const JOINED = ['2019-09-01', '2022-01-15', '2023-09-01', '2024-06-30'] as const;
/** The dates the card is read on: these days from 1 June 2019 on, to the end of 2026, and the end of time. */
const FIRST_DAY = Date.UTC(2019, 5, 1);
const DAYS = 2_770;
const END_OF_TIME = '9999-12-31';

type Kind = 'target' | 'record' | 'correct';
const KINDS: readonly Kind[] = ['target', 'record', 'correct'];
/** Each kind must be tried this often over the runs (far fewer than the histories try, whatever their seed), and accepted this share of the times it is tried. */
const MIN_TRIED = 15;
const MIN_ACCEPTED_SHARE = 0.8;

/** A step of a history as choices; the run turns it into a command the domain should accept, given what it recorded. */
type Step =
  | { kind: 'target'; kpi: number; year: number; value: number; applyNow: boolean }
  | { kind: 'record'; pick: number; value: number; nationalAverage: number | null; source: (typeof RECORDABLE_KPI_SOURCES)[number] | null; applyNow: boolean }
  | { kind: 'correct'; pick: number; value: number; reason: string; applyNow: boolean };

const choice = fc.nat({ max: 10_000 });
const recordStep = fc.record({
  kind: fc.constant('record' as const),
  pick: choice,
  value: choice,
  nationalAverage: fc.option(fc.integer({ min: 8_000, max: 10_000 }), { nil: null }),
  source: fc.option(fc.constantFrom(...RECORDABLE_KPI_SOURCES), { nil: null }),
  applyNow: fc.boolean(),
});
const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('target' as const), kpi: fc.nat({ max: KPI_NAMES.length - 1 }), year: fc.nat({ max: YEARS.length - 1 }), value: choice, applyNow: fc.boolean() }) },
  { weight: 2, arbitrary: recordStep },
  // Corrections weigh as much as records: they are what as-of must not let leak into the past.
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('correct' as const), pick: choice, value: choice, reason: fc.constantFrom('moderated', 're-marked'), applyNow: fc.boolean() }) },
);
// A figure is recorded before anything is corrected; lengths spread evenly up to 25 steps.
const historyArbitrary = fc.tuple(recordStep, fc.array(stepArbitrary, { maxLength: 24, size: 'max' })).map(([first, rest]): Step[] => [first, ...rest]);

/** What the model knows of a command the domain accepted, at the position its event was stored. */
type Fact =
  | { kind: 'register'; position: bigint; joinedOn: string }
  | { kind: 'target'; position: bigint; academicYear: string; kpi: KpiName; target: number }
  | { kind: 'record'; position: bigint; academicYear: string; term: Term; kpi: KpiName; value: number; nationalAverage: number | null; source: KpiSource }
  | { kind: 'correct'; position: bigint; academicYear: string; term: Term; kpi: KpiName; value: number };

type Figure = { academicYear: string; term: Term; kpi: KpiName };
const figureKey = ({ academicYear, term, kpi }: Figure): string => `${academicYear}|${term}|${kpi}`;
const ALL_FIGURES: Figure[] = YEARS.flatMap((academicYear) => TERMS.flatMap((term) => KPI_NAMES.map((kpi) => ({ academicYear, term, kpi }))));
const FIRST_FIGURE: Figure = { academicYear: YEARS[0], term: 'autumn', kpi: 'progress' };

/** A value on the KPI's own scale (curriculum is graded 1 to 4, the rest are percentages to 2 places), other than `not`. */
function valueOn(kpi: KpiName, choice: number, not: number | null = null): number {
  if (kpi === 'curriculum') {
    const grade = (choice % 4) + 1;
    return grade === not ? (grade % 4) + 1 : grade;
  }
  const hundredths = choice % 10_001;
  return hundredths / 100 === not ? ((hundredths + 1) % 10_001) / 100 : hundredths / 100;
}

/** The day a fact is about, by the trust's calendar: a year's target from 1 September, a term's figure from the term's end. */
function effectiveOn(fact: Fact): string {
  if (fact.kind === 'register') return fact.joinedOn;
  const start = Number(fact.academicYear.slice(0, 4));
  if (fact.kind === 'target') return `${start}-09-01`;
  return { autumn: `${start}-12-31`, spring: `${start + 1}-03-31`, summer: `${start + 1}-07-31` }[fact.term];
}

const termRank = (term: Term | null): number => (term === null ? -1 : TERMS.indexOf(term));

/**
 * The model: the card on `on` by what was known at `asOf`, from the accepted facts alone. A figure is its
 * record, with the last correction's value; a KPI's target is the last set; a KPI with a target and no
 * figure in a year has a row of its own. The RAG of one row is the domain's rule (ragFor, specified there).
 */
function modelCard(academyId: string, facts: readonly Fact[], on: string, asOf: bigint): AcademyCardView | null {
  const known = facts.filter((fact) => fact.position <= asOf && effectiveOn(fact) <= on);
  const registration = known.find((fact) => fact.kind === 'register');
  if (registration === undefined) return null;
  const targets = new Map<string, number>();
  const figures = new Map<string, Omit<AcademyCardKpi, 'target' | 'rag'>>();
  for (const fact of known) {
    if (fact.kind === 'target') targets.set(`${fact.academicYear}|${fact.kpi}`, fact.target);
    if (fact.kind === 'record') {
      const { academicYear, term, kpi, value, nationalAverage, source } = fact;
      figures.set(figureKey(fact), { kpi, academicYear, term, value, nationalAverage, source, corrected: false });
    }
    if (fact.kind === 'correct') {
      const recorded = figures.get(figureKey(fact));
      if (recorded === undefined) throw new Error(`the model knows a correction of ${figureKey(fact)} before its record`);
      figures.set(figureKey(fact), { ...recorded, value: fact.value, corrected: true });
    }
  }
  const rows: AcademyCardKpi[] = [];
  const kpisOfYears = new Set([...targets.keys(), ...[...figures.values()].map(({ academicYear, kpi }) => `${academicYear}|${kpi}`)]);
  for (const yearAndKpi of kpisOfYears) {
    const [academicYear = '', kpi] = yearAndKpi.split('|') as [string, KpiName];
    const target = targets.get(yearAndKpi) ?? null;
    const ofKpi = [...figures.values()].filter((figure) => figure.academicYear === academicYear && figure.kpi === kpi);
    const placed = ofKpi.length > 0 ? ofKpi : [{ kpi, academicYear, term: null, value: null, nationalAverage: null, source: null, corrected: false }];
    for (const row of placed) rows.push({ ...row, target, rag: ragFor({ kpi, value: row.value, target, nationalAverage: row.nationalAverage }) });
  }
  rows.sort((a, b) => a.academicYear.localeCompare(b.academicYear) || termRank(a.term) - termRank(b.term) || KPI_NAMES.indexOf(a.kpi) - KPI_NAMES.indexOf(b.kpi));

  const ragSummary: RagSummary = { green: 0, amber: 0, red: 0, grey: 0 };
  const latestYear = rows.map((row) => row.academicYear).sort().at(-1);
  for (const kpi of KPI_NAMES) {
    const latest = rows.filter((row) => row.academicYear === latestYear && row.kpi === kpi).sort((a, b) => termRank(b.term) - termRank(a.term))[0];
    if (latest !== undefined) ragSummary[latest.rag] += 1;
  }
  return {
    academyId,
    name: `Academy ${academyId}`,
    phase: 'primary',
    hub: 'North',
    joinedOn: registration.joinedOn,
    predecessorUrns: [],
    tier: null,
    tierAcademicYear: null,
    overallEffectiveness: null,
    latestInspection: null,
    riskLevel: null,
    riskAssessedOn: null,
    sip: null,
    nextAim: null,
    upcomingAims: [],
    kpis: rows,
    ragSummary,
  };
}

describe('academy card on a date, as of a position (property, real PostgreSQL)', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let applied: bigint;
  let academy = 180_000;
  const tally = new AcceptedShares<Kind>(KINDS);

  beforeAll(async () => {
    database = await createTestDatabase('til_card_asof');
    store = new PostgresEventStore(database.pool, { pollIntervalMs: 50 });
    applied = 0n;
  });

  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  async function applyPending(): Promise<void> {
    const events: RecordedEvent[] = [];
    for await (const event of store.readAll({ after: applied })) events.push(event);
    if (events.length === 0) return;
    const { position } = await applyProjectionBatch(database.pool, academyCardProjection, events);
    applied = position;
  }

  /** Decides a command on the academy's stream and appends its one event: its position, or null when the domain refused it or it changed nothing. */
  async function send(academyId: string, state: { current: AcademyState }, command: AcademyCommand): Promise<bigint | null> {
    let events;
    try {
      events = academyDecider.decide(command, state.current, { now: NOW });
    } catch (error: unknown) {
      if (error instanceof DomainError) return null;
      throw error;
    }
    if (events.length === 0) return null;
    expect(events).toHaveLength(1);
    state.current = events.reduce(academyDecider.evolve, state.current);
    const stored = events.map((event) => ({
      eventId: randomUUID(),
      ...domainEventCodec.encode(event),
      metadata: { actor: { userId: 'director', role: 'improvement-director' }, correlationId: randomUUID(), causationId: randomUUID(), idempotencyKey: null },
    }));
    return (await store.append(academyStreamId(academyId), stored, { expectedVersion: 'any' })).lastPosition;
  }

  async function run(history: Step[], joined: number, cutOffs: number[], onDays: number[]): Promise<void> {
    academy += 1;
    const academyId = String(academy);
    const state = { current: academyDecider.initialState() };
    const joinedOn = JOINED[joined] ?? JOINED[0];
    const registered = await send(academyId, state, { type: 'RegisterAcademy', academyId, name: `Academy ${academyId}`, phase: 'primary', hub: 'North', joinedOn });
    if (registered === null) throw new Error(`academy ${academyId} was not registered`);
    const facts: Fact[] = [{ kind: 'register', position: registered, joinedOn }];
    const recorded = new Map<string, Figure & { value: number }>();
    const targets = new Map<string, number>();
    const live = new Map<bigint, AcademyCardView | null>();

    for (const [index, step] of history.entries()) {
      tally.tried(step.kind);
      let fact: Fact | null = null;
      switch (step.kind) {
        case 'target': {
          const kpi = KPI_NAMES[step.kpi] ?? 'progress';
          const academicYear = YEARS[step.year] ?? YEARS[0];
          const target = valueOn(kpi, step.value, targets.get(`${academicYear}|${kpi}`) ?? null);
          const position = await send(academyId, state, { type: 'SetKpiTarget', academyId, academicYear, kpi, target });
          if (position !== null) {
            targets.set(`${academicYear}|${kpi}`, target);
            fact = { kind: 'target', position, academicYear, kpi, target };
          }
          break;
        }
        case 'record': {
          // A figure not recorded yet (there are 45, more than any history records).
          const unrecorded = ALL_FIGURES.filter((figure) => !recorded.has(figureKey(figure)));
          const figure = unrecorded[step.pick % unrecorded.length] ?? FIRST_FIGURE;
          const value = valueOn(figure.kpi, step.value);
          const nationalAverage = step.nationalAverage === null ? null : step.nationalAverage / 100;
          const command: AcademyCommand = { type: 'RecordKpi', academyId, ...figure, value, nationalAverage, ...(step.source === null ? {} : { source: step.source }) };
          const position = await send(academyId, state, command);
          if (position !== null) {
            recorded.set(figureKey(figure), { ...figure, value });
            fact = { kind: 'record', position, ...figure, value, nationalAverage, source: step.source ?? DEFAULT_KPI_SOURCE };
          }
          break;
        }
        case 'correct': {
          // A figure recorded, to a value other than the one it has.
          const figures = [...recorded.values()];
          const figure = figures[step.pick % figures.length] ?? FIRST_FIGURE;
          const value = valueOn(figure.kpi, step.value, recorded.get(figureKey(figure))?.value ?? null);
          const { academicYear, term, kpi } = figure;
          const position = await send(academyId, state, { type: 'CorrectKpi', academyId, academicYear, term, kpi, value, reason: step.reason });
          if (position !== null) {
            recorded.set(figureKey(figure), { ...figure, value });
            fact = { kind: 'correct', position, academicYear, term, kpi, value };
          }
          break;
        }
        default: {
          const _exhaustive: never = step;
          return _exhaustive;
        }
      }
      if (fact !== null) {
        tally.accepted(step.kind);
        facts.push(fact);
      }
      if (step.applyNow || index === history.length - 1) {
        await applyPending();
        live.set(applied, await findAcademyCard(database.pool, academyId));
      }
    }
    await applyPending();

    const first = registered;
    const last = facts.at(-1)?.position ?? first;
    // Before the registration, at every fact, at random cuts, and where the live card was read.
    const positions = new Set([first - 1n, ...facts.map(({ position }) => position), ...cutOffs.map((share) => first - 1n + (BigInt(share) * (last - first + 2n)) / 1000n), ...live.keys()]);
    // Random days, the very days facts take effect and the day before each (where a cut at the date matters most), and the end of time.
    const factDays = facts.map(effectiveOn);
    const day = (offset: number): string => new Date(FIRST_DAY + offset * 86_400_000).toISOString().slice(0, 10);
    const dayBefore = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const dates = [
      ...new Set([
        END_OF_TIME,
        ...onDays.flatMap((offset) => {
          const factDay = factDays[offset % factDays.length] ?? END_OF_TIME;
          return [day(offset % DAYS), factDay, dayBefore(factDay)];
        }),
      ]),
    ];

    for (const asOf of positions) {
      const stored = await findAcademyCard(database.pool, academyId, asOf);
      expect({ asOf, stored }).toEqual({ asOf, stored: modelCard(academyId, facts, END_OF_TIME, asOf) });
      if (live.has(asOf)) expect({ asOf, stored }).toEqual({ asOf, stored: live.get(asOf) });
    }
    for (const asOf of [last, ...cutOffs.map((share) => first - 1n + (BigInt(share) * (last - first + 2n)) / 1000n)]) {
      for (const on of dates) {
        const card = await findAcademyCardOn(store, academyId, on, asOf);
        expect({ asOf, on, card }).toEqual({ asOf, on, card: modelCard(academyId, facts, on, asOf) });
      }
    }
  }

  it('answers on any date as of any position with what the accepted commands known then say of that date, and with what the live card was then', async () => {
    await fc.assert(
      fc.asyncProperty(
        historyArbitrary,
        fc.nat({ max: JOINED.length - 1 }),
        fc.array(fc.integer({ min: 0, max: 999 }), { minLength: 1, maxLength: 3 }),
        fc.array(fc.nat({ max: 100_000 }), { minLength: 1, maxLength: 3 }),
        async (history, joined, cutOffs, onDays) => {
          await run(history, joined, cutOffs, onDays);
        },
      ),
      { numRuns: 30 },
    );
  }, 120_000);

  it('tried every kind of command often, and the domain accepted most of each, so none was skipped', () => {
    if (process.env['PROPERTY_SUMMARY'] === '1') process.stdout.write(`academy card as-of, commands accepted: ${tally.summary()}\n`);
    expect(tally.shortfalls({ minTried: MIN_TRIED, minShare: MIN_ACCEPTED_SHARE })).toEqual([]);
  });
});
