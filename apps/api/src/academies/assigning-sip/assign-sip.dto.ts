import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { MAX_LABEL_LENGTH, MAX_NAME_LENGTH } from '@trust/domain';
import { maxLengthMessage, notEmptyMessage, textMessage } from '../../common/http/field-messages.js';
import { IsIsoDate } from '../../common/http/domain-rules.js';

export class AssignSipDto {
  @ApiProperty({ description: "The School Improvement Partner's user id.", example: 'sip-jane-doe', maxLength: MAX_LABEL_LENGTH })
  @IsString({ message: textMessage('sipId') })
  @IsNotEmpty({ message: notEmptyMessage('sipId') })
  @MaxLength(MAX_LABEL_LENGTH, { message: maxLengthMessage('sipId', MAX_LABEL_LENGTH) })
  sipId!: string;

  @ApiProperty({ example: 'Jane Doe', maxLength: MAX_NAME_LENGTH })
  @IsString({ message: textMessage('name') })
  @IsNotEmpty({ message: notEmptyMessage('name') })
  @MaxLength(MAX_NAME_LENGTH, { message: maxLengthMessage('name', MAX_NAME_LENGTH) })
  name!: string;

  @ApiProperty({ description: 'The day the Trust Board approved the partner (not in the future).', format: 'date', example: '2024-07-10' })
  @IsIsoDate()
  approvedOn!: string;
}
