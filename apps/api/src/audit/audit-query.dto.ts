import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches, ValidateBy, type ValidationOptions } from 'class-validator';
import { ACADEMY_ID_PATTERN, MAX_PERSON_ID_LENGTH, parseInstant } from '@trust/domain';
import { URN_PATTERN } from '../common/http/academy-id.pipe.js';
import { IsInstantOrDate } from '../common/http/domain-rules.js';
import { IsPosition } from '../common/queries/read-model-query.js';
import { POSITION_PATTERN } from '../common/http/position-pattern.js';

export const DEFAULT_AUDIT_LIMIT = 100;
export const MAX_AUDIT_LIMIT = 1000;

/** A validated `from`/`to` value (IsInstantOrDate) as the instant it names. */
export function parseTimestamp(value: string, field: 'from' | 'to'): Date {
  return parseInstant(value, field, { dateAlone: true });
}

function IsLimit(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isAuditLimit',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && /^\d{1,4}$/.test(value) && Number(value) >= 1 && Number(value) <= MAX_AUDIT_LIMIT,
        defaultMessage: () => `$property must be a whole number from 1 to ${MAX_AUDIT_LIMIT}`,
      },
    },
    options,
  );
}

/** A filter names a stream, a type or a person id: none is longer than a person's id. */
const MAX_FILTER_LENGTH = MAX_PERSON_ID_LENGTH;
const TEXT_MESSAGE = (field: string): string => `${field} must be a single value of 1 to ${MAX_FILTER_LENGTH} characters`;

/** GET /audit's filters and page. Every filter is optional; together they narrow (AND). */
export class AuditQueryDto {
  @ApiPropertyOptional({ description: "Only this stream's events, e.g. `academy-138201` or `recharge-<id>`.", example: 'academy-138201' })
  @IsOptional()
  @IsString({ message: TEXT_MESSAGE('streamId') })
  @Length(1, MAX_FILTER_LENGTH, { message: TEXT_MESSAGE('streamId') })
  streamId?: string;

  @ApiPropertyOptional({ description: 'Only events of this stored type name.', example: 'KpiCorrected' })
  @IsOptional()
  @IsString({ message: TEXT_MESSAGE('type') })
  @Length(1, MAX_FILTER_LENGTH, { message: TEXT_MESSAGE('type') })
  type?: string;

  @ApiPropertyOptional({ description: "Only events made by this user (the token's `sub` when the command was sent).", example: 'jane.director' })
  @IsOptional()
  @IsString({ message: TEXT_MESSAGE('actor') })
  @Length(1, MAX_FILTER_LENGTH, { message: TEXT_MESSAGE('actor') })
  actor?: string;

  @ApiPropertyOptional({
    description: "Only events that concern this academy: those on its own stream and those of other streams that name it (both academies of a recharge, a peer review visit's host...).",
    example: '138201',
    pattern: ACADEMY_ID_PATTERN,
  })
  @IsOptional()
  @IsString({ message: 'academyId must be an academy URN of exactly 6 digits' })
  @Matches(URN_PATTERN, { message: 'academyId must be an academy URN of exactly 6 digits' })
  academyId?: string;

  @ApiPropertyOptional({ description: 'Only events recorded at or after this time.', example: '2025-01-01T00:00:00Z' })
  @IsOptional()
  @IsInstantOrDate()
  from?: string;

  @ApiPropertyOptional({ description: 'Only events recorded strictly before this time (so consecutive ranges never overlap); after `from`.', example: '2025-02-01T00:00:00Z' })
  @IsOptional()
  @IsInstantOrDate()
  to?: string;

  @ApiPropertyOptional({ description: 'The next page: events strictly after this position (the `X-Next-After` header of the previous page).', pattern: POSITION_PATTERN, example: '1042' })
  @IsOptional()
  @IsPosition()
  after?: string;

  @ApiPropertyOptional({ description: `At most this many events (default ${DEFAULT_AUDIT_LIMIT}, at most ${MAX_AUDIT_LIMIT}).`, example: '100', pattern: POSITION_PATTERN })
  @IsOptional()
  @IsLimit()
  limit?: string;

  @ApiPropertyOptional({
    description:
      'Read your own write: wait (up to 5 s) until the audit trail has applied this global position (the `position` of a command answer); 503 with Retry-After if it has not by then.',
    pattern: POSITION_PATTERN,
    example: '42',
  })
  @IsOptional()
  @IsPosition()
  minPosition?: string;
}
