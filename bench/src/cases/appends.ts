import { randomBytes } from 'node:crypto';
import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import { STREAM_DOES_NOT_EXIST, type Event } from '@event-driven-io/emmett';
import { PostgresEventStore, type ExpectedVersion, type NewEvent } from '@trust/event-store';
import { PostgresSubjectKeyStore, recordSubject, SealingEventStore, subjectsToSeal } from '@trust/personal-data';
import { dryRunSyntheticTrust } from '@trust/synthetic';
import { benchPool, createBenchDatabase, log, nowMs, percentiles, round, type Percentiles } from '../support.js';

export interface AppendSizes {
  /** Single-event appends by one writer. */
  sequential: number;
  /** Single-event appends by each of the 8 concurrent writers. */
  perWriter: number;
  writers: number;
  /** Appends of `batchSize` events by one writer. */
  batches: number;
  batchSize: number;
  /**
   * How many times each store runs each case, each time in a fresh database: figures are the median
   * round's, ratios the median of the rounds' ratios (a single run varies by ±15 % on two cores).
   */
  rounds: number;
}

export interface AppendMeasure {
  events: number;
  appends: number;
  seconds: number;
  eventsPerSecond: number;
  /** Per append, milliseconds. */
  latency: Percentiles;
  /** Events per second of every round, in the order run, when the case ran in rounds (this measure is the median one). */
  rounds?: number[];
}

export interface AppendCaseResult {
  case: 'sequential' | 'concurrent' | 'batched';
  description: string;
  ours: AppendMeasure;
  peer: AppendMeasure;
  /** ours / peer events per second (above 1: ours is faster). */
  throughputRatio: number;
  /**
   * The same workload and payloads appended through SealingEventStore over our PostgreSQL store (personal
   * and free-text fields sealed under per-subject keys kept in the same database). Absent from runs before it.
   */
  sealed?: AppendMeasure;
  /** sealed / ours events per second (1: sealing costs nothing; 0.9: it costs 10 %). */
  sealedRatio?: number;
  /** Only events that hold personal data or free text, each sealed: plain and sealed, the worst case for sealing. */
  personal?: { plain: AppendMeasure; sealed: AppendMeasure; sealedRatio: number };
  /** peer p50 / ours p50 (above 1: ours answers sooner). */
  latencyP50Ratio: number;
  latencyP99Ratio: number;
}

export interface AppendResults {
  peer: string;
  payload: string;
  /** What of the payload sealing touches, and the payload of the personal-only runs (absent from runs before sealing). */
  sealing?: { personalShare: number; personalPayload: string };
  /** Rounds each store ran each case (absent: one, from runs before rounds). */
  rounds?: number;
  cases: AppendCaseResult[];
}

type Append = (streamId: string, events: readonly NewEvent[], expectedVersion: ExpectedVersion) => Promise<void>;

interface StoreUnderTest {
  append: Append;
  close(): Promise<void>;
}

async function ourStore(benchCase: string): Promise<StoreUnderTest> {
  const database = await createBenchDatabase(`append_ours_${benchCase}`);
  const pool = benchPool(database.url, 10);
  const store = new PostgresEventStore(pool);
  return {
    append: async (streamId, events, expectedVersion) => {
      await store.append(streamId, events, { expectedVersion });
    },
    async close() {
      await store.close();
      await pool.end();
      await database.drop();
    },
  };
}

/**
 * Our store behind SealingEventStore, as the apps run it: the subjects' keys in the same database
 * (PostgresSubjectKeyStore on the store's own pool), wrapped by a master key made for the run.
 */
async function sealedStore(benchCase: string): Promise<StoreUnderTest> {
  const database = await createBenchDatabase(`append_sealed_${benchCase}`);
  const pool = benchPool(database.url, 10);
  const store = new SealingEventStore(new PostgresEventStore(pool), new PostgresSubjectKeyStore(pool, randomBytes(32), { eventsInSameDatabase: true }));
  return {
    append: async (streamId, events, expectedVersion) => {
      await store.append(streamId, events, { expectedVersion });
    },
    async close() {
      await store.close();
      await pool.end();
      await database.drop();
    },
  };
}

type PeerEvent = Event<string, Record<string, unknown>, Record<string, unknown>>;

async function peerStore(benchCase: string): Promise<StoreUnderTest> {
  const database = await createBenchDatabase(`append_peer_${benchCase}`, { migrated: false });
  const store = getPostgreSQLEventStore(database.url);
  await store.schema.migrate();
  return {
    append: async (streamId, events, expectedVersion) => {
      if (expectedVersion === 'any' || expectedVersion === 'stream-exists') throw new Error('the bench appends with exact versions only');
      // Emmett counts a stream's version from 1 (0: no stream); ours from 0 (-1: no stream).
      const expectedStreamVersion = expectedVersion === 'no-stream' ? STREAM_DOES_NOT_EXIST : BigInt(expectedVersion + 1);
      const peerEvents: PeerEvent[] = events.map((event) => ({
        type: event.type,
        data: event.data,
        metadata: { eventId: event.eventId, schemaVersion: event.schemaVersion, ...event.metadata },
      }));
      await store.appendToStream<PeerEvent>(streamId, peerEvents, { expectedStreamVersion });
    },
    async close() {
      await store.close();
      await database.drop();
    },
  };
}

