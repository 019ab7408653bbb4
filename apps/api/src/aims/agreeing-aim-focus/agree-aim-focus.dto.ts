import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { MAX_TEXT_LENGTH } from '@trust/domain';
import { maxLengthMessage, notEmptyMessage, textMessage } from '../../common/http/field-messages.js';

export class AgreeAimFocusDto {
  @ApiProperty({ description: 'The focus agreed with the headteacher, so they may plan the day.', example: 'Early reading in Key Stage 1', maxLength: MAX_TEXT_LENGTH })
  @IsString({ message: textMessage('focus') })
  @IsNotEmpty({ message: notEmptyMessage('focus') })
  @MaxLength(MAX_TEXT_LENGTH, { message: maxLengthMessage('focus', MAX_TEXT_LENGTH) })
  focus!: string;
}
