import { ApiProperty } from '@nestjs/swagger';
import { IMPROVEMENT_PLAN_STATUSES, DELIVERY_KINDS } from '@trust/projections';
import { KPI_NAMES, PLAN_ACTION_STATUSES, PLAN_OWNER_KINDS, PLAN_OWNER_ROLES, RAG_RATINGS, RATING_SOURCES, SUPPORT_KINDS, TERMS } from '@trust/domain';
import { POSITION_PATTERN } from '../common/http/position-pattern.js';

/** OpenAPI shapes of the improvement-plans read model (projections/improvement-plans), as GET /academies/:id/improvement-plans/:academicYear answers it. */

export class PlanOwnerViewDto {
  @ApiProperty({ enum: PLAN_OWNER_KINDS, description: '`role`: whoever holds the role; `staff`: a named member of staff.' }) kind!: string;
  @ApiProperty({ type: String, enum: PLAN_OWNER_ROLES, nullable: true, description: 'The role; null for a member of staff.' }) role!: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The ledger's id of the member of staff; null for a role.", example: 'st-41' }) staffId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Their name (`[erased]` once they are erased); null for a role.', example: 'Ann Head' }) name!: string | null;
}

export class PlanKpiTargetViewDto {
  @ApiProperty({ enum: KPI_NAMES }) kpi!: string;
  @ApiProperty({ example: '75% of pupils make at least expected progress in writing' }) successCriteria!: string;
}

export class PlanActorDto {
  @ApiProperty({ description: "The token's `sub`.", example: 'dee.director' }) userId!: string;
  @ApiProperty({ example: 'Dee Director' }) name!: string;
  @ApiProperty({ description: 'The role it was done in.', example: 'improvement-director' }) role!: string;
}

export class RatingSourceDto {
  @ApiProperty({ enum: RATING_SOURCES, description: "`direct`: on the plan; `aim`: at an AIM; `peer-visit`: the host's rating a week before a peer review visit." }) kind!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The AIM, for `aim`.' }) aimId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The visit, for `peer-visit`.' }) visitId!: string | null;
}

export class PlanRatingDto {
  @ApiProperty({ enum: RAG_RATINGS }) rating!: string;
  @ApiProperty({ format: 'date', description: "The day it was rated: an AIM's day, the day a visit's focus was set." }) ratedOn!: string;
  @ApiProperty({ type: PlanActorDto, nullable: true, description: "Who rated it on the plan; null for an AIM's rating recorded with the meeting and a visit host's with the focus." })
  ratedBy!: PlanActorDto | null;
  @ApiProperty({ type: String, nullable: true }) comment!: string | null;
  @ApiProperty({ type: RatingSourceDto }) source!: RatingSourceDto;
}

export class PriorityAmendmentDto {
  @ApiProperty({ format: 'date' }) amendedOn!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The AIM it was amended at (its cause); null when amended otherwise.' }) aimId!: string | null;
  @ApiProperty({ description: 'The title as the amendment left it.' }) title!: string;
  @ApiProperty() evidence!: string;
  @ApiProperty({ type: [PlanKpiTargetViewDto] }) targets!: PlanKpiTargetViewDto[];
  @ApiProperty({ type: [PlanOwnerViewDto] }) owners!: PlanOwnerViewDto[];
}

export class PlanActionViewDto {
  @ApiProperty() actionId!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: PlanOwnerViewDto }) owner!: PlanOwnerViewDto;
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiProperty({ enum: PLAN_ACTION_STATUSES }) status!: string;
  @ApiProperty({ format: 'date' }) addedOn!: string;
}

export class KpiTermFigureDto {
  @ApiProperty({ enum: TERMS }) term!: string;
  @ApiProperty({ type: Number, nullable: true, description: "The academy card's figure for the term (a correction in place of the first); null while none is recorded.", example: 68 }) value!: number | null;
  @ApiProperty({ type: String, enum: ['green', 'amber', 'red', 'grey'], nullable: true, description: "The card's RAG of the figure against the target; null while no figure is recorded." }) rag!: string | null;
  @ApiProperty({ description: 'The figure is a correction of the one first recorded.' }) corrected!: boolean;
}

export class KpiImpactDto {
  @ApiProperty({ enum: KPI_NAMES }) kpi!: string;
  @ApiProperty() successCriteria!: string;
  @ApiProperty({ type: Number, nullable: true, description: "The card's target for the KPI in the plan's year; null while none is set.", example: 70 }) target!: number | null;
  @ApiProperty({ type: [KpiTermFigureDto], description: "Autumn, spring and summer of the plan's year." }) terms!: KpiTermFigureDto[];
}