/** Realistic payloads: the synthetic trust's own events, each given a fresh id when reused. */
async function payloads(count: number): Promise<NewEvent[]> {
  const events: NewEvent[] = [];
  await dryRunSyntheticTrust({ academies: Math.max(4, Math.ceil(count / 200)), years: 1, seed: 7 }, (append) => {
    for (const event of append.events) if (events.length < count) events.push(event);
  });
  return events;
}

/** Whether SealingEventStore seals anything of the event (a name, or free text such as a recharge's description). */
export function holdsPersonalData(event: NewEvent): boolean {
  return subjectsToSeal(event.type, event.data, recordSubject('bench', event)).length > 0;
}

/** The synthetic trust's events that hold personal data or free text, `count` of them (from a larger trust when needed). */
async function personalPayloads(count: number): Promise<NewEvent[]> {
  const events: NewEvent[] = [];
  await dryRunSyntheticTrust({ academies: Math.max(4, Math.ceil(count / 40)), years: 1, seed: 11 }, (append) => {
    for (const event of append.events) if (events.length < count && holdsPersonalData(event)) events.push(event);
  });
  return events;
}

function describePayload(events: readonly NewEvent[]): string {
  const averageBytes = Math.round(events.reduce((sum, event) => sum + JSON.stringify(event.data).length + JSON.stringify(event.metadata).length, 0) / events.length);
  const types = new Map<string, number>();
  for (const event of events) types.set(event.type, (types.get(event.type) ?? 0) + 1);
  const common = [...types].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([type, n]) => `${type} ${Math.round((n / events.length) * 100)} %`);
  return `${averageBytes} bytes of JSON data and metadata on average; ${common.join(', ')}`;
}

let counter = 0;
function fresh(event: NewEvent): NewEvent {
  counter += 1;
  const suffix = counter.toString(16).padStart(12, '0');
  return { ...event, eventId: `${event.eventId.slice(0, 24)}${suffix.slice(-12)}` };
}

/** `writers` writers, each making `appends` appends of `size` events to its own streams, in turn. */
async function drive(append: Append, pool: readonly NewEvent[], { writers, appends, size, streamsPerWriter, prefix }: { writers: number; appends: number; size: number; streamsPerWriter: number; prefix: string }): Promise<AppendMeasure> {
  const latencies: number[] = [];
  const started = nowMs();
  await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      const versions = new Map<string, number>();
      for (let n = 0; n < appends; n += 1) {
        const streamId = `${prefix}-${writer}-${n % streamsPerWriter}`;
        const version = versions.get(streamId) ?? -1;
        const events = Array.from({ length: size }, (_, k) => fresh(pool[(writer * appends * size + n * size + k) % pool.length] as NewEvent));
        const before = nowMs();
        await append(streamId, events, version === -1 ? 'no-stream' : version);
        latencies.push(nowMs() - before);
        versions.set(streamId, version + size);
      }
    }),
  );
  const seconds = (nowMs() - started) / 1000;
  const events = writers * appends * size;
  return { events, appends: writers * appends, seconds: round(seconds, 3), eventsPerSecond: round(events / seconds), latency: percentiles(latencies) };
}

interface CasePlan {
  case: AppendCaseResult['case'];
  description: string;
  writers: number;
  appends: number;
  size: number;
  streamsPerWriter: number;
}

/**
 * Streams are named as the domain names a recharge's (`recharge-<id>`: a new stream for each, the commonest
 * kind of new stream), so sealing keys their free text as the apps do: one record key per retention
 * category and academic year.
 */
const STREAM_PREFIX = 'recharge-bench';

async function measure(store: StoreUnderTest, pool: readonly NewEvent[], plan: CasePlan): Promise<AppendMeasure> {
  // Warm up connections, plans and the JIT on streams of their own.
  await drive(store.append, pool, { writers: plan.writers, appends: Math.min(50, plan.appends), size: plan.size, streamsPerWriter: plan.streamsPerWriter, prefix: `${STREAM_PREFIX}-warm-${plan.case}` });
  return drive(store.append, pool, { writers: plan.writers, appends: plan.appends, size: plan.size, streamsPerWriter: plan.streamsPerWriter, prefix: `${STREAM_PREFIX}-${plan.case}` });
}

