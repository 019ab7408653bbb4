import type pg from 'pg';
import { domainEventCatalogue, domainEventCodec } from '@trust/domain';
import type { RecordedEvent } from '@trust/event-store';
import { writeVersions, type Projection, type RowVersion, type VersionedTable } from '@trust/projection-runner';
import { AIMS_EVENT_TYPES, evolveAims, isAimsEvent, type Aims, type AimView } from './aims.js';
import { SELECT_AIMS, aimOfRow, type AimRow } from './aims.queries.js';

export const AIMS_PROJECTION = 'aims';

export const AIMS_TABLE: VersionedTable = { table: 'aims', keyColumns: ['aim_id'] };

// Matched on the stored names, so events of other read models are never decoded here.
const handledTypes: ReadonlySet<string> = new Set(AIMS_EVENT_TYPES.map((type) => domainEventCatalogue[type].storedName));

/**
 * One row per Academy Improvement Meeting, as temporal rows: loads the current versions of the AIMs a
 * batch touches, folds the batch into them event by event and writes a new version of each AIM at the
 * position of every event that changed it. An event applied twice changes nothing (the fold skips an
 * event at or before an AIM's position, and the write keeps a stored version).
 */
export const aimsProjection: Projection = {
  name: AIMS_PROJECTION,
  tables: ['aims'],
  eventTypes: [...handledTypes],

  async apply(client: pg.PoolClient, events: readonly RecordedEvent[]): Promise<void> {
    const relevant = events
      .filter((recorded) => handledTypes.has(recorded.type))
      .map((recorded) => ({ event: domainEventCodec.decode(recorded), position: recorded.position }))
      .flatMap(({ event, position }) => (isAimsEvent(event) ? [{ event, position }] : []));
    if (relevant.length === 0) return;

    let aims: Aims = await loadAims(client, [...new Set(relevant.map(({ event }) => event.data.aimId))]);
    const versions: RowVersion[] = [];
    for (const { event, position } of relevant) {
      const next = evolveAims(aims, event, position);
      const changed = next.get(event.data.aimId);
      if (changed !== undefined && changed !== aims.get(event.data.aimId)) versions.push({ row: aimRow(changed), position });
      aims = next;
    }
    await writeVersions(client, AIMS_TABLE, versions);
  },
};

async function loadAims(client: pg.PoolClient, aimIds: string[]): Promise<Map<string, AimView>> {
  const { rows } = await client.query<AimRow>(`${SELECT_AIMS} WHERE aim_id = ANY ($1::text[]) AND valid_to IS NULL FOR UPDATE`, [aimIds]);
  return new Map(rows.map((row) => [row.aim_id, aimOfRow(row)]));
}

function aimRow(aim: AimView): Record<string, unknown> {
  return {
    aim_id: aim.aimId,
    academy_id: aim.academyId,
    academic_year: aim.academicYear,
    date: aim.date,
    aim,
    position: aim.position,
    effective_on: aim.date,
  };
}
