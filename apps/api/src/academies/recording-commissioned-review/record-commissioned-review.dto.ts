import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { ACADEMIC_YEAR_PATTERN, MAX_LONG_TEXT_LENGTH, TERMS, type Term } from '@trust/domain';
import { maxLengthMessage, notEmptyMessage, textMessage } from '../../common/http/field-messages.js';
import { termMessage } from '../kpi-fields.js';
import { IsAcademicYear, IsIsoDate } from '../../common/http/domain-rules.js';
import { CommitmentIdProperty } from '../../common/plans/commitment-id.dto.js';

export class RecordCommissionedReviewDto {
  @ApiProperty({ description: 'The academic year of the review (not a future one).', example: '2024/25', pattern: ACADEMIC_YEAR_PATTERN })
  @IsAcademicYear()
  academicYear!: string;

  @ApiProperty({ enum: TERMS, description: 'At most one review a term.', example: 'autumn' })
  @IsIn(TERMS, { message: termMessage })
  term!: Term;

  @ApiProperty({ description: 'The day the review was completed: within the academic year, not in the future.', format: 'date', example: '2024-11-20' })
  @IsIsoDate()
  completedOn!: string;

  @ApiProperty({ example: 'Curriculum sequencing in foundation subjects is now coherent.', maxLength: MAX_LONG_TEXT_LENGTH })
  @IsString({ message: textMessage('summary') })
  @IsNotEmpty({ message: notEmptyMessage('summary') })
  @MaxLength(MAX_LONG_TEXT_LENGTH, { message: maxLengthMessage('summary', MAX_LONG_TEXT_LENGTH) })
  summary!: string;

  @CommitmentIdProperty("the academy's")
  commitmentId?: string;
}
