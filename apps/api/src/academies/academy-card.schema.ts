import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { ACADEMY_PHASES, EIF_GRADES, INSPECTION_FRAMEWORKS, KPI_NAMES, KPI_SOURCES, RISK_LEVELS, SAFEGUARDING_OUTCOMES, SUPPORT_TIERS, TERMS } from '@trust/domain';

// OpenAPI documentation of the academy-card read model (projections/academy-card) as the API answers it.

const RAGS = ['green', 'amber', 'red', 'grey'];

export class RagSummaryDto {
  @ApiProperty({ type: 'integer', example: 3 }) green!: number;
  @ApiProperty({ example: 1 }) amber!: number;
  @ApiProperty({ example: 0 }) red!: number;
  @ApiProperty({ example: 1 }) grey!: number;
}

export class AcademyListItemDto {
  @ApiProperty({ example: '138201' }) academyId!: string;
  @ApiProperty({ example: 'Oakfield Primary Academy' }) name!: string;
  @ApiProperty({ enum: ACADEMY_PHASES, example: 'primary' }) phase!: string;
  @ApiProperty({ example: 'North' }) hub!: string;
  @ApiProperty({ type: 'integer', nullable: true, enum: SUPPORT_TIERS, description: 'Current support tier: the latest decision for the most recent academic year decided (null until one is).' }) tier!: number | null;
  @ApiProperty({ type: RagSummaryDto, description: "RAG of each KPI in its latest term of the latest academic year with data." })
  ragSummary!: RagSummaryDto;
}

export class AcademyCardKpiDto {
  @ApiProperty({ enum: KPI_NAMES }) kpi!: string;
  @ApiProperty({ example: '2024/25' }) academicYear!: string;
  @ApiProperty({ enum: TERMS, nullable: true, type: String, description: 'Null on a target row with no figure yet.' }) term!: string | null;
  @ApiProperty({ type: Number, nullable: true, example: 94.6 }) value!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 95 }) target!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 94.1 }) nationalAverage!: number | null;
  @ApiProperty({
    enum: KPI_SOURCES,
    nullable: true,
    example: 'academy-data',
    description: 'Where the figure came from; `not-recorded` for a figure stored before sources were recorded; null on a target with no figure.',
  })
  source!: string | null;
  @ApiProperty({ enum: RAGS, example: 'amber' }) rag!: string;
  @ApiProperty({ description: 'The figure shown corrects the one first recorded.' }) corrected!: boolean;
}

export class AcademyCardSipDto {
  @ApiProperty() sipId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'date' }) approvedOn!: string;
}

/** Under eif-2024 and report-card-2025 there is no overall grade: the card does not invent one. */
export class UngradedOverallEffectivenessDto {
  @ApiProperty({ enum: ['eif-2024', 'report-card-2025'] }) framework!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Always null: the framework gives no overall effectiveness grade.' }) grade!: null;
  @ApiProperty({ description: 'Whether the tier policy reads the inspection as below Good (any sub-grade RI or inadequate under eif-2024; any area urgent improvement, needs attention in leadership, or safeguarding not met under report-card-2025).' })
  belowGood!: boolean;
  @ApiProperty({ description: 'That reading in words.', example: 'The latest inspection (education inspection framework 2024, 2024-11-06) graded behaviour and attitudes requires improvement: below Good.' })
  summary!: string;
}

export class LatestInspectionDto {
  @ApiProperty({ format: 'date', example: '2024-11-06' }) inspectedOn!: string;
  @ApiProperty({ enum: INSPECTION_FRAMEWORKS }) framework!: string;
  @ApiPropertyOptional({ enum: EIF_GRADES, description: 'eif-2019 only.' }) overallEffectiveness?: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' }, description: 'eif-2024 and report-card-2025: the grade of each area.' })
  grades?: Record<string, string>;
  @ApiPropertyOptional({ enum: SAFEGUARDING_OUTCOMES, description: 'report-card-2025 only.' }) safeguarding?: string;
}

export class AcademyCardAimDto {
  @ApiProperty() aimId!: string;
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty({ enum: ['one-day', 'one-and-a-half-day'] }) format!: string;
}

export class AcademyCardDto {
  @ApiProperty({ example: '138201' }) academyId!: string;
  @ApiProperty({ example: 'Oakfield Primary Academy' }) name!: string;
  @ApiProperty({ enum: ACADEMY_PHASES }) phase!: string;
  @ApiProperty({ example: 'North' }) hub!: string;
  @ApiProperty({ format: 'date', example: '2019-09-01' }) joinedOn!: string;
  @ApiProperty({ type: [String], example: ['117301'] }) predecessorUrns!: string[];
  @ApiProperty({ type: 'integer', nullable: true, enum: SUPPORT_TIERS, description: 'The current tier: the latest decision for the most recent academic year decided (null until one is).' })
  tier!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'The academic year that tier was decided for.', example: '2024/25' }) tierAcademicYear!: string | null;
  @ApiProperty({
    nullable: true,
    description:
      'Of the latest inspection (latest by date; of two on one day, the later recorded): the eif-2019 grade as given, or for eif-2024 and report-card-2025, which give no overall grade, how the tier policy reads the inspection. Null before any inspection.',
    oneOf: [{ type: 'string', enum: [...EIF_GRADES] }, { $ref: getSchemaPath(UngradedOverallEffectivenessDto) }],
  })
  overallEffectiveness!: string | UngradedOverallEffectivenessDto | null;
  @ApiProperty({ type: LatestInspectionDto, nullable: true, description: 'The latest inspection with the grades of its own framework.' }) latestInspection!: LatestInspectionDto | null;
  @ApiProperty({ type: String, nullable: true, enum: RISK_LEVELS, description: 'Of the latest risk assessment (latest by date; of two on one day, the later recorded).' }) riskLevel!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date', description: 'The day of that assessment.' }) riskAssessedOn!: string | null;
  @ApiProperty({ type: AcademyCardSipDto, nullable: true, description: 'The School Improvement Partner assigned now; null while none is.' }) sip!: AcademyCardSipDto | null;
  @ApiProperty({
    type: AcademyCardAimDto,
    nullable: true,
    description:
      'The first AIM scheduled and not yet held, by date. The card read with `on` is folded from the academy\'s own record, which holds no AIMs: there it is null (GET /academies/:id/aims?on= answers AIMs on a date).',
  })
  nextAim!: AcademyCardAimDto | null;
  @ApiProperty({ type: [AcademyCardAimDto], description: 'Every AIM scheduled and not yet held, by date; a rescheduled one moves, a held one leaves. Empty on the card read with `on`.' })
  upcomingAims!: AcademyCardAimDto[];
  @ApiProperty({ type: [AcademyCardKpiDto], description: 'By academic year, then term, then KPI.' }) kpis!: AcademyCardKpiDto[];
  @ApiProperty({ type: RagSummaryDto }) ragSummary!: RagSummaryDto;
}
