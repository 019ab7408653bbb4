import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { maxLengthMessage, MAX_SUMMARY_LENGTH, notEmptyMessage, textMessage } from '../evidence-fields.js';
import { IsAcademicYear } from '../../common/http/domain-rules.js';

export class RecordAnnualReviewDto {
  @ApiProperty({ description: 'The academic year reviewed (not a future one).', example: '2023/24', pattern: '^\\d{4}/\\d{2}$' })
  @IsAcademicYear()
  academicYear!: string;

  @ApiProperty({ description: 'Whether the review found capacity to improve: none is a Tier 3 descriptor.', example: true })
  @IsBoolean({ message: 'capacityToImprove must be true or false' })
  capacityToImprove!: boolean;

  @ApiProperty({ example: 'Leaders know the school well and have secured improvement in reading.', maxLength: MAX_SUMMARY_LENGTH })
  @IsString({ message: textMessage('summary') })
  @IsNotEmpty({ message: notEmptyMessage('summary') })
  @MaxLength(MAX_SUMMARY_LENGTH, { message: maxLengthMessage('summary', MAX_SUMMARY_LENGTH) })
  summary!: string;
}
