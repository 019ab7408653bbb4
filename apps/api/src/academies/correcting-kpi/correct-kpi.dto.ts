import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsNumber, IsString, MaxLength } from 'class-validator';
import { ACADEMIC_YEAR_PATTERN, KPI_NAMES, MAX_TEXT_LENGTH, TERMS, type KpiName, type Term } from '@trust/domain';
import { maxLengthMessage, notEmptyMessage, textMessage } from '../../common/http/field-messages.js';
import { KPI_DESCRIPTION, kpiMessage, termMessage, VALUE_DESCRIPTION } from '../kpi-fields.js';
import { IsAcademicYear } from '../../common/http/domain-rules.js';

export class CorrectKpiDto {
  @ApiProperty({ enum: KPI_NAMES, description: KPI_DESCRIPTION, example: 'attendance' })
  @IsIn(KPI_NAMES, { message: kpiMessage })
  kpi!: KpiName;

  @ApiProperty({ example: '2024/25', pattern: ACADEMIC_YEAR_PATTERN })
  @IsAcademicYear()
  academicYear!: string;

  @ApiProperty({ enum: TERMS, example: 'autumn' })
  @IsIn(TERMS, { message: termMessage })
  term!: Term;

  @ApiProperty({ description: `The corrected figure. ${VALUE_DESCRIPTION}`, example: 95.1 })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'value must be a number' })
  value!: number;

  @ApiProperty({ description: 'Why the figure is corrected (kept in the audit trail).', example: 'Census return revised', maxLength: MAX_TEXT_LENGTH })
  @IsString({ message: textMessage('reason') })
  @IsNotEmpty({ message: notEmptyMessage('reason') })
  @MaxLength(MAX_TEXT_LENGTH, { message: maxLengthMessage('reason', MAX_TEXT_LENGTH) })
  reason!: string;
}
