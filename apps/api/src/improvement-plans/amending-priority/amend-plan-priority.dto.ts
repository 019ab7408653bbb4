import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, ValidateNested } from 'class-validator';
import { KPI_NAMES, MAX_LINE_LENGTH, MAX_LONG_TEXT_LENGTH, MAX_PLAN_OWNERS } from '@trust/domain';
import { listMessage, textMessage } from '../../common/http/field-messages.js';
import { CAUSING_AIM, PlanChangeDay, PlanKpiTargetDto, PlanOwnerDto } from '../plan-inputs.dto.js';

/** What is given replaces what stands; the rest stays. */
export class AmendPlanPriorityDto {
  @ApiPropertyOptional({ example: 'Raise attainment in writing across Key Stage 2', maxLength: MAX_LINE_LENGTH })
  @IsOptional()
  @IsString({ message: textMessage('title') })
  title?: string;

  @ApiPropertyOptional({ example: 'Writing at 61% in the autumn assessment.', maxLength: MAX_LONG_TEXT_LENGTH })
  @IsOptional()
  @IsString({ message: textMessage('evidence') })
  evidence?: string;

  @ApiPropertyOptional({ type: [PlanKpiTargetDto], description: 'Replaces the targets whole.' })
  @IsOptional()
  @IsArray({ message: listMessage('targets', 'targets, each { kpi, successCriteria }') })
  @ArrayMaxSize(KPI_NAMES.length, { message: `targets must list at most ${KPI_NAMES.length} targets, one per KPI` })
  @ValidateNested({ each: true })
  @Type(() => PlanKpiTargetDto)
  targets?: PlanKpiTargetDto[];

  @ApiPropertyOptional({ type: [PlanOwnerDto], description: 'Replaces the owners whole.' })
  @IsOptional()
  @IsArray({ message: listMessage('owners', 'owners, each { role } or { staffId, name }') })
  @ArrayMaxSize(MAX_PLAN_OWNERS, { message: `owners must list at most ${MAX_PLAN_OWNERS} owners` })
  @ValidateNested({ each: true })
  @Type(() => PlanOwnerDto)
  owners?: PlanOwnerDto[];

  @ApiPropertyOptional(CAUSING_AIM)
  @IsOptional()
  @IsString({ message: textMessage('aimId') })
  aimId?: string | null;

  @PlanChangeDay('it was amended (at an AIM, the meeting\'s day)', '2026-03-10')
  amendedOn?: string | null;
}
