import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { TERMS, type Term } from '@trust/domain';
import { dateMessage, ISO_DATE_PATTERN, maxLengthMessage, MAX_SUMMARY_LENGTH, notEmptyMessage, textMessage } from '../evidence-fields.js';
import { ACADEMIC_YEAR_PATTERN, academicYearMessage, termMessage } from '../kpi-fields.js';

export class RecordCommissionedReviewDto {
  @ApiProperty({ description: 'The academic year of the review (not a future one).', example: '2024/25', pattern: '^\\d{4}/\\d{2}$' })
  @IsString({ message: academicYearMessage })
  @Matches(ACADEMIC_YEAR_PATTERN, { message: academicYearMessage })
  academicYear!: string;

  @ApiProperty({ enum: TERMS, description: 'At most one review a term.', example: 'autumn' })
  @IsIn(TERMS, { message: termMessage })
  term!: Term;

  @ApiProperty({ description: 'The day the review was completed: within the academic year, not in the future.', format: 'date', example: '2024-11-20' })
  @IsString({ message: dateMessage('completedOn') })
  @Matches(ISO_DATE_PATTERN, { message: dateMessage('completedOn') })
  completedOn!: string;

  @ApiProperty({ example: 'Curriculum sequencing in foundation subjects is now coherent.', maxLength: MAX_SUMMARY_LENGTH })
  @IsString({ message: textMessage('summary') })
  @IsNotEmpty({ message: notEmptyMessage('summary') })
  @MaxLength(MAX_SUMMARY_LENGTH, { message: maxLengthMessage('summary', MAX_SUMMARY_LENGTH) })
  summary!: string;
}
