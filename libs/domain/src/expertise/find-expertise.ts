import { parseAcademyId } from '../values/academy-id.js';
import { parseText } from '../values/text.js';
import { EXPERTISE_AREAS } from './expertise-area.js';
import type { ExpertiseProfile } from './expertise.events.js';
import { MAX_LABEL_LENGTH, MAX_NAME_LENGTH } from '../values/limits.js';

/** A listed entry (withdrawn ones are not listed), with the hub of the academy employing them, if any. */
export type ExpertiseListing = ExpertiseProfile & { staffId: string; hub: string | null };

export type ExpertiseQuery = {
  /** A known area (`phonics`), or free text matched against the entries' other areas. */
  area: string;
  /** The academy to be supported: its own staff are not offered to it. */
  excludeAcademyId?: string | null;
  /** The hub of the academy to be supported: staff of the same hub are offered first. */
  hub?: string | null;
};

export type ExpertiseMatch = {
  listing: ExpertiseListing;
  sameHub: boolean;
  /** `area`: listed under the known area; `other-area`: one of their other areas mentions it. */
  matchedOn: 'area' | 'other-area';
};

/**
 * Searches the database of expertise when brokering support (seed 003: "The AID may also broker any
 * additional improvement support required from other Headteachers and senior leaders within the Trust").
 * Ranked: staff of the supported academy's hub first, close at hand, then anyone in the trust; within
 * each, those listed under the area before those who only mention it, then by name.
 */
export function findExpertise(listings: readonly ExpertiseListing[], query: ExpertiseQuery): ExpertiseMatch[] {
  const area = parseText(query.area, 'area', MAX_LABEL_LENGTH);
  const excluded =
    query.excludeAcademyId === undefined || query.excludeAcademyId === null
      ? null
      : parseAcademyId(query.excludeAcademyId, 'excludeAcademyId');
  const hub = query.hub === undefined || query.hub === null ? null : parseText(query.hub, 'hub', MAX_NAME_LENGTH);
  const knownArea = EXPERTISE_AREAS.find((known) => known === area) ?? null;
  const words = normalise(area);

  const matches: ExpertiseMatch[] = [];
  for (const listing of listings) {
    if (excluded !== null && listing.employerAcademyId === excluded) {
      continue;
    }
    const matchedOn =
      knownArea !== null && listing.areas.includes(knownArea)
        ? 'area'
        : listing.otherAreas.some((other) => normalise(other).includes(words))
          ? 'other-area'
          : null;
    if (matchedOn !== null) {
      matches.push({ listing, sameHub: hub !== null && listing.hub === hub, matchedOn });
    }
  }
  return matches.sort(
    (a, b) =>
      Number(b.sameHub) - Number(a.sameHub) ||
      Number(b.matchedOn === 'area') - Number(a.matchedOn === 'area') ||
      a.listing.name.localeCompare(b.listing.name, 'en-GB') ||
      (a.listing.staffId < b.listing.staffId ? -1 : a.listing.staffId > b.listing.staffId ? 1 : 0),
  );
}

/** `Early-Reading ` and `early reading` match. */
function normalise(text: string): string {
  return text.toLowerCase().replace(/[-_\s]+/g, ' ').trim();
}
