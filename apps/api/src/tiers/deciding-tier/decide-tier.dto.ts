import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { ACADEMIC_YEAR_PATTERN, MAX_LONG_TEXT_LENGTH, SUPPORT_TIERS, type SupportTier } from '@trust/domain';
import { maxLengthMessage, textMessage } from '../../common/http/field-messages.js';
import { IsAcademicYear, IsIsoDate } from '../../common/http/domain-rules.js';

export class DecideTierDto {
  @ApiProperty({ description: 'The academic year the tier applies to: no later than the next one.', example: '2024/25', pattern: ACADEMIC_YEAR_PATTERN })
  @IsAcademicYear()
  academicYear!: string;

  @ApiProperty({ type: Number, enum: SUPPORT_TIERS, example: 2 })
  @IsIn(SUPPORT_TIERS, { message: 'tier must be 1, 2 or 3' })
  tier!: SupportTier;

  @ApiPropertyOptional({
    type: String,
    description: 'Why: required when the tier differs from the recommendation (then the decision is an override); kept with the decision either way.',
    example: 'New headteacher from January; the trust will support the transition.',
    maxLength: MAX_LONG_TEXT_LENGTH,
    nullable: true,
  })
  @IsOptional()
  @IsString({ message: textMessage('rationale') })
  @MaxLength(MAX_LONG_TEXT_LENGTH, { message: maxLengthMessage('rationale', MAX_LONG_TEXT_LENGTH) })
  rationale?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    description:
      'The day the decision was made, when it is recorded later (a past year\'s decision brought into the ledger); today when absent. ' +
      'Not in the future (400). The decision is judged as on that day: it reads only the evidence in effect by then (an inspection or risk assessment ' +
      'dated on or before it, an outcome or annual review of a year begun by then), its academic year is no later than the one after that day\'s, ' +
      'and it is refused (422) when dated before the academy joined the trust or before the decision of the year it revises. ' +
      'It takes effect (the `on` axis) from the later of 1 September of its year and this day.',
    example: '2024-09-12',
    nullable: true,
  })
  @IsOptional()
  @IsIsoDate()
  decidedOn?: string | null;
}
