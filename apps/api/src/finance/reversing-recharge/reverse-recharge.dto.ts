import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { MAX_TEXT_LENGTH } from '@trust/domain';
import { maxLengthMessage, notEmptyMessage, textMessage } from '../../common/http/field-messages.js';

export class ReverseRechargeDto {
  @ApiProperty({ description: 'Why the recharge is reversed: it goes into the contra entries\' description.', example: 'Logged against the wrong academy', maxLength: MAX_TEXT_LENGTH })
  @IsString({ message: textMessage('reason') })
  @IsNotEmpty({ message: notEmptyMessage('reason') })
  @MaxLength(MAX_TEXT_LENGTH, { message: maxLengthMessage('reason', MAX_TEXT_LENGTH) })
  reason!: string;
}
