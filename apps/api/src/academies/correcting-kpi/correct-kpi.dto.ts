import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsNumber, IsString, MaxLength } from 'class-validator';
import { KPI_NAMES, TERMS, type KpiName, type Term } from '@trust/domain';
import { KPI_DESCRIPTION, kpiMessage, termMessage, VALUE_DESCRIPTION } from '../kpi-fields.js';
import { IsAcademicYear } from '../../common/http/domain-rules.js';

export class CorrectKpiDto {
  @ApiProperty({ enum: KPI_NAMES, description: KPI_DESCRIPTION, example: 'attendance' })
  @IsIn(KPI_NAMES, { message: kpiMessage })
  kpi!: KpiName;

  @ApiProperty({ example: '2024/25', pattern: '^\\d{4}/\\d{2}$' })
  @IsAcademicYear()
  academicYear!: string;

  @ApiProperty({ enum: TERMS, example: 'autumn' })
  @IsIn(TERMS, { message: termMessage })
  term!: Term;

  @ApiProperty({ description: `The corrected figure. ${VALUE_DESCRIPTION}`, example: 95.1 })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'value must be a number' })
  value!: number;

  @ApiProperty({ description: 'Why the figure is corrected (kept in the audit trail).', example: 'Census return revised', maxLength: 2000 })
  @IsString({ message: 'reason must be a string' })
  @IsNotEmpty({ message: 'reason must not be empty' })
  @MaxLength(2000, { message: 'reason must be at most 2000 characters' })
  reason!: string;
}
