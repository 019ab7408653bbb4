import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { SUPPORT_TIERS, type SupportTier } from '@trust/domain';
import { IsAcademicYear } from '../../common/http/domain-rules.js';

const MAX_RATIONALE_LENGTH = 4000;

export class DecideTierDto {
  @ApiProperty({ description: 'The academic year the tier applies to: no later than the next one.', example: '2024/25', pattern: '^\\d{4}/\\d{2}$' })
  @IsAcademicYear()
  academicYear!: string;

  @ApiProperty({ type: Number, enum: SUPPORT_TIERS, example: 2 })
  @IsIn(SUPPORT_TIERS, { message: 'tier must be 1, 2 or 3' })
  tier!: SupportTier;

  @ApiPropertyOptional({
    type: String,
    description: 'Why: required when the tier differs from the recommendation (then the decision is an override); kept with the decision either way.',
    example: 'New headteacher from January; the trust will support the transition.',
    maxLength: MAX_RATIONALE_LENGTH,
    nullable: true,
  })
  @IsOptional()
  @IsString({ message: 'rationale must be a string' })
  @MaxLength(MAX_RATIONALE_LENGTH, { message: `rationale must be at most ${MAX_RATIONALE_LENGTH} characters` })
  rationale?: string | null;
}
