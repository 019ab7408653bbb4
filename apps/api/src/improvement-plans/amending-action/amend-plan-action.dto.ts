import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { MAX_TEXT_LENGTH, PLAN_ACTION_STATUSES } from '@trust/domain';
import { IsIsoDate } from '../../common/http/domain-rules.js';
import { oneOfMessage, textMessage } from '../../common/http/field-messages.js';
import { PlanChangeDay, PlanOwnerDto } from '../plan-inputs.dto.js';

/** What is given replaces what stands, its progress among it; the rest stays. */
export class AmendPlanActionDto {
  @ApiPropertyOptional({ example: 'Moderate Year 5 and 6 writing with the hub', maxLength: MAX_TEXT_LENGTH })
  @IsOptional()
  @IsString({ message: textMessage('description') })
  description?: string;

  @ApiPropertyOptional({ type: PlanOwnerDto })
  @IsOptional()
  @IsObject({ message: 'owner must be { role } or { staffId, name }' })
  @ValidateNested()
  @Type(() => PlanOwnerDto)
  owner?: PlanOwnerDto;

  @ApiPropertyOptional({ format: 'date', example: '2026-03-13' })
  @IsOptional()
  @IsIsoDate()
  dueOn?: string;

  @ApiPropertyOptional({ enum: PLAN_ACTION_STATUSES, description: 'How far it has got: any status may follow any other (a dropped action may be taken up again).', example: 'in-progress' })
  @IsOptional()
  @IsIn(PLAN_ACTION_STATUSES, { message: oneOfMessage('status', PLAN_ACTION_STATUSES) })
  status?: string;

  @PlanChangeDay('it was amended (its progress reviewed, say)', '2025-12-12')
  amendedOn?: string | null;
}
