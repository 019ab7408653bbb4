import type pg from 'pg';
import { EXPERTISE_AREAS, type ExpertiseArea, type SupportRole } from '@trust/domain';

/** One member of staff offered by GET /expertise: their entry, their employer's hub, and why they matched. */
export interface ExpertiseMatchView {
  staffId: string;
  name: string;
  /** The academy employing them; null for staff the trust employs centrally. */
  academyId: string | null;
  hub: string | null;
  role: SupportRole;
  areas: ExpertiseArea[];
  otherAreas: string[];
  /** Of the supported academy's hub (the `hub` searched for). */
  sameHub: boolean;
  /** `area`: listed under the known area; `other-area`: one of their other areas mentions it. */
  matchedOn: 'area' | 'other-area';
}

export interface ExpertiseSearch {
  /** A known area (`phonics`) or free text, already validated (1 to 100 characters once trimmed). */
  area: string;
  excludeAcademyId?: string | null;
  hub?: string | null;
}

/**
 * The domain's findExpertise (libs/domain/src/expertise/find-expertise.ts), in SQL over the read model: the
 * listed entries (not withdrawn), none employed by the excluded academy, matching a known area by its list
 * of areas or any text by their other areas (case, hyphens, underscores and runs of spaces ignored); ranked
 * staff of the given hub first, then those listed under the area, then by name and staff id. Names are
 * ordered case-insensitively by code point, where the domain uses the en-GB collation: the two agree on
 * names of letters and spaces, and the database (PGlite included) needs no ICU.
 */
export async function searchExpertise(db: pg.Pool | pg.PoolClient, { area, excludeAcademyId, hub }: ExpertiseSearch): Promise<ExpertiseMatchView[]> {
  const trimmed = area.trim();
  const knownArea = EXPERTISE_AREAS.find((known) => known === trimmed) ?? null;
  const words = trimmed.toLowerCase().replace(/[-_\s]+/g, ' ').trim();
  const { rows } = await db.query<{
    staff_id: string;
    name: string;
    employer_academy_id: string | null;
    hub: string | null;
    role: SupportRole;
    areas: ExpertiseArea[];
    other_areas: string[];
    same_hub: boolean;
    matched_on: 'area' | 'other-area';
  }>(
    `WITH listed AS (
       SELECT e.staff_id, e.name, e.employer_academy_id, a.hub, e.role, e.areas, e.other_areas
         FROM expertise_directory_entries e
         LEFT JOIN expertise_directory_academies a ON a.academy_id = e.employer_academy_id AND a.valid_to IS NULL
        WHERE e.valid_to IS NULL AND e.listed
          AND ($2::text IS NULL OR e.employer_academy_id IS DISTINCT FROM $2::text)
     ),
     matched AS (
       SELECT listed.*,
              ($4::text IS NOT NULL AND hub IS NOT DISTINCT FROM $4::text) AS same_hub,
              CASE
                WHEN $1::text IS NOT NULL AND $1::text = ANY (areas) THEN 'area'
                WHEN EXISTS (SELECT 1 FROM unnest(other_areas) AS other
                              WHERE strpos(btrim(regexp_replace(lower(other), '[-_\\s]+', ' ', 'g')), $3::text) > 0) THEN 'other-area'
              END AS matched_on
         FROM listed
     )
     SELECT * FROM matched WHERE matched_on IS NOT NULL
      ORDER BY same_hub DESC, matched_on = 'area' DESC, lower(name) COLLATE "C", name COLLATE "C", staff_id COLLATE "C"`,
    [knownArea, excludeAcademyId ?? null, words, hub ?? null],
  );
  return rows.map((row) => ({
    staffId: row.staff_id,
    name: row.name,
    academyId: row.employer_academy_id,
    hub: row.hub,
    role: row.role,
    areas: row.areas,
    otherAreas: row.other_areas,
    sameHub: row.same_hub,
    matchedOn: row.matched_on,
  }));
}
