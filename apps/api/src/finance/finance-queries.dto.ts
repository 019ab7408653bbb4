import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { ACADEMIC_YEAR_PATTERN, ACADEMY_ID_PATTERN } from '@trust/domain';
import { URN_PATTERN } from '../common/http/academy-id.pipe.js';
import { IsAcademicYear, IsIsoDate } from '../common/http/domain-rules.js';
import { PageQuery } from '../common/queries/paging.js';
import { ReadAtQuery } from '../common/queries/read-at.js';
import { ReadModelQuery } from '../common/queries/read-model-query.js';

export class ReconciliationQueryDto extends ReadAtQuery {
  @ApiProperty({ description: 'The academic year to reconcile.', example: '2024/25', pattern: ACADEMIC_YEAR_PATTERN })
  @IsAcademicYear()
  academicYear!: string;
}

/** `?academicYear=` (required) and `minPosition`: the rate card is read from its stream, so it has no past to travel to here. */
export class RateCardQueryDto extends ReadModelQuery {
  @ApiProperty({ description: 'The academic year whose recharges the rate card prices.', example: '2024/25', pattern: ACADEMIC_YEAR_PATTERN })
  @IsAcademicYear()
  academicYear!: string;
}

/** `?academicYear=` (required) and `minPosition`: an academy's core days of the year. */
export class CoreDaysQueryDto extends ReadModelQuery {
  @ApiProperty({ description: 'The academic year of the entitlement.', example: '2024/25', pattern: ACADEMIC_YEAR_PATTERN })
  @IsAcademicYear()
  academicYear!: string;
}

export class LedgerQueryDto extends IntersectionType(ReconciliationQueryDto, PageQuery) {
  @ApiPropertyOptional({
    description:
      "Only the lines on this academy's accounts (its spend and its income). Required for a headteacher, and one of their own academies; finance and trust-admin may leave it out for the whole ledger.",
    example: '138201',
    pattern: ACADEMY_ID_PATTERN,
  })
  @IsOptional()
  @IsString({ message: 'academyId must be an academy URN of exactly 6 digits' })
  @Matches(URN_PATTERN, { message: 'academyId must be an academy URN of exactly 6 digits' })
  academyId?: string;

  @ApiPropertyOptional({ description: 'Only the lines dated on or after this day.', example: '2025-01-01', pattern: '^\\d{4}-\\d{2}-\\d{2}$' })
  @IsOptional()
  @IsIsoDate()
  from?: string;

  @ApiPropertyOptional({ description: 'Only the lines dated on or before this day.', example: '2025-03-31', pattern: '^\\d{4}-\\d{2}-\\d{2}$' })
  @IsOptional()
  @IsIsoDate()
  to?: string;
}
