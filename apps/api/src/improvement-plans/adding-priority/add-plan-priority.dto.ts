import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, ValidateNested } from 'class-validator';
import { KPI_NAMES, MAX_LINE_LENGTH, MAX_LONG_TEXT_LENGTH, MAX_PLAN_OWNERS } from '@trust/domain';
import { listMessage, textMessage } from '../../common/http/field-messages.js';
import { CAUSING_AIM, PlanChangeDay, PlanKpiTargetDto, PlanOwnerDto } from '../plan-inputs.dto.js';

export class AddPlanPriorityDto {
  @ApiProperty({ description: 'One line; no two priorities of a plan share a title (in any case): AIMs and visits name a priority by it.', example: 'Raise attainment in Key Stage 2 writing', maxLength: MAX_LINE_LENGTH })
  @IsString({ message: textMessage('title') })
  title!: string;

  @ApiProperty({ description: 'The evidence the priority comes from (the audit and analyse cycle).', example: '58% of Year 6 met the expected standard in writing in 2025, against 72% nationally.', maxLength: MAX_LONG_TEXT_LENGTH })
  @IsString({ message: textMessage('evidence') })
  evidence!: string;

  @ApiProperty({ type: [PlanKpiTargetDto], description: `The KPIs of the academy card it targets, each once, with what success is: none to all ${KPI_NAMES.length}.` })
  @IsArray({ message: listMessage('targets', 'targets, each { kpi, successCriteria }') })
  @ArrayMaxSize(KPI_NAMES.length, { message: `targets must list at most ${KPI_NAMES.length} targets, one per KPI` })
  @ValidateNested({ each: true })
  @Type(() => PlanKpiTargetDto)
  targets!: PlanKpiTargetDto[];

  @ApiProperty({ type: [PlanOwnerDto], description: `Who owns it: 1 to ${MAX_PLAN_OWNERS} roles or named members of staff, none twice.` })
  @IsArray({ message: listMessage('owners', 'owners, each { role } or { staffId, name }') })
  @ArrayMaxSize(MAX_PLAN_OWNERS, { message: `owners must list at most ${MAX_PLAN_OWNERS} owners` })
  @ValidateNested({ each: true })
  @Type(() => PlanOwnerDto)
  owners!: PlanOwnerDto[];

  @ApiPropertyOptional(CAUSING_AIM)
  @IsOptional()
  @IsString({ message: textMessage('aimId') })
  aimId?: string | null;

  @PlanChangeDay('it was added', '2025-09-03')
  addedOn?: string | null;
}
