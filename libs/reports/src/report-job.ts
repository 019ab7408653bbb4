import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { EventStore } from '@trust/event-store';
import type { JobQueue } from '@trust/jobs';
import { readCheckpoints } from '@trust/projection-runner';
import {
  ACADEMY_CARD_PROJECTION,
  COMPLIANCE_PROJECTION,
  complianceOf,
  IMPROVEMENT_PLANS_PROJECTION,
  listAcademyCards,
  listAcademyCardsOn,
  listLedgerLines,
  listTierDecisions,
  RECHARGE_LEDGER_PROJECTION,
  reconcileLedger,
  TIER_HISTORY_PROJECTION,
} from '@trust/projections';

export const REPORT_JOB = 'report-snapshot';

export const REPORT_TYPES = ['academy-cards', 'tier-decisions', 'recharge-ledger', 'compliance'] as const;
export type ReportType = (typeof REPORT_TYPES)[number];

export interface ReportRequest {
  type: ReportType;
  /** Required for compliance and recharge-ledger; narrows tier-decisions. */
  academicYear: string | null;
  /** As recorded: a global position (decimal string); every type. */
  asOf: string | null;
  /** As effective: a date (YYYY-MM-DD); every type. */
  on: string | null;
}

export interface StoredReport {
  id: string;
  type: ReportType;
  academicYear: string | null;
  asOf: string | null;
  on: string | null;
  position: string;
  contentHash: string;
  content: unknown;
}

const PROJECTION_OF: Record<ReportType, string> = {
  'academy-cards': ACADEMY_CARD_PROJECTION,
  'tier-decisions': TIER_HISTORY_PROJECTION,
  'recharge-ledger': RECHARGE_LEDGER_PROJECTION,
  compliance: COMPLIANCE_PROJECTION,
};

/** The other read models a report reads beside its own: compliance shows each academy's improvement plan's support and Tier 2 strategy. */
const ALSO_READS: Record<ReportType, readonly string[]> = {
  'academy-cards': [],
  'tier-decisions': [],
  'recharge-ledger': [],
  compliance: [IMPROVEMENT_PLANS_PROJECTION],
};

/** What a report type accepts; an error message for what it does not, or null. */
export function reportRequestProblem(request: ReportRequest): string | null {
  if ((request.type === 'compliance' || request.type === 'recharge-ledger') && request.academicYear === null) return `${request.type} needs academicYear`;
  return null;
}

/** JSON with object keys sorted, at every depth: the same content always gives the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, entry]) => entry !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, entry]) => [key, sortKeys(entry)]),
    );
  }
  return value;
}

export function contentHash(content: unknown): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

/**
 * Builds a report from its read model in one REPEATABLE READ snapshot, so the rows and the
 * checkpoint they are at agree: the report's position is that checkpoint (or `asOf`, which the
 * read model must have reached). Academy cards on a date are folded from each academy's stream up to
 * that position (the events there never change), as GET /academies?on= does.
 */
export async function buildReport(pool: pg.Pool, request: ReportRequest, store: Pick<EventStore, 'readStream'>): Promise<{ position: bigint; content: unknown }> {
  const problem = reportRequestProblem(request);
  if (problem !== null) throw new Error(problem);
  const snapshot = await readSnapshot(pool, request);
  // After the snapshot's connection is back in the pool, so none is held while the store is read (the
  // embedded database has one): the events up to `position` never change, and the read model answers as of it.
  const content = request.type === 'academy-cards' && request.on !== null ? await listAcademyCardsOn(pool, store, request.on, snapshot.position) : snapshot.content;
  // Through JSON, so the hash is of exactly what is stored and served (dates as ISO strings, no undefined).
  return { position: snapshot.position, content: JSON.parse(JSON.stringify(content)) as unknown };
}

