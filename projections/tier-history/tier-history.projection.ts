import type pg from 'pg';
import { domainEventCatalogue, domainEventCodec } from '@trust/domain';
import type { RecordedEvent } from '@trust/event-store';
import type { Projection } from '@trust/projection-runner';
import { decisionIdsTouchedBy, evolveTierHistory, isTierHistoryEvent, TIER_HISTORY_EVENT_TYPES, type TierHistory, type TierHistoryEntry } from './tier-history.js';
import { SELECT_ENTRIES, entryOfRow, type TierHistoryRow } from './tier-history.queries.js';

export const TIER_HISTORY_PROJECTION = 'tier-history';

// Matched on the stored names, so events of other read models are never decoded here.
const handledTypes: ReadonlySet<string> = new Set(TIER_HISTORY_EVENT_TYPES.map((type) => domainEventCatalogue[type].storedName));

/**
 * Stores one row per tier decision: loads the decisions a batch touches (its own and those it
 * supersedes), folds the batch into them and writes the rows that changed. A decision's row is
 * written once and only its `superseded_by` is ever filled in, so an event applied twice changes nothing.
 */
export const tierHistoryProjection: Projection = {
  name: TIER_HISTORY_PROJECTION,

  async apply(client: pg.PoolClient, events: readonly RecordedEvent[]): Promise<void> {
    const relevant = events
      .filter((recorded) => handledTypes.has(recorded.type))
      .map((recorded) => ({ event: domainEventCodec.decode(recorded), position: recorded.position }))
      .flatMap(({ event, position }) => (isTierHistoryEvent(event) ? [{ event, position }] : []));
    if (relevant.length === 0) return;

    const loaded = await loadEntries(client, [...new Set(relevant.flatMap(({ event }) => decisionIdsTouchedBy(event.data)))]);
    const history = relevant.reduce<TierHistory>((folded, { event, position }) => evolveTierHistory(folded, event, position), loaded);
    await saveEntries(client, [...history.values()].filter((entry) => loaded.get(entry.decisionId) !== entry));
  },
};

async function loadEntries(client: pg.PoolClient, decisionIds: string[]): Promise<Map<string, TierHistoryEntry>> {
  const { rows } = await client.query<TierHistoryRow>(`${SELECT_ENTRIES} WHERE decision_id = ANY ($1::text[]) FOR UPDATE`, [decisionIds]);
  return new Map(rows.map((row) => [row.decision_id, entryOfRow(row)]));
}

async function saveEntries(client: pg.PoolClient, entries: TierHistoryEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const column = <T>(pick: (entry: TierHistoryEntry) => T): T[] => entries.map(pick);
  await client.query(
    `INSERT INTO tier_history (decision_id, academy_id, academic_year, tier, recommended_tier, override, rationale, decided_by,
                               decided_at, evidence, reasons, missing, supersedes, superseded_by, position)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::smallint[], $5::smallint[], $6::boolean[], $7::text[], $8::jsonb[],
                          $9::timestamptz[], $10::jsonb[], $11::jsonb[], $12::jsonb[], $13::text[], $14::text[], $15::numeric[])
     ON CONFLICT (decision_id) DO UPDATE
        SET superseded_by = EXCLUDED.superseded_by
      WHERE tier_history.superseded_by IS NULL AND EXCLUDED.superseded_by IS NOT NULL`,
    [
      column((entry) => entry.decisionId),
      column((entry) => entry.academyId),
      column((entry) => entry.academicYear),
      column((entry) => entry.tier),
      column((entry) => entry.recommendedTier),
      column((entry) => entry.override),
      column((entry) => entry.rationale),
      column((entry) => JSON.stringify(entry.decidedBy)),
      column((entry) => entry.decidedAt),
      column((entry) => JSON.stringify(entry.evidence)),
      column((entry) => JSON.stringify(entry.reasons)),
      column((entry) => JSON.stringify(entry.missing)),
      column((entry) => entry.supersedes),
      column((entry) => entry.supersededBy),
      column((entry) => entry.position),
    ],
  );
}
