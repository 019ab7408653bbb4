import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { MAX_TEXT_LENGTH } from '@trust/domain';
import { maxLengthMessage, notEmptyMessage, textMessage } from '../../common/http/field-messages.js';
import { IsIsoDate } from '../../common/http/domain-rules.js';

export class RescheduleAimDto {
  @ApiProperty({ description: 'The new day: a school day, today or later. The documents fall due a week before it.', format: 'date', example: '2025-04-02' })
  @IsIsoDate()
  date!: string;

  @ApiProperty({ example: 'Ofsted inspection that week', maxLength: MAX_TEXT_LENGTH })
  @IsString({ message: textMessage('reason') })
  @IsNotEmpty({ message: notEmptyMessage('reason') })
  @MaxLength(MAX_TEXT_LENGTH, { message: maxLengthMessage('reason', MAX_TEXT_LENGTH) })
  reason!: string;
}