async function measureOn(open: (benchCase: string) => Promise<StoreUnderTest>, label: string, pool: readonly NewEvent[], plan: CasePlan): Promise<AppendMeasure> {
  const store = await open(label === 'ours' || label === 'peer' || label === 'sealed' ? plan.case : `${plan.case}_${label.replace(/[^a-z]/g, '_')}`);
  let measured: AppendMeasure;
  try {
    measured = await measure(store, pool, plan);
  } finally {
    await store.close();
  }
  log(`appends ${plan.case} ${label}: ${measured.eventsPerSecond} events/s, p50 ${measured.latency.p50} ms, p99 ${measured.latency.p99} ms`);
  return measured;
}

/** The middle value (the lower of the middle two when even). */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] as number;
}

/** The round whose events/s is the median, carrying every round's events/s. */
function medianMeasure(measures: readonly AppendMeasure[]): AppendMeasure {
  const middle = median(measures.map((measure) => measure.eventsPerSecond));
  const chosen = measures.find((measure) => measure.eventsPerSecond === middle) as AppendMeasure;
  return measures.length === 1 ? chosen : { ...chosen, rounds: measures.map((measure) => measure.eventsPerSecond) };
}

/** The median of the rounds' ratios: each round's two stores ran back to back, so each ratio compares like with like. */
function medianRatio(over: readonly AppendMeasure[], under: readonly AppendMeasure[], digits: number): number {
  return round(median(over.map((measure, index) => measure.eventsPerSecond / (under[index] as AppendMeasure).eventsPerSecond)), digits);
}

type Store = 'ours' | 'sealed' | 'peer';

export async function runAppendBench(sizes: AppendSizes): Promise<AppendResults> {
  const pool = await payloads(4000);
  const personalPool = await personalPayloads(4000);
  const personalShare = round(pool.filter(holdsPersonalData).length / pool.length, 3);
  const averageBytes = Math.round(pool.reduce((sum, event) => sum + JSON.stringify(event.data).length + JSON.stringify(event.metadata).length, 0) / pool.length);
  const plans: CasePlan[] = [
    { case: 'sequential', description: `${sizes.sequential} single-event appends, one writer, expected version checked`, writers: 1, appends: sizes.sequential, size: 1, streamsPerWriter: 100 },
    { case: 'concurrent', description: `${sizes.writers} writers × ${sizes.perWriter} single-event appends to their own streams, expected version checked`, writers: sizes.writers, appends: sizes.perWriter, size: 1, streamsPerWriter: 50 },
    { case: 'batched', description: `${sizes.batches} appends of ${sizes.batchSize} events to new streams, one writer`, writers: 1, appends: sizes.batches, size: sizes.batchSize, streamsPerWriter: sizes.batches },
  ];
  const cases: AppendCaseResult[] = [];
  for (const plan of plans) {
    const measured: Record<Store, AppendMeasure[]> = { ours: [], sealed: [], peer: [] };
    const personal: Record<'plain' | 'sealed', AppendMeasure[]> = { plain: [], sealed: [] };
    for (let turn = 0; turn < sizes.rounds; turn += 1) {
      // Each store in its own fresh database; the peer goes first in every other round, so neither always runs
      // on a warmer server. Ours and ours-sealed run back to back (in either order), so they share the machine's state.
      const order: Store[] = turn % 2 === 0 ? ['ours', 'sealed', 'peer'] : ['peer', 'sealed', 'ours'];
      for (const who of order) measured[who].push(await measureOn(who === 'ours' ? ourStore : who === 'sealed' ? sealedStore : peerStore, who, pool, plan));
      // The worst case for sealing: every event has something to seal. Plain and sealed on the same events, in alternating order.
      const personalOrder = turn % 2 === 0 ? (['plain', 'sealed'] as const) : (['sealed', 'plain'] as const);
      for (const who of personalOrder) personal[who].push(await measureOn(who === 'plain' ? ourStore : sealedStore, `personal ${who}`, personalPool, plan));
    }
    const ours = medianMeasure(measured.ours);
    const peer = medianMeasure(measured.peer);
    cases.push({
      case: plan.case,
      description: plan.description,
      ours,
      peer,
      throughputRatio: medianRatio(measured.ours, measured.peer, 2),
      sealed: medianMeasure(measured.sealed),
      sealedRatio: medianRatio(measured.sealed, measured.ours, 3),
      personal: { plain: medianMeasure(personal.plain), sealed: medianMeasure(personal.sealed), sealedRatio: medianRatio(personal.sealed, personal.plain, 3) },
      latencyP50Ratio: round(peer.latency.p50 / Math.max(ours.latency.p50, 0.01), 2),
      latencyP99Ratio: round(peer.latency.p99 / Math.max(ours.latency.p99, 0.01), 2),
    });
  }
  return {
    peer: "Emmett's PostgreSQL event store (@event-driven-io/emmett-postgresql 0.42.0, getPostgreSQLEventStore, default pool)", payload: `synthetic trust events, ${averageBytes} bytes of JSON data and metadata on average`,
    sealing: { personalShare, personalPayload: `the synthetic trust's events that hold personal data or free text, ${describePayload(personalPool)}` },
    rounds: sizes.rounds,
    cases,
  };
}
