import type pg from 'pg';
import type { CommandOutcome, DrillClient } from './client.js';
import { sleep, until } from './services.js';

export interface LedgerCheck {
  /** Events in the store. */
  events: number;
  /** Commands the client saw succeed whose events are not in the store (a false success). */
  lost: string[];
  /** Commands whose events are in the store more than once. */
  duplicated: string[];
  /** Events stored for commands the client never saw succeed (not a loss: the client was told to retry). */
  storedUnacknowledged: number;
}

/**
 * Every command the client saw succeed is in the store exactly once: the events stored under its
 * Idempotency-Key are as many as its answer named, and the answer's position holds one of them.
 */
export async function checkLedger(pool: pg.Pool, outcomes: readonly CommandOutcome[]): Promise<LedgerCheck> {
  const { rows } = await pool.query<{ key: string; n: number; positions: string[] }>(
    `SELECT metadata->>'idempotencyKey' AS key, count(*)::int AS n, array_agg(position::text ORDER BY position) AS positions
       FROM events WHERE metadata->>'idempotencyKey' IS NOT NULL GROUP BY 1`,
  );
  const stored = new Map(rows.map((row) => [row.key, row]));
  const { rows: counted } = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM events');
  const lost: string[] = [];
  const duplicated: string[] = [];
  const acknowledged = new Set<string>();
  for (const outcome of outcomes) {
    if (outcome.result !== 'succeeded' || outcome.answer === undefined) continue;
    acknowledged.add(outcome.key);
    const row = stored.get(outcome.key);
    const expected = outcome.answer.events.length;
    if (row === undefined) {
      if (expected > 0) lost.push(outcome.key);
      continue;
    }
    if (row.n > expected) duplicated.push(outcome.key);
    else if (row.n < expected || !row.positions.includes(outcome.answer.position)) lost.push(outcome.key);
  }
  let storedUnacknowledged = 0;
  for (const key of stored.keys()) if (!acknowledged.has(key)) storedUnacknowledged += 1;
  return { events: counted[0]?.n ?? 0, lost, duplicated, storedUnacknowledged };
}

interface ProjectionStatus {
  name: string;
  position: string;
  status: string;
  lastError: string | null;
}

export async function headPosition(pool: pg.Pool): Promise<bigint> {
  const { rows } = await pool.query<{ head: string | null }>('SELECT max(position)::text AS head FROM events');
  return BigInt(rows[0]?.head ?? '0');
}

/** Waits until every projection has applied the head (failing fast on a failed one). */
export async function waitCaughtUp(pool: pg.Pool, client: DrillClient, timeoutMs = 180_000): Promise<ProjectionStatus[]> {
  let projections: ProjectionStatus[] = [];
  await until(
    async () => {
      const head = (await headPosition(pool)).toString();
      const answer = await client.get<{ projections: ProjectionStatus[] }>('/admin/projections');
      projections = answer.body?.projections ?? [];
      const failed = projections.filter((projection) => projection.status === 'failed');
      if (failed.length > 0) throw new Error(`projections failed: ${failed.map((p) => `${p.name} (${p.lastError ?? ''})`).join('; ')}`);
      return answer.status === 200 && projections.length > 0 && projections.every((projection) => projection.position === head);
    },
    timeoutMs,
    'every projection to reach the head',
    200,
  );
  return projections;
}

interface JobAnswer {
  state: string;
  progress?: unknown;
  failedReason?: string;
}

/** Polls a job until it ends; answers its last state (`missing` when the queue no longer knows it). */
export async function waitForJob(client: DrillClient, jobId: string, timeoutMs: number): Promise<JobAnswer | 'missing'> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await client.get<JobAnswer>(`/admin/jobs/${encodeURIComponent(jobId)}`);
    if (answer.status === 404) return 'missing';
    if (answer.status === 200 && answer.body !== null && (answer.body.state === 'completed' || answer.body.state === 'failed')) return answer.body;
    if (Date.now() > deadline) return answer.body ?? { state: `unanswered (${answer.status})` };
    await sleep(200);
  }
}

export interface ReadModelCheck {
  projections: number;
  tables: number;
  rowsCompared: number;
  /** `projection.table: n rows differ`, for every table whose rebuild differs from the live read model. */
  mismatches: string[];
}

/** Tables that are not read models, or whose rows record when rather than what (a checkpoint's updated_at). */
const NOT_COMPARED = new Set(['projection_checkpoints', 'pgmigrations']);

async function dumpPublicTables(pool: pg.Pool): Promise<Map<string, string[]>> {
  const { rows: tables } = await pool.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const dump = new Map<string, string[]>();
  for (const { table_name: table } of tables) {
    if (NOT_COMPARED.has(table)) continue;
    const { rows } = await pool.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM public."${table}" t ORDER BY 1`);
    dump.set(table, rows.map(({ row }) => row));
  }
  return dump;
}

/**
 * Every read model equals a fresh replay, row by row: every table is dumped, then each projection is
 * rebuilt through the admin route (the worker replays every event into shadow tables and swaps them in),
 * and every table is dumped again and compared. Call with the projections caught up and no commands in flight.
 */
export async function checkReadModels(pool: pg.Pool, client: DrillClient): Promise<ReadModelCheck> {
  const projections = await waitCaughtUp(pool, client);
  const check: ReadModelCheck = { projections: projections.length, tables: 0, rowsCompared: 0, mismatches: [] };
  const live = await dumpPublicTables(pool);
  for (const { name } of projections) {
    const started = await client.post<{ jobId: string }>(`/admin/projections/${name}/rebuild`);
    if (started.status !== 202 || started.body === null) {
      check.mismatches.push(`${name}: the rebuild was refused (${started.status})`);
      continue;
    }
    const job = await waitForJob(client, started.body.jobId, 180_000);
    if (job === 'missing' || job.state !== 'completed') {
      check.mismatches.push(`${name}: the rebuild did not complete (${job === 'missing' ? 'missing' : `${job.state} ${job.failedReason ?? ''}`})`);
    }
  }
  const replayed = await dumpPublicTables(pool);
  for (const [table, liveRows] of live) {
    check.tables += 1;
    check.rowsCompared += liveRows.length;
    const replayRows = replayed.get(table) ?? [];
    const replaySet = new Set(replayRows);
    const liveSet = new Set(liveRows);
    const differing = liveRows.filter((row) => !replaySet.has(row)).length + replayRows.filter((row) => !liveSet.has(row)).length;
    if (differing > 0 || liveRows.length !== replayRows.length) check.mismatches.push(`${table}: ${differing} rows differ (live ${liveRows.length}, replay ${replayRows.length})`);
  }
  for (const table of replayed.keys()) if (!live.has(table)) check.mismatches.push(`${table}: only after the replay`);
  return check;
}
