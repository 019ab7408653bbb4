import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNumber } from 'class-validator';
import { ACADEMIC_YEAR_PATTERN, KPI_NAMES, type KpiName } from '@trust/domain';
import { KPI_DESCRIPTION, kpiMessage, VALUE_DESCRIPTION } from '../kpi-fields.js';
import { IsAcademicYear } from '../../common/http/domain-rules.js';

export class SetKpiTargetDto {
  @ApiProperty({ example: '2024/25', pattern: ACADEMIC_YEAR_PATTERN })
  @IsAcademicYear()
  academicYear!: string;

  @ApiProperty({ enum: KPI_NAMES, description: KPI_DESCRIPTION, example: 'attendance' })
  @IsIn(KPI_NAMES, { message: kpiMessage })
  kpi!: KpiName;

  @ApiProperty({ description: `The target on the KPI's own scale. ${VALUE_DESCRIPTION}`, example: 95 })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'target must be a number' })
  target!: number;
}
