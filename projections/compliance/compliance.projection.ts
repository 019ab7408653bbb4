import type pg from 'pg';
import { domainEventCatalogue, domainEventCodec } from '@trust/domain';
import type { RecordedEvent } from '@trust/event-store';
import type { Projection } from '@trust/projection-runner';
import {
  COMPLIANCE_EVENT_TYPES,
  evolveComplianceAcademy,
  evolveComplianceYear,
  isComplianceEvent,
  yearKey,
  yearOf,
  type ComplianceAcademy,
  type ComplianceYear,
} from './compliance.js';

export const COMPLIANCE_PROJECTION = 'compliance';

// Matched on the stored names, so events of other read models are never decoded here.
const handledTypes: ReadonlySet<string> = new Set(COMPLIANCE_EVENT_TYPES.map((type) => domainEventCatalogue[type].storedName));

/**
 * Stores, per academy and academic year, the tier in force and the visits, reviews and core days held.
 * Loads the rows a batch touches, folds the batch into them and writes back those that changed; a
 * year's row only moves forward (its last_position guards both the fold and the write), so an event
 * applied twice changes nothing. What the tier requires is read with the rows (compliance.queries.ts).
 */
export const complianceProjection: Projection = {
  name: COMPLIANCE_PROJECTION,

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
    for (const { event, position } of relevant) {
      const key = yearOf(event);
      if (key === null) {
        const academy = evolveComplianceAcademy(academies.get(event.data.academyId) ?? null, event);
        if (academy !== null) academies.set(academy.academyId, academy);
        continue;
      }
      const year = evolveComplianceYear(years.get(yearKey(key.academyId, key.academicYear)) ?? null, event, position);
      if (year !== null) years.set(yearKey(year.academyId, year.academicYear), year);
    }
    await saveAcademies(client, [...academies.values()].filter((academy) => loadedAcademies.get(academy.academyId) !== academy));
    await saveYears(client, [...years.entries()].filter(([key, year]) => loadedYears.get(key) !== year).map(([, year]) => year));
  },
};

async function loadAcademies(client: pg.PoolClient, academyIds: string[]): Promise<Map<string, ComplianceAcademy>> {
  if (academyIds.length === 0) return new Map();
  const { rows } = await client.query<{ academy_id: string; name: string; joined_on: string }>(
    `SELECT academy_id, name, joined_on::text AS joined_on FROM compliance_academies WHERE academy_id = ANY ($1::text[]) FOR UPDATE`,
    [academyIds],
  );
  return new Map(rows.map((row) => [row.academy_id, { academyId: row.academy_id, name: row.name, joinedOn: row.joined_on }]));
}

async function saveAcademies(client: pg.PoolClient, academies: ComplianceAcademy[]): Promise<void> {
  if (academies.length === 0) return;
  await client.query(
    `INSERT INTO compliance_academies (academy_id, name, joined_on)
     SELECT * FROM unnest($1::text[], $2::text[], $3::date[])
     ON CONFLICT (academy_id) DO NOTHING`,
    [academies.map((academy) => academy.academyId), academies.map((academy) => academy.name), academies.map((academy) => academy.joinedOn)],
  );
}

type YearRow = {
  academy_id: string;
  academic_year: string;
  tier: ComplianceYear['tier'];
  decision_id: string | null;
  sip_visits_held: number;
  reviews_held: number;
  core_days_used: string;
  last_position: string;
};

async function loadYears(client: pg.PoolClient, keys: { academyId: string; academicYear: string }[]): Promise<Map<string, ComplianceYear>> {
  if (keys.length === 0) return new Map();
  const { rows } = await client.query<YearRow>(
    `SELECT y.academy_id, y.academic_year, y.tier, y.decision_id, y.sip_visits_held, y.reviews_held,
            y.core_days_used::text AS core_days_used, y.last_position::text AS last_position
       FROM compliance_years y
       JOIN unnest($1::text[], $2::text[]) AS k (academy_id, academic_year) USING (academy_id, academic_year)
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
        sipVisitsHeld: row.sip_visits_held,
        reviewsHeld: row.reviews_held,
        coreDaysUsed: Number(row.core_days_used),
        lastPosition: BigInt(row.last_position),
      },
    ]),
  );
}

async function saveYears(client: pg.PoolClient, years: ComplianceYear[]): Promise<void> {
  if (years.length === 0) return;
  await client.query(
    `INSERT INTO compliance_years (academy_id, academic_year, tier, decision_id, sip_visits_held, reviews_held, core_days_used, last_position)
     SELECT * FROM unnest($1::text[], $2::text[], $3::smallint[], $4::text[], $5::int[], $6::int[], $7::numeric[], $8::numeric[])
     ON CONFLICT (academy_id, academic_year) DO UPDATE
        SET tier = EXCLUDED.tier, decision_id = EXCLUDED.decision_id, sip_visits_held = EXCLUDED.sip_visits_held,
            reviews_held = EXCLUDED.reviews_held, core_days_used = EXCLUDED.core_days_used, last_position = EXCLUDED.last_position
      WHERE compliance_years.last_position < EXCLUDED.last_position`,
    [
      years.map((year) => year.academyId),
      years.map((year) => year.academicYear),
      years.map((year) => year.tier),
      years.map((year) => year.decisionId),
      years.map((year) => year.sipVisitsHeld),
      years.map((year) => year.reviewsHeld),
      years.map((year) => year.coreDaysUsed),
      years.map((year) => year.lastPosition.toString()),
    ],
  );
}
