import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EIF_GRADES, INSPECTION_FRAMEWORKS, OUTCOME_DIRECTIONS, RISK_LEVELS, SAFEGUARDING_OUTCOMES, SUPPORT_TIERS } from '@trust/domain';
import { POSITION_PATTERN } from '../common/http/position-pattern.js';

// OpenAPI documentation of what the tier routes answer: the recommendation (computed from the academy's
// stream) and the tier-history read model (projections/tier-history).

const POSITION = { description: 'Global position of the event this item of evidence came from: read it back with the audit trail.', example: '1042', pattern: POSITION_PATTERN };

export class OutcomeEvidenceDto {
  @ApiProperty({ example: '2023/24' }) academicYear!: string;
  @ApiProperty({ enum: OUTCOME_DIRECTIONS }) direction!: string;
  @ApiProperty(POSITION) position!: string;
}

export class InspectionEvidenceDto {
  @ApiProperty({ format: 'date' }) inspectedOn!: string;
  @ApiProperty({ enum: INSPECTION_FRAMEWORKS }) framework!: string;
  @ApiPropertyOptional({ enum: EIF_GRADES, description: 'eif-2019 only.' }) overallEffectiveness?: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' }, description: 'eif-2024 and report-card-2025: grade by area.' })
  grades?: Record<string, string>;
  @ApiPropertyOptional({ enum: SAFEGUARDING_OUTCOMES, description: 'report-card-2025 only.' }) safeguarding?: string;
  @ApiProperty(POSITION) position!: string;
}

export class AnnualReviewEvidenceDto {
  @ApiProperty({ example: '2023/24' }) academicYear!: string;
  @ApiProperty() capacityToImprove!: boolean;
  @ApiProperty() summary!: string;
  @ApiProperty(POSITION) position!: string;
}

export class RiskEvidenceDto {
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) owner!: string | null;
}

export class RiskAssessmentEvidenceDto {
  @ApiProperty({ format: 'date' }) assessedOn!: string;
  @ApiProperty({ enum: RISK_LEVELS }) level!: string;
  @ApiProperty({ type: [RiskEvidenceDto] }) risks!: RiskEvidenceDto[];
  @ApiProperty(POSITION) position!: string;
}

export class EvidenceSnapshotDto {
  @ApiProperty({ type: [OutcomeEvidenceDto], description: 'The outcomes of the latest year and the year before it, where recorded, latest first.' })
  outcomes!: OutcomeEvidenceDto[];
  @ApiProperty({ type: InspectionEvidenceDto, nullable: true, description: 'The latest inspection dated by the end of the year decided.' })
  inspection!: InspectionEvidenceDto | null;
  @ApiProperty({ type: AnnualReviewEvidenceDto, nullable: true, description: 'The latest annual review of a year up to the year decided.' })
  annualReview!: AnnualReviewEvidenceDto | null;
  @ApiProperty({ type: RiskAssessmentEvidenceDto, nullable: true, description: 'The latest risk assessment dated by the end of the year decided.' })
  riskAssessment!: RiskAssessmentEvidenceDto | null;
}

export class TierRecommendationDto {
  @ApiProperty({ example: '138201' }) academyId!: string;
  @ApiProperty({ example: '2024/25' }) academicYear!: string;
  @ApiProperty({ type: 'integer', enum: SUPPORT_TIERS, nullable: true, description: 'Null while evidence is missing and no Tier 3 descriptor is present.' })
  recommendedTier!: number | null;
  @ApiProperty({ type: [String], description: 'Sentences citing the evidence behind the recommendation.' }) reasons!: string[];
  @ApiProperty({ type: [String], description: 'Evidence the policy needs that is not yet recorded.', example: [] }) missing!: string[];
  @ApiProperty({ type: EvidenceSnapshotDto }) evidence!: EvidenceSnapshotDto;
  @ApiProperty({ description: "Global position of the academy stream's last event read: the recommendation is as known then.", example: '1042', pattern: POSITION_PATTERN })
  position!: string;
}

export class TierDecisionMakerDto {
  @ApiProperty({ description: "The token's `sub`.", example: 'dee.director' }) userId!: string;
  @ApiProperty({ example: 'Dee Director' }) name!: string;
  @ApiProperty({ description: 'The role the decision was made in.', example: 'improvement-director' }) role!: string;
}

export class TierHistoryEntryDto {
  @ApiProperty({ format: 'uuid' }) decisionId!: string;
  @ApiProperty({ example: '138201' }) academyId!: string;
  @ApiProperty({ example: '2024/25' }) academicYear!: string;
  @ApiProperty({ type: 'integer', enum: SUPPORT_TIERS }) tier!: number;
  @ApiProperty({ type: 'integer', enum: SUPPORT_TIERS, description: 'What the tier criteria recommended on the evidence at the time.' }) recommendedTier!: number;
  @ApiProperty({ description: 'The tier differs from the recommendation (then a rationale is given).' }) override!: boolean;
  @ApiProperty({ type: String, nullable: true }) rationale!: string | null;
  @ApiProperty({ type: TierDecisionMakerDto }) decidedBy!: TierDecisionMakerDto;
  @ApiProperty({ format: 'date', description: 'The day the decision was made: earlier than `recordedAt` for a decision recorded later.', example: '2024-09-12' })
  decidedOn!: string;
  @ApiProperty({ format: 'date-time', description: 'The instant the decision was recorded in the ledger.' }) recordedAt!: string;
  @ApiProperty({ format: 'date-time', deprecated: true, description: 'The same instant as `recordedAt` (the day the decision was made is `decidedOn`).' })
  decidedAt!: string;
  @ApiProperty({ type: EvidenceSnapshotDto, description: 'The evidence as known when the decision was made, with the positions of the events it came from; later evidence never changes it.' })
  evidence!: EvidenceSnapshotDto;
  @ApiProperty({ type: [String] }) reasons!: string[];
  @ApiProperty({ type: [String], description: 'Evidence missing when the decision was made (a Tier 3 descriptor decides alone).' }) missing!: string[];
  @ApiProperty({ type: String, nullable: true, description: 'The decision of the same year this one replaced.' }) supersedes!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The later decision of the same year that replaced this one; null while it is in force.' }) supersededBy!: string | null;
  @ApiProperty({ description: "Global position of the decision's event.", example: '1043', pattern: POSITION_PATTERN }) position!: string;
}
