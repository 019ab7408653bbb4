import type pg from 'pg';
import type { EvidenceSnapshot, SupportTier, TierDecisionMaker } from '@trust/domain';
import { effectiveBy, LIVE, validAt, type ReadAt } from '@trust/projection-runner';
import type { TierHistoryEntry } from './tier-history.js';

/** A row of `tier_history` as read (positions as text, so numeric(39,0) positions stay exact). */
export interface TierHistoryRow {
  decision_id: string;
  academy_id: string;
  academic_year: string;
  tier: SupportTier;
  recommended_tier: SupportTier;
  override: boolean;
  rationale: string | null;
  decided_by: TierDecisionMaker;
  decided_on: string;
  decided_at: Date;
  evidence: EvidenceSnapshot;
  reasons: string[];
  missing: string[];
  supersedes: string | null;
  superseded_by: string | null;
  position: string;
}

export const SELECT_ENTRIES = `
  SELECT decision_id, academy_id, academic_year, tier, recommended_tier, override, rationale, decided_by,
         to_char(decided_on, 'YYYY-MM-DD') AS decided_on, decided_at,
         evidence, reasons, missing, supersedes, superseded_by, position::text AS position
    FROM tier_history`;

export function entryOfRow(row: TierHistoryRow): TierHistoryEntry {
  return {
    decisionId: row.decision_id,
    academyId: row.academy_id,
    academicYear: row.academic_year,
    tier: row.tier,
    recommendedTier: row.recommended_tier,
    override: row.override,
    rationale: row.rationale,
    decidedBy: row.decided_by,
    decidedOn: row.decided_on,
    recordedAt: row.decided_at.toISOString(),
    decidedAt: row.decided_at.toISOString(),
    evidence: row.evidence,
    reasons: row.reasons,
    missing: row.missing,
    supersedes: row.supersedes,
    supersededBy: row.superseded_by,
    position: row.position,
  };
}

/**
 * Every decision for one academy, in the order they were made (every year, superseded ones included),
 * as known at `at.position` and in effect by `at.on` (see ReadAt).
 */
export async function listTierHistory(db: pg.Pool | pg.PoolClient, academyId: string, at: ReadAt = LIVE): Promise<TierHistoryEntry[]> {
  const params: unknown[] = [academyId];
  const { rows } = await db.query<TierHistoryRow>(
    `${SELECT_ENTRIES} WHERE academy_id = $1 AND ${validAt('', at.position, params)} AND ${effectiveBy('', at.on, params)} ORDER BY position`,
    params,
  );
  return asItStood(rows.map(entryOfRow), at);
}

/** Every decision of an academic year (of every year when null), by academy, then in the order they were made; at `at` (see ReadAt). */
export async function listTierDecisions(db: pg.Pool | pg.PoolClient, academicYear: string | null, at: ReadAt = LIVE): Promise<TierHistoryEntry[]> {
  const params: unknown[] = [academicYear];
  const { rows } = await db.query<TierHistoryRow>(
    `${SELECT_ENTRIES} WHERE ($1::text IS NULL OR academic_year = $1) AND ${validAt('', at.position, params)} AND ${effectiveBy('', at.on, params)}
      ORDER BY academy_id COLLATE "C", position`,
    params,
  );
  return asItStood(rows.map(entryOfRow), at);
}

/**
 * The decisions in effect by `at.on` as they stood that day: one superseded by a revision that had not
 * yet taken effect was still in force, so its `supersededBy` is null. A revision takes effect no earlier
 * than the decision it supersedes (it is of the same year and not made before it), so whenever it had,
 * it is among the entries answered.
 */
function asItStood(entries: TierHistoryEntry[], at: ReadAt): TierHistoryEntry[] {
  if (at.on === null) return entries;
  const inEffect = new Set(entries.map((entry) => entry.decisionId));
  return entries.map((entry) => (entry.supersededBy === null || inEffect.has(entry.supersededBy) ? entry : { ...entry, supersededBy: null }));
}
