import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, ValidateBy, type ValidationOptions } from 'class-validator';
import { POSITION_PATTERN } from '../http/position-pattern.js';

const MAX_POSITION = 2n ** 63n - 1n;

/** A global event position as a decimal string (PostgreSQL bigint range). */
export function isPosition(value: unknown): value is string {
  return typeof value === 'string' && /^\d{1,19}$/.test(value) && BigInt(value) <= MAX_POSITION;
}

export function IsPosition(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPosition',
      validator: {
        validate: (value: unknown) => isPosition(value),
        defaultMessage: () => '$property must be a non-negative integer: a position from a command answer',
      },
    },
    options,
  );
}

/** Query parameters every read-model query accepts. */
export class ReadModelQuery {
  @ApiPropertyOptional({
    description:
      'Read your own write: wait (up to 5 s) until the read model has applied this global position (the `position` of a command answer); 503 with Retry-After if it has not by then.',
    pattern: POSITION_PATTERN,
    example: '42',
  })
  @IsOptional()
  @IsPosition()
  minPosition?: string;
}
