import type pg from 'pg';
import { domainEventCatalogue, domainEventCodec, tierTakesEffectOn } from '@trust/domain';
import type { RecordedEvent } from '@trust/event-store';
import { writeVersions, type Projection, type RowVersion, type VersionedTable } from '@trust/projection-runner';
import { decisionIdsTouchedBy, evolveTierHistory, isTierHistoryEvent, TIER_HISTORY_EVENT_TYPES, type TierHistory, type TierHistoryEntry } from './tier-history.js';
import { SELECT_ENTRIES, entryOfRow, type TierHistoryRow } from './tier-history.queries.js';

export const TIER_HISTORY_PROJECTION = 'tier-history';

// Matched on the stored names, so events of other read models are never decoded here.
const handledTypes: ReadonlySet<string> = new Set(TIER_HISTORY_EVENT_TYPES.map((type) => domainEventCatalogue[type].storedName));

/**
 * Stores one row per tier decision as temporal rows: loads the current versions of the decisions a
 * batch touches (its own and those it supersedes), folds the batch into them event by event and writes
 * a new version of each decision an event changed, at that event's position. A decision is written
 * once and only its `superseded_by` is ever filled in, by a new version; an event applied twice
 * changes nothing (the fold keeps a known decision, the write keeps a stored version).
 */
export const tierHistoryProjection: Projection = {
  name: TIER_HISTORY_PROJECTION,
  tables: ['tier_history'],
  eventTypes: [...handledTypes],

  async apply(client: pg.PoolClient, events: readonly RecordedEvent[]): Promise<void> {
    const relevant = events
      .filter((recorded) => handledTypes.has(recorded.type))
      .map((recorded) => ({ event: domainEventCodec.decode(recorded), position: recorded.position }))
      .flatMap(({ event, position }) => (isTierHistoryEvent(event) ? [{ event, position }] : []));
    if (relevant.length === 0) return;

    let history: TierHistory = await loadEntries(client, [...new Set(relevant.flatMap(({ event }) => decisionIdsTouchedBy(event.data)))]);
    const versions: RowVersion[] = [];
    for (const { event, position } of relevant) {
      const next = evolveTierHistory(history, event, position);
      for (const entry of next.values()) if (history.get(entry.decisionId) !== entry) versions.push({ row: entryRow(entry), position });
      history = next;
    }
    await writeVersions(client, TIER_HISTORY_TABLE, versions);
  },
};

export const TIER_HISTORY_TABLE: VersionedTable = { table: 'tier_history', keyColumns: ['decision_id'] };

async function loadEntries(client: pg.PoolClient, decisionIds: string[]): Promise<Map<string, TierHistoryEntry>> {
  const { rows } = await client.query<TierHistoryRow>(`${SELECT_ENTRIES} WHERE decision_id = ANY ($1::text[]) AND valid_to IS NULL FOR UPDATE`, [decisionIds]);
  return new Map(rows.map((row) => [row.decision_id, entryOfRow(row)]));
}

function entryRow(entry: TierHistoryEntry): Record<string, unknown> {
  return {
    decision_id: entry.decisionId,
    academy_id: entry.academyId,
    academic_year: entry.academicYear,
    tier: entry.tier,
    recommended_tier: entry.recommendedTier,
    override: entry.override,
    rationale: entry.rationale,
    decided_by: entry.decidedBy,
    decided_on: entry.decidedOn,
    decided_at: entry.recordedAt,
    evidence: entry.evidence,
    reasons: entry.reasons,
    missing: entry.missing,
    supersedes: entry.supersedes,
    superseded_by: entry.supersededBy,
    position: entry.position,
    effective_on: tierTakesEffectOn(entry.academicYear, entry.decidedOn),
  };
}
