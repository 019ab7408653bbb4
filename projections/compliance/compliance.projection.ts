import type pg from 'pg';
import { domainEventCatalogue, domainEventCodec } from '@trust/domain';
import type { RecordedEvent } from '@trust/event-store';
import { writeVersions, type Projection, type RowVersion, type VersionedTable } from '@trust/projection-runner';
import {
  COMPLIANCE_EVENT_TYPES,
  complianceFactOf,
  evolveComplianceAcademy,
  evolveComplianceYear,
  isComplianceEvent,
  yearKey,
  yearOf,
  type ComplianceAcademy,
  type ComplianceFact,
  type ComplianceYear,
} from './compliance.js';

export const COMPLIANCE_PROJECTION = 'compliance';

// Matched on the stored names, so events of other read models are never decoded here.
const handledTypes: ReadonlySet<string> = new Set(COMPLIANCE_EVENT_TYPES.map((type) => domainEventCatalogue[type].storedName));

/**
 * Stores, per academy and academic year, the tier in force, and one dated fact per visit, review, core
 * day and AIM held, all as temporal rows. Loads the current year rows a batch touches, folds the batch
 * into them and writes a new version for each event that changed one; a year's row only moves forward
 * (its last_position guards the fold, valid_from the write), and a fact is written at most once per
 * position, so an event applied twice changes nothing. The counts and what the tier requires are read
 * with the rows (compliance.queries.ts), cut at any date.
 */
export const complianceProjection: Projection = {
  name: COMPLIANCE_PROJECTION,
  tables: ['compliance_academies', 'compliance_years', 'compliance_facts'],
  eventTypes: [...handledTypes],

  async apply(client: pg.PoolClient, events: readonly RecordedEvent[]): Promise<void> {
    const relevant = events
      .filter((recorded) => handledTypes.has(recorded.type))
      .map((recorded) => ({ event: domainEventCodec.decode(recorded), position: recorded.position }))
      .flatMap(({ event, position }) => (isComplianceEvent(event) ? [{ event, position }] : []));
    if (relevant.length === 0) return;

    const registered = relevant.flatMap(({ event }) => (event.type === 'AcademyRegistered' ? [event.data.academyId] : []));
    const keys = relevant.flatMap(({ event }) => {
      const key = yearOf(event);
      return key === null ? [] : [key];
    });
    const loadedAcademies = await loadAcademies(client, [...new Set(registered)]);
    const loadedYears = await loadYears(client, keys);

    const academies = new Map(loadedAcademies);
    const years = new Map(loadedYears);
    const academyVersions: RowVersion[] = [];
    const yearVersions: RowVersion[] = [];
    const factVersions: RowVersion[] = [];
    for (const { event, position } of relevant) {
      const fact = complianceFactOf(event, position);
      if (fact !== null) {
        factVersions.push({ row: factRow(fact), position });
        continue;
      }
      const key = yearOf(event);
      if (key === null) {
        if (event.type !== 'AcademyRegistered') continue;
        const before = academies.get(event.data.academyId) ?? null;
        const academy = evolveComplianceAcademy(before, event);
        if (academy !== null && academy !== before) {
          academies.set(academy.academyId, academy);
          academyVersions.push({ row: { academy_id: academy.academyId, name: academy.name, joined_on: academy.joinedOn }, position });
        }
        continue;
      }
      const before = years.get(yearKey(key.academyId, key.academicYear)) ?? null;
      const year = evolveComplianceYear(before, event, position);
      if (year !== null && year !== before) {
        years.set(yearKey(year.academyId, year.academicYear), year);
        yearVersions.push({ row: yearRow(year), position });
      }
    }
    await writeVersions(client, COMPLIANCE_ACADEMIES, academyVersions);
    await writeVersions(client, COMPLIANCE_YEARS, yearVersions);
    await writeVersions(client, COMPLIANCE_FACTS, factVersions);
  },
};

export const COMPLIANCE_ACADEMIES: VersionedTable = { table: 'compliance_academies', keyColumns: ['academy_id'] };
export const COMPLIANCE_YEARS: VersionedTable = { table: 'compliance_years', keyColumns: ['academy_id', 'academic_year'] };
export const COMPLIANCE_FACTS: VersionedTable = { table: 'compliance_facts', keyColumns: ['fact_id'] };

function factRow(fact: ComplianceFact): Record<string, unknown> {
  return {
    fact_id: fact.factId,
    kind: fact.kind,
    academy_id: fact.academyId,
    academic_year: fact.academicYear,
    core_days: fact.coreDays,
    effective_on: fact.effectiveOn,
  };
}

function yearRow(year: ComplianceYear): Record<string, unknown> {
  return {
    academy_id: year.academyId,
    academic_year: year.academicYear,
    tier: year.tier,
    decision_id: year.decisionId,
    last_position: year.lastPosition.toString(),
  };
}

async function loadAcademies(client: pg.PoolClient, academyIds: string[]): Promise<Map<string, ComplianceAcademy>> {
  if (academyIds.length === 0) return new Map();
  const { rows } = await client.query<{ academy_id: string; name: string; joined_on: string }>(
    `SELECT academy_id, name, joined_on::text AS joined_on FROM compliance_academies WHERE academy_id = ANY ($1::text[]) AND valid_to IS NULL FOR UPDATE`,
    [academyIds],
  );
  return new Map(rows.map((row) => [row.academy_id, { academyId: row.academy_id, name: row.name, joinedOn: row.joined_on }]));
}

type YearRow = {
  academy_id: string;
  academic_year: string;
  tier: ComplianceYear['tier'];
  decision_id: string | null;
  last_position: string;
};

async function loadYears(client: pg.PoolClient, keys: { academyId: string; academicYear: string }[]): Promise<Map<string, ComplianceYear>> {
  if (keys.length === 0) return new Map();
  const { rows } = await client.query<YearRow>(
    `SELECT y.academy_id, y.academic_year, y.tier, y.decision_id, y.last_position::text AS last_position
       FROM compliance_years y
       JOIN unnest($1::text[], $2::text[]) AS k (academy_id, academic_year) USING (academy_id, academic_year)
      WHERE y.valid_to IS NULL
        FOR UPDATE OF y`,
    [keys.map((key) => key.academyId), keys.map((key) => key.academicYear)],
  );
  return new Map(
    rows.map((row) => [
      yearKey(row.academy_id, row.academic_year),
      {
        academyId: row.academy_id,
        academicYear: row.academic_year,
        tier: row.tier,
        decisionId: row.decision_id,
        lastPosition: BigInt(row.last_position),
      },
    ]),
  );
}
