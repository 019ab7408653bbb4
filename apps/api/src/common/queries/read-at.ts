import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, ValidateBy, type ValidationOptions } from 'class-validator';
import { DomainError, parseIsoDate } from '@trust/domain';
import { ReadModelQuery } from './read-model-query.js';

/**
 * When a query reads, on both time axes (README, "Two time axes"): `position` as recorded (null:
 * live), `on` as effective (null: every date). Shared with the read models' queries.
 */
export { LIVE, type ReadAt } from '@trust/projection-runner';

// An ISO 8601 instant with a date, a time and a zone (Z or ±hh:mm), as clients get recordedAt.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The instant of an `asOf` value, or null when it is not an ISO 8601 timestamp with a zone. */
export function parseAsOf(value: unknown): Date | null {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value)) return null;
  try {
    parseIsoDate(value.slice(0, 10), 'asOf');
  } catch (error: unknown) {
    if (error instanceof DomainError) return null;
    throw error;
  }
  const time = new Date(value);
  return Number.isNaN(time.getTime()) ? null : time;
}

/** Whether `on` is a real calendar date YYYY-MM-DD. */
export function isOnDate(value: unknown): value is string {
  try {
    parseIsoDate(value, 'on');
    return true;
  } catch (error: unknown) {
    if (error instanceof DomainError) return false;
    throw error;
  }
}

function IsAsOf(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isAsOf', validator: { validate: (value: unknown) => parseAsOf(value) !== null, defaultMessage: () => '$property must be an ISO 8601 timestamp with a zone, e.g. 2025-03-01T09:30:00Z' } },
    options,
  );
}

function IsOnDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isOnDate', validator: { validate: (value: unknown) => isOnDate(value), defaultMessage: () => '$property must be a real calendar date YYYY-MM-DD' } },
    options,
  );
}

/** Query parameters of every read-model query that answers on both time axes: `asOf`, `on` and `minPosition`. */
export class ReadAtQuery extends ReadModelQuery {
  @ApiPropertyOptional({
    description:
      'As recorded: the answer as the system knew it at this instant (what the live endpoint answered then), even after later corrections. A future instant reads live.',
    example: '2025-03-01T09:30:00Z',
  })
  @IsOptional()
  @IsAsOf()
  asOf?: string;

  @ApiPropertyOptional({
    description: 'As effective: the state on this date by everything known now (or at asOf, when both are given).',
    example: '2025-03-31',
    pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  })
  @IsOptional()
  @IsOnDate()
  on?: string;
}
