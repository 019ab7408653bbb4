import { parseDateNotInFuture } from '../evidence/not-in-future.js';
import { DomainError } from '../shared/domain-error.js';
import { isoDateOf, type IsoDate } from '../values/iso-date.js';

/**
 * Whether a day (a meeting's, a visit's, a deadline's) had already passed when the ledger was told of it:
 * a trust recording its past. A meeting or visit that had taken place is recorded after the fact; a
 * deadline that had passed is never chased (nothing could have been sent on time for a day the ledger did
 * not know), and the day a document or report came in is the one its sender names, since the server's day
 * says only when it was typed in. A meeting arranged at short notice, today or later, is not in the past:
 * its documents are chased as usual.
 *
 * `enteredOn` is the server's day the meeting or visit was scheduled; null for events stored before the
 * ledger kept that day, which are treated as they always were.
 */
export function passedBeforeItWasEntered(day: string, enteredOn: string | null): boolean {
  return enteredOn !== null && day < enteredOn;
}

/**
 * The day something came in: the server's day, unless the thing is recorded after the fact, when the
 * sender may name a day from `earliest` (when given) to `latest` (today at the latest). Anywhere else a day in the body is refused (400),
 * so a late document can never be backdated beside its deadline.
 */
export function dayItCameIn(
  input: unknown,
  field: string,
  { afterTheFact, earliest, latest, now }: { afterTheFact: boolean; earliest?: string; latest?: string; now: Date },
): IsoDate {
  if (input === undefined || input === null) {
    return isoDateOf(now);
  }
  if (!afterTheFact) {
    throw DomainError.invalid(
      field,
      "is the server's day; only a meeting or visit recorded after it took place takes the day it came in",
    );
  }
  const day = parseDateNotInFuture(input, field, now);
  if (earliest !== undefined && day < earliest) {
    throw DomainError.invalid(field, `must not be before ${earliest}`);
  }
  if (latest !== undefined && day > latest) {
    throw DomainError.invalid(field, `must not be after ${latest}`);
  }
  return day;
}
