import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { MAX_LONG_TEXT_LENGTH } from '@trust/domain';
import { maxLengthMessage, notEmptyMessage, textMessage } from '../../common/http/field-messages.js';
import { IsIsoDate } from '../../common/http/domain-rules.js';

export class RecordSipVisitDto {
  @ApiProperty({ description: 'The day of the visit (not in the future); it counts towards that academic year.', format: 'date', example: '2024-10-15' })
  @IsIsoDate()
  visitedOn!: string;

  @ApiProperty({ description: "A summary of the partner's report to the local governing board and the standards committee.", example: 'Reading fluency secure in KS1.', maxLength: MAX_LONG_TEXT_LENGTH })
  @IsString({ message: textMessage('reportSummary') })
  @IsNotEmpty({ message: notEmptyMessage('reportSummary') })
  @MaxLength(MAX_LONG_TEXT_LENGTH, { message: maxLengthMessage('reportSummary', MAX_LONG_TEXT_LENGTH) })
  reportSummary!: string;
}
