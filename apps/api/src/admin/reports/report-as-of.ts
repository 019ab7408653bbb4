import { ValidateBy, type ValidationOptions } from 'class-validator';
import { parseInstant } from '@trust/domain';
import type { EventStore } from '@trust/event-store';
import { domainRefusal } from '../../common/http/domain-rules.js';

const POSITION = /^\d{1,39}$/;

/** Why a report's `asOf` is neither a global position (digits) nor a timestamp by the rule for instants; null when it is one. */
function reportAsOfRefusal(value: unknown, field: string): string | null {
  if (typeof value === 'string' && POSITION.test(value)) return null;
  const refusal = domainRefusal(parseInstant, value, field);
  return refusal === null ? null : `${refusal}, or a global position (digits)`;
}

/** A report's `asOf`: a global position (digits) or an ISO 8601 timestamp with a zone. */
export function IsReportAsOf(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isReportAsOf',
      validator: {
        validate: (value: unknown, args) => reportAsOfRefusal(value, args?.property ?? 'asOf') === null,
        defaultMessage: (args) => reportAsOfRefusal(args?.value, args?.property ?? 'asOf') ?? 'asOf is not acceptable',
      },
    },
    options,
  );
}

/**
 * The global position a report's `asOf` names: a position as given; a timestamp, as for the read-model
 * GETs, the last event recorded at or before it (0 when none was), or null (live) when it is in the future.
 */
export async function reportAsOfPosition(asOf: string | null, store: Pick<EventStore, 'positionAt'>): Promise<string | null> {
  if (asOf === null || POSITION.test(asOf)) return asOf;
  const time = parseInstant(asOf, 'asOf');
  if (time.getTime() >= Date.now()) return null;
  return ((await store.positionAt(time)) ?? 0n).toString();
}
