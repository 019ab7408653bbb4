import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { ACADEMIC_YEAR_PATTERN, MAX_LONG_TEXT_LENGTH, SUPPORT_TIERS, type SupportTier } from '@trust/domain';
import { maxLengthMessage, textMessage } from '../../common/http/field-messages.js';
import { IsAcademicYear } from '../../common/http/domain-rules.js';

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
}
