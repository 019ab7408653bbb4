import { DomainError } from '../shared/domain-error.js';
import { parseIsoDate } from './iso-date.js';

// A date, then optionally a time to the minute, second or fraction, with its zone: a time without a zone
// would mean the server's.
const INSTANT = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):(\d{2})))?$/;

const FORM = 'must be an ISO 8601 timestamp with a zone, e.g. 2025-03-01T09:30:00Z';
const FORM_OR_DATE = 'must be an ISO 8601 timestamp with a zone (2025-01-31T17:00:00Z) or a date (2025-01-31, midnight UTC)';

/**
 * Every instant the ledger is given (`asOf`, an audit range): its day by the one rule for dates
 * (parseIsoDate), its time a real time of day, its zone Z or ±hh:mm. Read field by field rather than by
 * `new Date`, which would roll 30 February over into March. With `dateAlone`, a date alone is midnight UTC.
 */
export function parseInstant(input: unknown, field: string, { dateAlone = false }: { dateAlone?: boolean } = {}): Date {
  const form = dateAlone ? FORM_OR_DATE : FORM;
  const match = typeof input === 'string' ? INSTANT.exec(input) : null;
  if (match === null) throw DomainError.invalid(field, form);
  const [, date = '', hours, minutes, seconds = '00', fraction = '', utc, sign, offsetHours = '00', offsetMinutes = '00'] = match;
  const day = parseIsoDate(date, field);
  if (hours === undefined || minutes === undefined) {
    if (!dateAlone) throw DomainError.invalid(field, form);
    return new Date(`${day}T00:00:00.000Z`);
  }
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) {
    throw DomainError.invalid(field, `${String(input)} is not a real time of day`);
  }
  if (utc === undefined && (Number(offsetHours) > 23 || Number(offsetMinutes) > 59)) {
    throw DomainError.invalid(field, `${String(input)} has an offset that is not a real one`);
  }
  const offsetMs = (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes)) * 60_000;
  const local = Date.UTC(
    Number(day.slice(0, 4)),
    Number(day.slice(5, 7)) - 1,
    Number(day.slice(8, 10)),
    Number(hours),
    Number(minutes),
    Number(seconds),
    Number(fraction.padEnd(3, '0').slice(0, 3)),
  );
  return new Date(utc === undefined ? local - offsetMs : local);
}
