import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNumber, IsOptional } from 'class-validator';
import {
  ACADEMIC_YEAR_PATTERN,
  DEFAULT_KPI_SOURCE,
  KPI_NAMES,
  RECORDABLE_KPI_SOURCES,
  TERMS,
  type KpiName,
  type RecordableKpiSource,
  type Term,
} from '@trust/domain';
import { KPI_DESCRIPTION, kpiMessage, termMessage, VALUE_DESCRIPTION } from '../kpi-fields.js';
import { IsAcademicYear } from '../../common/http/domain-rules.js';

export class RecordKpiDto {
  @ApiProperty({ enum: KPI_NAMES, description: KPI_DESCRIPTION, example: 'attendance' })
  @IsIn(KPI_NAMES, { message: kpiMessage })
  kpi!: KpiName;

  @ApiProperty({ example: '2024/25', pattern: ACADEMIC_YEAR_PATTERN })
  @IsAcademicYear()
  academicYear!: string;

  @ApiProperty({ enum: TERMS, example: 'autumn' })
  @IsIn(TERMS, { message: termMessage })
  term!: Term;

  @ApiProperty({ description: VALUE_DESCRIPTION, example: 94.6 })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'value must be a number' })
  value!: number;

  @ApiPropertyOptional({
    type: Number,
    description: 'The national average recorded with the figure (a percentage); attendance with no target is held to it.',
    example: 94.1,
    nullable: true,
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'nationalAverage must be a number' })
  nationalAverage?: number | null;

  @ApiPropertyOptional({
    enum: RECORDABLE_KPI_SOURCES,
    default: DEFAULT_KPI_SOURCE,
    description: "Where the figure came from: the academy's own data (the default) or a published measure.",
    example: 'published',
  })
  @IsOptional()
  @IsIn(RECORDABLE_KPI_SOURCES, { message: `source must be one of ${RECORDABLE_KPI_SOURCES.join(', ')}` })
  source?: RecordableKpiSource;
}