export class PlanPriorityViewDto {
  @ApiProperty() priorityId!: string;
  @ApiProperty({ example: 'Raise attainment in Key Stage 2 writing' }) title!: string;
  @ApiProperty() evidence!: string;
  @ApiProperty({ type: [PlanKpiTargetViewDto], description: 'The KPIs of the academy card it targets, with what success is.' }) targets!: PlanKpiTargetViewDto[];
  @ApiProperty({ type: [PlanOwnerViewDto] }) owners!: PlanOwnerViewDto[];
  @ApiProperty({ format: 'date' }) addedOn!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The AIM it was added at; null when added otherwise.' }) addedAtAimId!: string | null;
  @ApiProperty({ type: [PriorityAmendmentDto], description: 'Each amendment, in the order made, with the priority as it left it and its cause.' }) amendments!: PriorityAmendmentDto[];
  @ApiProperty({ type: [PlanRatingDto], description: 'Every rating, from the plan, AIMs and peer review visits\' hosts, by the day rated (then in the order recorded).' }) ragHistory!: PlanRatingDto[];
  @ApiProperty({ type: String, enum: RAG_RATINGS, nullable: true, description: 'The rating of the latest day rated; null while unrated.' }) currentRating!: string | null;
  @ApiProperty({ type: [PlanActionViewDto], description: 'In the order added.' }) actions!: PlanActionViewDto[];
  @ApiProperty({ type: [KpiImpactDto], description: "Each KPI it targets, term by term of the plan's year against its target, as the academy card holds them." }) impact!: KpiImpactDto[];
}

export class SupportAmountsDto {
  @ApiProperty({ description: 'Core improvement director days (halves allowed when delivered).', example: 1 }) coreDays!: number;
  @ApiProperty({ description: 'Academy Development Days, recharged.', example: 4 }) developmentDays!: number;
  @ApiProperty({ description: 'Trust-commissioned reviews.', example: 1 }) reviews!: number;
}

export class SupportDeliveryDto {
  @ApiProperty({ enum: DELIVERY_KINDS, description: '`core-days` logged, `development-days` recharged, a `review` completed.' }) kind!: string;
  @ApiProperty({ description: 'Days, or 1 for a review.', example: 1.5 }) amount!: number;
  @ApiProperty({ format: 'date' }) deliveredOn!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The recharge, for development days.' }) rechargeId!: string | null;
}

export class SupportCommitmentViewDto {
  @ApiProperty() commitmentId!: string;
  @ApiProperty({ description: 'The priority it is for.' }) priorityId!: string;
  @ApiProperty({ enum: SUPPORT_KINDS }) kind!: string;
  @ApiProperty({ type: PlanActorDto }) committedBy!: PlanActorDto;
  @ApiProperty({ format: 'date' }) committedOn!: string;
  @ApiProperty({ type: SupportAmountsDto }) planned!: SupportAmountsDto;
  @ApiProperty({ type: SupportAmountsDto, description: 'The core days, recharged development days and reviews naming it (a reversed recharge does not count).' }) delivered!: SupportAmountsDto;
  @ApiProperty({ type: SupportAmountsDto, description: 'Planned and not (yet) delivered; never below 0.' }) undelivered!: SupportAmountsDto;
  @ApiProperty() deliveredInFull!: boolean;
  @ApiProperty({ type: [SupportDeliveryDto] }) deliveries!: SupportDeliveryDto[];
}

export class PlanConfirmationDto {
  @ApiProperty({ format: 'date' }) confirmedOn!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The AIM that confirmed it; null when confirmed through governance.' }) aimId!: string | null;
}

export class ImprovementPlanViewDto {
  @ApiProperty({ example: '138201' }) academyId!: string;
  @ApiProperty({ example: '2025/26' }) academicYear!: string;
  @ApiProperty({ enum: IMPROVEMENT_PLAN_STATUSES, description: '`draft` until confirmed; `confirmed` (perhaps amended since); `closed` with its year.' }) status!: string;
  @ApiProperty({ format: 'date' }) draftedOn!: string;
  @ApiProperty({ type: [PlanConfirmationDto] }) confirmations!: PlanConfirmationDto[];
  @ApiProperty({ type: String, format: 'date', nullable: true }) closedOn!: string | null;
  @ApiProperty({ type: [PlanPriorityViewDto], description: 'In the order added.' }) priorities!: PlanPriorityViewDto[];
  @ApiProperty({ type: [SupportCommitmentViewDto], description: 'The support committed, in the order committed, with what delivered it.' }) commitments!: SupportCommitmentViewDto[];
  @ApiProperty({ description: 'Global position of the last event folded into what is shown.', example: '1042', pattern: POSITION_PATTERN }) position!: string;
}
