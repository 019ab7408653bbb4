import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNumber, IsString } from 'class-validator';
import { CORE_DAYS_PER_YEAR, MAX_DAYS_PER_ENTRY, MAX_PLANNED_REVIEWS, SUPPORT_KINDS } from '@trust/domain';
import { oneOfMessage, textMessage } from '../../common/http/field-messages.js';
import { PlanChangeDay } from '../plan-inputs.dto.js';

const WHOLE = (field: string, max: number): string => `${field} must be a whole number from 0 to ${max}`;

export class CommitPlanSupportDto {
  @ApiProperty({ description: 'The priority of the plan the support is for.', example: '2b5d0c1e-8f7a-4c3b-9e6d-1a2b3c4d5e6f' })
  @IsString({ message: textMessage('priorityId') })
  priorityId!: string;

  @ApiProperty({ enum: SUPPORT_KINDS, description: 'One of the "Trust Support" bullets seed 000 lists under Tiers 1 to 3 (another tier\'s kind is not refused).', example: 'sle-lead-practitioner' })
  @IsIn(SUPPORT_KINDS, { message: oneOfMessage('kind', SUPPORT_KINDS) })
  kind!: string;

  @ApiProperty({ type: 'integer', description: `Core days of the improvement director planned (not recharged), 0 to ${CORE_DAYS_PER_YEAR}.`, example: 1, minimum: 0, maximum: CORE_DAYS_PER_YEAR })
  @IsNumber({}, { message: WHOLE('coreDays', CORE_DAYS_PER_YEAR) })
  coreDays!: number;

  @ApiProperty({ type: 'integer', description: `Academy Development Days planned beyond the core days, recharged to the academy, 0 to ${MAX_DAYS_PER_ENTRY}.`, example: 4, minimum: 0, maximum: MAX_DAYS_PER_ENTRY })
  @IsNumber({}, { message: WHOLE('developmentDays', MAX_DAYS_PER_ENTRY) })
  developmentDays!: number;

  @ApiProperty({ type: 'integer', description: `Reviews the trust commissions, 0 to ${MAX_PLANNED_REVIEWS}. At least one of the three is more than 0.`, example: 1, minimum: 0, maximum: MAX_PLANNED_REVIEWS })
  @IsNumber({}, { message: WHOLE('reviews', MAX_PLANNED_REVIEWS) })
  reviews!: number;

  @PlanChangeDay('the support was committed', '2025-09-12')
  committedOn?: string | null;
}
