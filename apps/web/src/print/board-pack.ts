import type { TimeTravel } from '../time-travel/time-travel';

/** Where the history stood for a printed pack: the position of the last event recorded by its "as recorded on" moment. */
export interface PackPosition {
  position: string;
  recordedAt: string | null;
}

/**
 * The time travel a board pack prints with. A pack must show, years later, exactly what it showed: a
 * view of "now" is pinned to the moment the latest event was recorded (what "now" was), keeping its
 * "as at" date; a view already in the past is kept as it is.
 */
export function pinnedTravel(travel: TimeTravel, latest: PackPosition): TimeTravel {
  if (travel.asOf !== undefined || latest.recordedAt === null) return travel;
  return { ...travel, asOf: latest.recordedAt };
}

/** The address that reproduces a pack: the page's, with the pinned time travel. */
export function reproducingAddress(origin: string, pathname: string, search: string, travel: TimeTravel): string {
  const params = new URLSearchParams(search);
  for (const key of ['asOf', 'on'] as const) {
    const value = travel[key];
    if (value === undefined) params.delete(key);
    else params.set(key, value);
  }
  const query = params.toString();
  return `${origin}${pathname}${query === '' ? '' : `?${query}`}`;
}
