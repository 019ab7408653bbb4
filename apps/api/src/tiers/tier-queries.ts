import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { ACADEMIC_YEAR_PATTERN } from '@trust/domain';
import { ReadAtQuery } from '../common/queries/read-at.js';
import { ReadModelQuery } from '../common/queries/read-model-query.js';
import { IsAcademicYear, IsIsoDate } from '../common/http/domain-rules.js';

/** `?academicYear=` (required), `decidedOn` and `minPosition`: the tier recommendation's query. */
export class TierRecommendationQuery extends ReadModelQuery {
  @ApiProperty({ example: '2024/25', pattern: ACADEMIC_YEAR_PATTERN })
  @IsAcademicYear()
  academicYear!: string;

  @ApiPropertyOptional({
    format: 'date',
    description: 'The recommendation a decision made on this day would store: only the evidence in effect by then. Every item recorded so far when absent.',
    example: '2024-09-12',
  })
  @IsOptional()
  @IsIsoDate()
  decidedOn?: string;
}

/** `?academicYear=` (optional), `minPosition`, `asOf` and `on`. */
export class OptionalAcademicYearQuery extends ReadAtQuery {
  @ApiPropertyOptional({ description: 'Only the decisions of this academic year; every year when absent.', example: '2024/25', pattern: ACADEMIC_YEAR_PATTERN })
  @IsOptional()
  @IsAcademicYear()
  academicYear?: string;
}

/** `?academicYear=` (required), `minPosition`, `asOf` and `on`. */
export class AcademicYearReadAtQuery extends ReadAtQuery {
  @ApiProperty({ example: '2024/25', pattern: ACADEMIC_YEAR_PATTERN })
  @IsAcademicYear()
  academicYear!: string;
}
