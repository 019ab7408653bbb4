import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { ReadAtQuery } from '../common/queries/read-at.js';
import { ReadModelQuery } from '../common/queries/read-model-query.js';
import { ACADEMIC_YEAR_PATTERN, academicYearMessage } from '../academies/kpi-fields.js';

/** `?academicYear=` (required) and `minPosition`. */
export class AcademicYearQuery extends ReadModelQuery {
  @ApiProperty({ example: '2024/25', pattern: '^\\d{4}/\\d{2}$' })
  @IsString({ message: academicYearMessage })
  @Matches(ACADEMIC_YEAR_PATTERN, { message: academicYearMessage })
  academicYear!: string;
}

/** `?academicYear=` (optional), `minPosition`, `asOf` and `on`. */
export class OptionalAcademicYearQuery extends ReadAtQuery {
  @ApiPropertyOptional({ description: 'Only the decisions of this academic year; every year when absent.', example: '2024/25', pattern: '^\\d{4}/\\d{2}$' })
  @IsOptional()
  @IsString({ message: academicYearMessage })
  @Matches(ACADEMIC_YEAR_PATTERN, { message: academicYearMessage })
  academicYear?: string;
}

/** `?academicYear=` (required), `minPosition`, `asOf` and `on`. */
export class AcademicYearReadAtQuery extends ReadAtQuery {
  @ApiProperty({ example: '2024/25', pattern: '^\\d{4}/\\d{2}$' })
  @IsString({ message: academicYearMessage })
  @Matches(ACADEMIC_YEAR_PATTERN, { message: academicYearMessage })
  academicYear!: string;
}
