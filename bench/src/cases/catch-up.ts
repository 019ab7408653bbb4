import { academyDecider, domainEventCodec, KPI_NAMES, TERMS, type RecordKpi } from '@trust/domain';
import { handleCommand, PostgresEventStore, type Position } from '@trust/event-store';
import { ProjectionRunner } from '@trust/projection-runner';
import { allProjections, findAcademyCard } from '@trust/projections';
import { syntheticAcademyId, writeSyntheticTrust } from '@trust/synthetic';
import { benchPool, createBenchDatabase, log, nowMs, percentiles, round, type Percentiles } from '../support.js';

export interface CatchUpResult {
  commandsPerSecond: number;
  achievedCommandsPerSecond: number;
  seconds: number;
  commands: number;
  failed: number;
  academies: number;
  /** From the append's answer to the academy card's checkpoint passing its position, milliseconds. */
  lag: Percentiles;
  /** The command itself: read the stream, fold, decide, append, milliseconds. */
  command: Percentiles;
  setup: string;
}

const ACADEMIES = 100;

/**
 * Steady command load against the live path: an "API" store appends RecordKpi commands at a fixed rate
 * (open loop: a slow answer does not slow the offered load) while a "worker" runs every projection from
 * its own pool and store, woken by LISTEN/NOTIFY as in production; the lag is append answered → the
 * academy card's checkpoint at or past the command's position.
 */
export async function runCatchUp({ seconds, commandsPerSecond }: { seconds: number; commandsPerSecond: number }): Promise<CatchUpResult> {
  const database = await createBenchDatabase('catch_up');
  const apiPool = benchPool(database.url, 10);
  const workerPool = benchPool(database.url, 10);
  const apiStore = new PostgresEventStore(apiPool);
  const workerStore = new PostgresEventStore(workerPool, { listenUrl: database.url });
  const runner = new ProjectionRunner({ store: workerStore, pool: workerPool, projections: allProjections() });
  try {
    // A trust to work on: one year of everything for the academies the commands address.
    const loaded = await writeSyntheticTrust(apiStore, { academies: ACADEMIES, years: 1, seed: 42, concurrency: 16 });
    await runner.start();
    const cardPosition = (): Position => runner.status().find((projection) => projection.name === 'academy-card')?.position ?? 0n;
    const caughtUpBy = nowMs() + 120_000;
    while (cardPosition() < (loaded.lastPosition ?? 0n)) {
      const failed = runner.status().find((projection) => projection.status === 'failed');
      if (failed !== undefined) throw new Error(`catch-up: projection ${failed.name} failed: ${failed.lastError ?? 'no error recorded'}`);
      if (nowMs() > caughtUpBy) throw new Error('catch-up: the academy card did not catch up with the loaded trust within 120 s');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }

    const waiters: { position: Position; appendedAt: number }[] = [];
    const lags: number[] = [];
    const poll = setInterval(() => {
      const reached = cardPosition();
      const now = nowMs();
      for (let index = waiters.length - 1; index >= 0; index -= 1) {
        const waiter = waiters[index];
        if (waiter !== undefined && waiter.position <= reached) {
          lags.push(now - waiter.appendedAt);
          waiters.splice(index, 1);
        }
      }
    }, 1);

    const commandLatencies: number[] = [];
    let failed = 0;
    const total = Math.round(seconds * commandsPerSecond);
    const interval = 1000 / commandsPerSecond;
    const inFlight: Promise<void>[] = [];
    const started = nowMs();
    for (let n = 0; n < total; n += 1) {
      const due = started + n * interval;
      const wait = due - nowMs();
      if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
      inFlight.push(
        recordKpi(apiStore, n).then(
          ({ position, ms }) => {
            commandLatencies.push(ms);
            if (position !== null) waiters.push({ position, appendedAt: nowMs() });
          },
          () => {
            failed += 1;
          },
        ),
      );
    }
    await Promise.all(inFlight);
    const elapsed = (nowMs() - started) / 1000;
    const deadline = nowMs() + 10_000;
    while (waiters.length > 0 && nowMs() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
    clearInterval(poll);
    // The card really shows the figures: spot-check one academy.
    const card = await findAcademyCard(workerPool, syntheticAcademyId(0));
    if (card === null || card.kpis.length === 0) throw new Error('catch-up: the academy card shows no figures');
    const result: CatchUpResult = {
      commandsPerSecond,
      achievedCommandsPerSecond: round(total / elapsed, 1),
      seconds: round(elapsed, 1),
      commands: total,
      failed: failed + waiters.length,
      academies: ACADEMIES,
      lag: percentiles(lags),
      command: percentiles(commandLatencies),
      setup: `RecordKpi through handleCommand on one pool; all ${allProjections().length} projections in a ProjectionRunner on another pool, woken by LISTEN/NOTIFY; same process`,
    };
    log(`catch-up: ${result.achievedCommandsPerSecond} commands/s, lag p50 ${result.lag.p50} ms p99 ${result.lag.p99} ms, ${result.failed} failed`);
    return result;
  } finally {
    await runner.stop().catch(() => undefined);
    await workerStore.close();
    await apiStore.close();
    await workerPool.end();
    await apiPool.end();
    await database.drop();
  }
}

/** Command n: a figure no earlier command recorded (academy, then KPI, term and an old academic year). */
async function recordKpi(store: PostgresEventStore, n: number): Promise<{ position: Position | null; ms: number }> {
  const academy = n % ACADEMIES;
  const k = Math.floor(n / ACADEMIES);
  const kpi = KPI_NAMES[k % KPI_NAMES.length] ?? 'progress';
  const term = TERMS[Math.floor(k / KPI_NAMES.length) % TERMS.length] ?? 'autumn';
  const start = 2000 + Math.floor(k / (KPI_NAMES.length * TERMS.length));
  const command: RecordKpi = {
    type: 'RecordKpi',
    academyId: syntheticAcademyId(academy),
    kpi,
    academicYear: `${start}/${String((start + 1) % 100).padStart(2, '0')}`,
    term,
    value: kpi === 'curriculum' ? 2 : 80 + (n % 20),
  };
  const before = nowMs();
  const handled = await handleCommand({
    store,
    streamId: `academy-${command.academyId}`,
    decider: academyDecider,
    codec: domainEventCodec,
    command,
    context: () => ({ now: new Date() }),
    metadata: { actor: { userId: 'bench', role: 'trust-admin' }, correlationId: `bench-${n}`, causationId: `bench-${n}`, idempotencyKey: null },
  });
  return { position: handled.position, ms: nowMs() - before };
}
