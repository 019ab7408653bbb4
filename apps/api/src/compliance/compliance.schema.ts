import { ApiProperty } from '@nestjs/swagger';
import { KPI_NAMES, SUPPORT_KINDS, SUPPORT_TIERS } from '@trust/domain';
import { IMPROVEMENT_PLAN_STATUSES } from '@trust/projections';
import { SupportAmountsDto } from '../improvement-plans/improvement-plans.schema.js';

// OpenAPI documentation of GET /compliance (projections/compliance) as the API answers it.

export class RequiredAndHeldDto {
  @ApiProperty({ type: 'integer', nullable: true, description: 'What the tier requires in the year; null while no tier is decided.', example: 3 }) required!: number | null;
  @ApiProperty({ type: 'integer', description: 'Held in the year (with on, dated by then).', example: 2 }) held!: number;
}

export class ReviewsRequiredAndHeldDto extends RequiredAndHeldDto {
  @ApiProperty({ type: String, nullable: true, enum: ['annual', 'termly'], description: 'Termly for Tier 3; null while no tier is decided.' }) cadence!: string | null;
}

export class CoreDaysDto {
  @ApiProperty({ type: 'integer', description: 'Core improvement director days an academy is entitled to each year, not recharged.', example: 6 }) entitled!: number;
  @ApiProperty({ description: 'Core days used in the year (in half days): those logged plus the days of each AIM held (1, or 1.5 for a one-and-a-half-day AIM); with on, those dated by then.', example: 2.5 }) used!: number;
}

export class AimsDto {
  @ApiProperty({ type: 'integer', description: 'Academy Improvement Meetings expected each year (included in the core days).', example: 3 }) expected!: number;
  @ApiProperty({ type: 'integer', description: 'AIMs of the year held (with on, held by then); scheduled ones do not count until held.', example: 1 }) held!: number;
}

export class SupportLeadDto {
  @ApiProperty({ enum: ['Academy Led', 'Trust Led'] }) name!: string;
  @ApiProperty() description!: string;
}

export class SupportPackageDto {
  @ApiProperty({ type: SupportLeadDto }) lead!: SupportLeadDto;
  @ApiProperty({ type: [String], description: 'The trust support listed for the tier in the school improvement model.' }) trustSupport!: string[];
}

export class CommittedSupportEntryDto {
  @ApiProperty() commitmentId!: string;
  @ApiProperty({ description: 'The priority of the plan it is for.' }) priorityId!: string;
  @ApiProperty({ enum: SUPPORT_KINDS }) kind!: string;
  @ApiProperty({ type: SupportAmountsDto }) planned!: SupportAmountsDto;
  @ApiProperty({ type: SupportAmountsDto, description: 'The core days, recharged development days and reviews naming it (a reversed recharge does not count).' }) delivered!: SupportAmountsDto;
  @ApiProperty({ type: SupportAmountsDto, description: 'Planned and not (yet) delivered; never below 0.' }) undelivered!: SupportAmountsDto;
  @ApiProperty() deliveredInFull!: boolean;
}

export class CommittedSupportDto {
  @ApiProperty({ type: SupportAmountsDto, description: 'Every commitment of the plan for the year, added up.' }) planned!: SupportAmountsDto;
  @ApiProperty({ type: SupportAmountsDto }) delivered!: SupportAmountsDto;
  @ApiProperty({ type: SupportAmountsDto, description: 'Committed and not delivered, added up commitment by commitment (one delivered beyond its plan does not make up for another).' })
  undelivered!: SupportAmountsDto;
  @ApiProperty({ type: [CommittedSupportEntryDto], description: 'Each commitment, planned against delivered, in the order committed.' }) commitments!: CommittedSupportEntryDto[];
}

export class StrategyPriorityDto {
  @ApiProperty() priorityId!: string;
  @ApiProperty({ example: 'Raise attainment in Key Stage 2 writing' }) title!: string;
  @ApiProperty({ enum: KPI_NAMES, isArray: true, description: 'The KPIs of the academy card it targets.' }) kpis!: string[];
}

export class ImprovementStrategyDto {
  @ApiProperty({ enum: [...IMPROVEMENT_PLAN_STATUSES, 'none'], description: "Where the academy's improvement plan for the year stands; `none`: it has no plan (with on, none drafted by then)." }) plan!: string;
  @ApiProperty({ type: [StrategyPriorityDto], description: "The plan's priorities (as they stood, with on); empty with no plan." }) priorities!: StrategyPriorityDto[];
}

export class ComplianceEntryDto {
  @ApiProperty({ example: '138201' }) academyId!: string;
  @ApiProperty({ example: 'Oakfield Primary Academy' }) name!: string;
  @ApiProperty({ type: 'integer', nullable: true, enum: SUPPORT_TIERS, description: "The year's tier: its latest decision (a revision replaces the first); null while none is decided." })
  tier!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'The decision that tier comes from (see the tier history).' }) decisionId!: string | null;
  @ApiProperty({ type: RequiredAndHeldDto, description: 'School Improvement Partner visits dated in the year: at least 1 (Tier 1) or 3 (Tiers 2 and 3).' })
  sipVisits!: RequiredAndHeldDto;
  @ApiProperty({ type: ReviewsRequiredAndHeldDto, description: 'Trust-commissioned reviews of the year: 1 (Tiers 1 and 2) or 3, termly (Tier 3).' })
  reviews!: ReviewsRequiredAndHeldDto;
  @ApiProperty({ type: AimsDto }) aims!: AimsDto;
  @ApiProperty({ type: CoreDaysDto }) coreDays!: CoreDaysDto;
  @ApiProperty({ type: SupportPackageDto, nullable: true, description: 'The support package of the tier; null while none is decided.' }) supportPackage!: SupportPackageDto | null;
  @ApiProperty({
    type: ImprovementStrategyDto,
    nullable: true,
    description:
      'Tier 2 only (seed 000: "Time limited period to implement bespoke improvement strategy. KPIs identified through academy development plan"): ' +
      "the strategy is the academy's improvement plan for the year, its priorities and their KPIs, or `plan: none`. Null for Tiers 1 and 3 and while no tier is decided.",
  })
  improvementStrategy!: ImprovementStrategyDto | null;
  @ApiProperty({ type: CommittedSupportDto, description: "The support committed in the academy's improvement plan for the year, planned against delivered, and what was not delivered (with on, dated by then)." })
  committedSupport!: CommittedSupportDto;
}

export class ComplianceDto {
  @ApiProperty({ example: '2024/25' }) academicYear!: string;
  @ApiProperty({ type: [ComplianceEntryDto], description: 'Every academy that had joined the trust by the end of the year (with on, by then), by URN.' }) academies!: ComplianceEntryDto[];
}
