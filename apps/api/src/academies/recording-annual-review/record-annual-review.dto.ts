import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { ACADEMIC_YEAR_PATTERN, MAX_LONG_TEXT_LENGTH } from '@trust/domain';
import { maxLengthMessage, notEmptyMessage, textMessage } from '../../common/http/field-messages.js';
import { IsAcademicYear } from '../../common/http/domain-rules.js';

export class RecordAnnualReviewDto {
  @ApiProperty({ description: 'The academic year reviewed (not a future one).', example: '2023/24', pattern: ACADEMIC_YEAR_PATTERN })
  @IsAcademicYear()
  academicYear!: string;

  @ApiProperty({ description: 'Whether the review found capacity to improve: none is a Tier 3 descriptor.', example: true })
  @IsBoolean({ message: 'capacityToImprove must be true or false' })
  capacityToImprove!: boolean;

  @ApiProperty({ example: 'Leaders know the school well and have secured improvement in reading.', maxLength: MAX_LONG_TEXT_LENGTH })
  @IsString({ message: textMessage('summary') })
  @IsNotEmpty({ message: notEmptyMessage('summary') })
  @MaxLength(MAX_LONG_TEXT_LENGTH, { message: maxLengthMessage('summary', MAX_LONG_TEXT_LENGTH) })
  summary!: string;
}