/** The report's position and, but for academy cards on a date, its content, from one snapshot. */
async function readSnapshot(pool: pg.Pool, request: ReportRequest): Promise<{ position: bigint; content: unknown }> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const checkpoints = await readCheckpoints(client, [PROJECTION_OF[request.type], ...ALSO_READS[request.type]]);
    const reached = (name: string): bigint => checkpoints.find((checkpoint) => checkpoint.name === name)?.position ?? 0n;
    const built = reached(PROJECTION_OF[request.type]);
    const asOf = request.asOf === null ? null : BigInt(request.asOf);
    for (const name of [PROJECTION_OF[request.type], ...ALSO_READS[request.type]]) {
      if (asOf !== null && asOf > reached(name)) throw new Error(`The ${name} read model is at ${reached(name)}, not yet at asOf ${asOf}`);
    }
    const position = asOf ?? built;
    let content: unknown;
    switch (request.type) {
      case 'academy-cards':
        // On a date, the cards are folded from the academies' streams after the snapshot ends (below).
        content = request.on === null ? await listAcademyCards(client, asOf) : null;
        break;
      case 'tier-decisions':
        content = await listTierDecisions(client, request.academicYear, { position: asOf, on: request.on });
        break;
      case 'recharge-ledger': {
        const academicYear = request.academicYear ?? '';
        const at = { position: asOf, on: request.on };
        content = { lines: await listLedgerLines(client, { academicYear }, at), reconciliation: await reconcileLedger(client, academicYear, at) };
        break;
      }
      case 'compliance':
        content = await complianceOf(client, request.academicYear ?? '', { position: asOf, on: request.on });
        break;
      default: {
        const _exhaustive: never = request.type;
        throw new Error(`Unknown report type ${String(_exhaustive)}`);
      }
    }
    await client.query('COMMIT');
    return { position, content };
  } catch (error: unknown) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Registers the `report-snapshot` processor: builds the report and stores it under the job's id. */
export function registerReportJob(queue: JobQueue, pool: pg.Pool, store: Pick<EventStore, 'readStream'>): void {
  queue.register<ReportRequest, { reportId: string; position: string; contentHash: string }>(REPORT_JOB, async (job) => {
    const { position, content } = await buildReport(pool, job.data, store);
    const hash = contentHash(content);
    await pool.query(
      `INSERT INTO report_snapshots (id, type, academic_year, as_of, on_date, position, content_hash, content)
       VALUES ($1, $2, $3, $4::numeric, $5::date, $6::numeric, $7, $8::jsonb)
       ON CONFLICT (id) DO UPDATE SET position = EXCLUDED.position, content_hash = EXCLUDED.content_hash, content = EXCLUDED.content`,
      [job.id, job.data.type, job.data.academicYear, job.data.asOf, job.data.on, position.toString(), hash, canonicalJson(content)],
    );
    await job.reportProgress(100);
    return { reportId: job.id, position: position.toString(), contentHash: hash };
  });
}

export async function findReport(pool: pg.Pool, id: string): Promise<StoredReport | null> {
  const { rows } = await pool.query<{
    id: string;
    type: ReportType;
    academic_year: string | null;
    as_of: string | null;
    on_date: string | null;
    position: string;
    content_hash: string;
    content: unknown;
  }>(
    `SELECT id, type, academic_year, as_of::text AS as_of, on_date::text AS on_date, position::text AS position, content_hash, content
       FROM report_snapshots WHERE id = $1`,
    [id],
  );
  const row = rows[0];
  if (row === undefined) return null;
  return {
    id: row.id,
    type: row.type,
    academicYear: row.academic_year,
    asOf: row.as_of,
    on: row.on_date,
    position: row.position,
    contentHash: row.content_hash,
    content: row.content,
  };
}

/** A stored report as a list shows it: what it is, where it was built and its hash, without its content. */
export type ReportSummary = Omit<StoredReport, 'content'> & { createdAt: string };

/** The latest reports built, newest first, at most `limit`: the administration page's list. */
export async function listReports(pool: pg.Pool, limit: number): Promise<ReportSummary[]> {
  const { rows } = await pool.query<{
    id: string;
    type: ReportType;
    academic_year: string | null;
    as_of: string | null;
    on_date: string | null;
    position: string;
    content_hash: string;
    created_at: Date;
  }>(
    `SELECT id, type, academic_year, as_of::text AS as_of, on_date::text AS on_date, position::text AS position, content_hash, created_at
       FROM report_snapshots ORDER BY created_at DESC, id DESC LIMIT $1`,
    [limit],
  );
  return rows.map((row) => ({
    id: row.id,
    type: row.type,
    academicYear: row.academic_year,
    asOf: row.as_of,
    on: row.on_date,
    position: row.position,
    contentHash: row.content_hash,
    createdAt: row.created_at.toISOString(),
  }));
}
