import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ACADEMY_PHASES, KPI_NAMES, TERMS } from '@trust/domain';

// OpenAPI documentation of the academy-card read model (projections/academy-card) as the API answers it.

const RAGS = ['green', 'amber', 'red', 'grey'];

export class RagSummaryDto {
  @ApiProperty({ example: 3 }) green!: number;
  @ApiProperty({ example: 1 }) amber!: number;
  @ApiProperty({ example: 0 }) red!: number;
  @ApiProperty({ example: 1 }) grey!: number;
}

export class AcademyListItemDto {
  @ApiProperty({ example: '138201' }) academyId!: string;
  @ApiProperty({ example: 'Oakfield Primary Academy' }) name!: string;
  @ApiProperty({ enum: ACADEMY_PHASES, example: 'primary' }) phase!: string;
  @ApiProperty({ example: 'North' }) hub!: string;
  @ApiProperty({ type: Number, nullable: true, enum: [1, 2, 3], description: 'Current support tier (null until decided).' }) tier!: number | null;
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
  @ApiProperty({ enum: RAGS, example: 'amber' }) rag!: string;
  @ApiProperty({ description: 'The figure shown corrects the one first recorded.' }) corrected!: boolean;
}

export class AcademyCardSipDto {
  @ApiProperty() sipId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'date' }) approvedOn!: string;
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
  @ApiProperty({ type: Number, nullable: true, enum: [1, 2, 3] }) tier!: number | null;
  @ApiProperty({ type: String, nullable: true, enum: ['outstanding', 'good', 'requires-improvement', 'inadequate'] }) overallEffectiveness!: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['low', 'medium', 'high'] }) riskLevel!: string | null;
  @ApiPropertyOptional({ type: AcademyCardSipDto, nullable: true }) sip!: AcademyCardSipDto | null;
  @ApiPropertyOptional({ type: AcademyCardAimDto, nullable: true }) nextAim!: AcademyCardAimDto | null;
  @ApiProperty({ type: [AcademyCardKpiDto], description: 'By academic year, then term, then KPI.' }) kpis!: AcademyCardKpiDto[];
  @ApiProperty({ type: RagSummaryDto }) ragSummary!: RagSummaryDto;
}
