import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsString, ValidateNested } from 'class-validator';
import { MAX_TEXT_LENGTH } from '@trust/domain';
import { IsIsoDate } from '../../common/http/domain-rules.js';
import { textMessage } from '../../common/http/field-messages.js';
import { PlanChangeDay, PlanOwnerDto } from '../plan-inputs.dto.js';

export class AddPlanActionDto {
  @ApiProperty({ description: 'What is to be done.', example: 'Moderate Year 6 writing with the hub', maxLength: MAX_TEXT_LENGTH })
  @IsString({ message: textMessage('description') })
  description!: string;

  @ApiProperty({ type: PlanOwnerDto, description: 'Its one owner: a role, or a named member of staff.' })
  @IsObject({ message: 'owner must be { role } or { staffId, name }' })
  @ValidateNested()
  @Type(() => PlanOwnerDto)
  owner!: PlanOwnerDto;

  @ApiProperty({ format: 'date', description: 'The day it is due (any day of the ledger\'s window: some run on into the next year).', example: '2026-02-13' })
  @IsIsoDate()
  dueOn!: string;

  @PlanChangeDay('it was added', '2025-09-03')
  addedOn?: string | null;
}
