import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { maxLengthMessage, MAX_SUMMARY_LENGTH, notEmptyMessage, textMessage } from '../evidence-fields.js';
import { IsIsoDate } from '../../common/http/domain-rules.js';

export class RecordSipVisitDto {
  @ApiProperty({ description: 'The day of the visit (not in the future); it counts towards that academic year.', format: 'date', example: '2024-10-15' })
  @IsIsoDate()
  visitedOn!: string;

  @ApiProperty({ description: "A summary of the partner's report to the local governing board and the standards committee.", example: 'Reading fluency secure in KS1.', maxLength: MAX_SUMMARY_LENGTH })
  @IsString({ message: textMessage('reportSummary') })
  @IsNotEmpty({ message: notEmptyMessage('reportSummary') })
  @MaxLength(MAX_SUMMARY_LENGTH, { message: maxLengthMessage('reportSummary', MAX_SUMMARY_LENGTH) })
  reportSummary!: string;
}
