import type { EventStore } from '@trust/event-store';
import { parseAsOf } from '../../common/queries/read-at.js';

const POSITION = /^\d{1,39}$/;

/** Whether a report's `asOf` is a global position (digits) or an ISO 8601 timestamp with a zone. */
export function isReportAsOf(value: string): boolean {
  return POSITION.test(value) || parseAsOf(value) !== null;
}

/**
 * The global position a report's `asOf` names: a position as given; a timestamp, as for the read-model
 * GETs, the last event recorded at or before it (0 when none was), or null (live) when it is in the future.
 */
export async function reportAsOfPosition(asOf: string | null, store: Pick<EventStore, 'positionAt'>): Promise<string | null> {
  if (asOf === null || POSITION.test(asOf)) return asOf;
  const time = parseAsOf(asOf);
  if (time === null) throw new RangeError(`asOf ${asOf} is neither a position nor a timestamp`);
  if (time.getTime() >= Date.now()) return null;
  return ((await store.positionAt(time)) ?? 0n).toString();
}
