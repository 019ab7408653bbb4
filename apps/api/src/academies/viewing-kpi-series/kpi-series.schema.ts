import { ApiProperty } from '@nestjs/swagger';
import { KPI_NAMES, TERMS } from '@trust/domain';

// OpenAPI documentation of GET /academies/:id/kpi-series.

export class KpiPointDto {
  @ApiProperty({ example: '2024/25' }) academicYear!: string;
  @ApiProperty({ enum: TERMS }) term!: string;
  @ApiProperty({ example: 95.4 }) value!: number;
  @ApiProperty({ type: Number, nullable: true, description: "The year's target, null while none is set.", example: 96 }) target!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 94.5 }) nationalAverage!: number | null;
  @ApiProperty({ enum: ['green', 'amber', 'red', 'grey'] }) rag!: string;
  @ApiProperty({ description: 'The figure corrects the one first recorded.' }) corrected!: boolean;
}

export class KpiTargetDto {
  @ApiProperty({ example: '2024/25' }) academicYear!: string;
  @ApiProperty({ example: 96 }) target!: number;
}

export class KpiSeriesDto {
  @ApiProperty({ enum: KPI_NAMES }) kpi!: string;
  @ApiProperty({ type: [KpiPointDto], description: 'Every figure in time order: academic year, then autumn, spring, summer.' }) points!: KpiPointDto[];
  @ApiProperty({ type: [KpiTargetDto], description: 'The target of each year that has one, in time order.' }) targets!: KpiTargetDto[];
}

export class AcademyKpiSeriesDto {
  @ApiProperty({ example: '138201' }) academyId!: string;
  @ApiProperty({ example: 'Oakfield Primary Academy' }) name!: string;
  @ApiProperty({ type: [KpiSeriesDto], description: "One series per KPI, in the trust's order (progress, curriculum, teaching, attendance, transition)." }) series!: KpiSeriesDto[];
}
