import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { MAX_LONG_TEXT_LENGTH, BASELINE_CAPACITIES, type BaselineCapacity } from '@trust/domain';
import { maxLengthMessage, notEmptyMessage, oneOfMessage, textMessage } from '../../common/http/field-messages.js';
import { IsIsoDate } from '../../common/http/domain-rules.js';

export class RecordBaselineDto {
  @ApiProperty({ description: 'The day of the due-diligence assessment (not in the future).', format: 'date', example: '2021-06-15' })
  @IsIsoDate()
  assessedOn!: string;

  @ApiProperty({ description: 'Performance against national benchmarks and trust KPIs, curriculum.', example: 'Reading below national; strong curriculum leadership.', maxLength: MAX_LONG_TEXT_LENGTH })
  @IsString({ message: textMessage('summary') })
  @IsNotEmpty({ message: notEmptyMessage('summary') })
  @MaxLength(MAX_LONG_TEXT_LENGTH, { message: maxLengthMessage('summary', MAX_LONG_TEXT_LENGTH) })
  summary!: string;

  @ApiProperty({ enum: BASELINE_CAPACITIES, description: 'Whether the school can give support to others, needs it, or neither.', example: 'taker' })
  @IsIn(BASELINE_CAPACITIES, { message: oneOfMessage('capacity', BASELINE_CAPACITIES) })
  capacity!: BaselineCapacity;
}
