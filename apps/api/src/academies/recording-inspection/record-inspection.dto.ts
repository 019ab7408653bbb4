import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsObject, IsOptional } from 'class-validator';
import {
  EIF_2024_AREAS,
  EIF_GRADES,
  INSPECTION_FRAMEWORKS,
  OPTIONAL_INSPECTION_AREAS,
  REPORT_CARD_AREAS,
  REPORT_CARD_GRADES,
  SAFEGUARDING_OUTCOMES,
  type EifGrade,
  type InspectionFramework,
  type SafeguardingOutcome,
} from '@trust/domain';
import { oneOfMessage } from '../../common/http/field-messages.js';
import { IsIsoDate } from '../../common/http/domain-rules.js';

export class RecordInspectionDto {
  @ApiProperty({ description: 'The day of the inspection (not in the future).', format: 'date', example: '2024-11-06' })
  @IsIsoDate()
  inspectedOn!: string;

  @ApiProperty({
    enum: INSPECTION_FRAMEWORKS,
    description: 'The framework the inspection was made under: grades of different frameworks are not comparable, so each keeps its own fields.',
    example: 'eif-2024',
  })
  @IsIn(INSPECTION_FRAMEWORKS, { message: oneOfMessage('framework', INSPECTION_FRAMEWORKS) })
  framework!: InspectionFramework;

  @ApiPropertyOptional({ enum: EIF_GRADES, description: 'eif-2019 only (required there): the overall effectiveness grade.', example: 'good' })
  @IsOptional()
  @IsIn(EIF_GRADES, { message: oneOfMessage('overallEffectiveness', EIF_GRADES) })
  overallEffectiveness?: EifGrade;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string' },
    description:
      `eif-2024 and report-card-2025 only (required there): the grade of each area. ` +
      `eif-2024 areas ${EIF_2024_AREAS.join(', ')}, each ${EIF_GRADES.join(' / ')}; ` +
      `report-card-2025 areas ${REPORT_CARD_AREAS.join(', ')}, each ${REPORT_CARD_GRADES.join(' / ')}; ` +
      `both also ${OPTIONAL_INSPECTION_AREAS.join(' and ')} where the school has them.`,
    example: { 'quality-of-education': 'good', 'behaviour-and-attitudes': 'outstanding', 'personal-development': 'good', 'leadership-and-management': 'good' },
  })
  @IsOptional()
  @IsObject({ message: 'grades must be an object of grades by area' })
  grades?: Record<string, string>;

  @ApiPropertyOptional({ enum: SAFEGUARDING_OUTCOMES, description: 'report-card-2025 only (required there).', example: 'met' })
  @IsOptional()
  @IsIn(SAFEGUARDING_OUTCOMES, { message: oneOfMessage('safeguarding', SAFEGUARDING_OUTCOMES) })
  safeguarding?: SafeguardingOutcome;
}
