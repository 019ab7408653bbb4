import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** The two time axes of every page, as kept in the URL: `asOf` (as recorded, an instant) and `on` (as at, a date). */
export interface TimeTravel {
  asOf?: string;
  on?: string;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The time-travel parameters of a URL's query; anything malformed is left out rather than sent. */
export function timeTravelOf(params: URLSearchParams): TimeTravel {
  const asOf = params.get('asOf');
  const on = params.get('on');
  return { ...(asOf !== null && INSTANT.test(asOf) ? { asOf } : {}), ...(on !== null && DATE.test(on) ? { on } : {}) };
}

export function isTravelling(travel: TimeTravel): boolean {
  return travel.asOf !== undefined || travel.on !== undefined;
}

/** The page's time travel, and how to change it (the other query parameters are kept). */
export function useTimeTravel(): { travel: TimeTravel; setTravel: (next: TimeTravel) => void } {
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf');
  const on = params.get('on');
  const travel = useMemo(() => timeTravelOf(new URLSearchParams({ ...(asOf === null ? {} : { asOf }), ...(on === null ? {} : { on }) })), [asOf, on]);
  const setTravel = useCallback(
    (next: TimeTravel) => {
      setParams((current) => {
        const updated = new URLSearchParams(current);
        for (const key of ['asOf', 'on'] as const) {
          const value = next[key];
          if (value === undefined) updated.delete(key);
          else updated.set(key, value);
        }
        return updated;
      });
    },
    [setParams],
  );
  return { travel, setTravel };
}

/** A link's query with the current time travel kept, so following it stays in the same past. */
export function withTravel(path: string, travel: TimeTravel, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(extra);
  if (travel.asOf !== undefined) params.set('asOf', travel.asOf);
  if (travel.on !== undefined) params.set('on', travel.on);
  const query = params.toString();
  return query === '' ? path : `${path}?${query}`;
}

/** `datetime-local` input value (the viewer's zone) → ISO instant with Z; null when incomplete. */
export function instantFromLocal(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().replace(/\.000Z$/, 'Z');
}

/** ISO instant → `datetime-local` input value in the viewer's zone. */
export function localFromInstant(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
