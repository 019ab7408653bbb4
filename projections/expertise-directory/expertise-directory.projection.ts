import type pg from 'pg';
import { domainEventCatalogue, domainEventCodec } from '@trust/domain';
import type { RecordedEvent } from '@trust/event-store';
import { writeVersions, type Projection, type RowVersion, type VersionedTable } from '@trust/projection-runner';
import {
  EXPERTISE_DIRECTORY_SOURCE_EVENT_TYPES,
  expertiseDirectoryChange,
  isExpertiseDirectorySourceEvent,
  type DirectoryEntry,
} from './expertise-directory.js';

export const EXPERTISE_DIRECTORY_PROJECTION = 'expertise-directory';

export const EXPERTISE_ENTRIES: VersionedTable = { table: 'expertise_directory_entries', keyColumns: ['staff_id'] };
export const EXPERTISE_ACADEMIES: VersionedTable = { table: 'expertise_directory_academies', keyColumns: ['academy_id'] };

const handledTypes: ReadonlySet<string> = new Set(EXPERTISE_DIRECTORY_SOURCE_EVENT_TYPES.map((type) => domainEventCatalogue[type].storedName));

/**
 * Stores the database of expertise as temporal rows: one version of an entry per event that changed it, and
 * each academy's hub (from its registration). Idempotent: a version at or below the stored one is left out.
 */
export const expertiseDirectoryProjection: Projection = {
  name: EXPERTISE_DIRECTORY_PROJECTION,
  tables: ['expertise_directory_entries', 'expertise_directory_academies'],
  eventTypes: [...handledTypes],

  async apply(client: pg.PoolClient, events: readonly RecordedEvent[]): Promise<void> {
    const decoded = events.flatMap((recorded) => {
      if (!handledTypes.has(recorded.type)) return [];
      const event = domainEventCodec.decode(recorded);
      return isExpertiseDirectorySourceEvent(event) ? [{ event, position: recorded.position }] : [];
    });
    if (decoded.length === 0) return;

    const withdrawn = decoded.flatMap(({ event }) => (event.type === 'ExpertiseWithdrawn' ? [event.data.staffId] : []));
    const entries = await currentEntries(client, withdrawn);
    const entryVersions: RowVersion[] = [];
    const academyVersions: RowVersion[] = [];
    for (const { event, position } of decoded) {
      const current = event.type === 'AcademyRegistered' ? null : (entries.get(event.data.staffId) ?? null);
      if (current !== null && position <= current.position) continue;
      const { entry, academy } = expertiseDirectoryChange(event, position, current);
      if (entry !== null) {
        entries.set(entry.staffId, entry);
        entryVersions.push({ row: entryRow(entry), position });
      }
      if (academy !== null) {
        academyVersions.push({ row: { academy_id: academy.academyId, hub: academy.hub, position: position.toString() }, position });
      }
    }
    await writeVersions(client, EXPERTISE_ENTRIES, entryVersions);
    await writeVersions(client, EXPERTISE_ACADEMIES, academyVersions);
  },
};

/** The stored entries a withdrawal in this batch may be about. */
async function currentEntries(client: pg.PoolClient, staffIds: readonly string[]): Promise<Map<string, DirectoryEntry>> {
  if (staffIds.length === 0) return new Map();
  const { rows } = await client.query<{
    staff_id: string;
    name: string;
    employer_academy_id: string | null;
    role: DirectoryEntry['role'];
    areas: DirectoryEntry['areas'];
    other_areas: string[];
    listed: boolean;
    position: string;
  }>(
    `SELECT staff_id, name, employer_academy_id, role, areas, other_areas, listed, position::text AS position
       FROM expertise_directory_entries WHERE staff_id = ANY ($1::text[]) AND valid_to IS NULL`,
    [[...new Set(staffIds)]],
  );
  return new Map(
    rows.map((row) => [
      row.staff_id,
      {
        staffId: row.staff_id,
        name: row.name,
        employerAcademyId: row.employer_academy_id,
        role: row.role,
        areas: row.areas,
        otherAreas: row.other_areas,
        listed: row.listed,
        position: BigInt(row.position),
      },
    ]),
  );
}

function entryRow(entry: DirectoryEntry): Record<string, unknown> {
  return {
    staff_id: entry.staffId,
    name: entry.name,
    employer_academy_id: entry.employerAcademyId,
    role: entry.role,
    areas: entry.areas,
    other_areas: entry.otherAreas,
    listed: entry.listed,
    position: entry.position.toString(),
  };
}
