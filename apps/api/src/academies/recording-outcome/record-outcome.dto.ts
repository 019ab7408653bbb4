import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { ACADEMIC_YEAR_PATTERN, OUTCOME_DIRECTIONS, type OutcomeDirection } from '@trust/domain';
import { oneOfMessage } from '../../common/http/field-messages.js';
import { IsAcademicYear } from '../../common/http/domain-rules.js';

export class RecordOutcomeDto {
  @ApiProperty({ description: 'The academic year whose outcomes these are (not a future one).', example: '2023/24', pattern: ACADEMIC_YEAR_PATTERN })
  @IsAcademicYear()
  academicYear!: string;

  @ApiProperty({ enum: OUTCOME_DIRECTIONS, description: 'Whether the year\'s outcomes moved the right way.', example: 'positive' })
  @IsIn(OUTCOME_DIRECTIONS, { message: oneOfMessage('direction', OUTCOME_DIRECTIONS) })
  direction!: OutcomeDirection;
}
