import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { maxLengthMessage, notEmptyMessage, textMessage } from '../evidence-fields.js';
import { IsIsoDate } from '../../common/http/domain-rules.js';

export class AssignSipDto {
  @ApiProperty({ description: "The School Improvement Partner's user id.", example: 'sip-jane-doe', maxLength: 100 })
  @IsString({ message: textMessage('sipId') })
  @IsNotEmpty({ message: notEmptyMessage('sipId') })
  @MaxLength(100, { message: maxLengthMessage('sipId', 100) })
  sipId!: string;

  @ApiProperty({ example: 'Jane Doe', maxLength: 200 })
  @IsString({ message: textMessage('name') })
  @IsNotEmpty({ message: notEmptyMessage('name') })
  @MaxLength(200, { message: maxLengthMessage('name', 200) })
  name!: string;

  @ApiProperty({ description: 'The day the Trust Board approved the partner (not in the future).', format: 'date', example: '2024-07-10' })
  @IsIsoDate()
  approvedOn!: string;
}
