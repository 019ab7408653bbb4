import { ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { AcademyListItemDto } from '../../academies/academy-card.schema.js';
import { ComplianceDto } from '../../compliance/compliance.schema.js';
import { LedgerLineDto, ReconciliationDto } from '../../finance/finance.schema.js';
import { TierHistoryEntryDto } from '../../tiers/tier-schemas.js';
import { POSITION_PATTERN } from '../../common/http/position-pattern.js';

// OpenAPI documentation of the report routes: POST /admin/reports and GET /admin/reports/:reportId.

export class ReportAcceptedDto {
  @ApiProperty({ example: 'report-0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e', description: 'Follow it with GET /admin/reports/:reportId.' }) reportId!: string;
}

export class ReportPendingDto {
  @ApiProperty({ description: 'The report id.' }) id!: string;
  @ApiProperty({ enum: ['waiting', 'delayed', 'active', 'completed'], description: 'The state of the job building it.' }) state!: string;
}

class ReportSnapshotFields {
  @ApiProperty() id!: string;
  @ApiProperty({ type: String, nullable: true, example: '2024/25' }) academicYear!: string | null;
  @ApiProperty({ type: String, nullable: true, pattern: POSITION_PATTERN, description: 'The global position asked for (a timestamp asked for is stored as its position).' }) asOf!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) on!: string | null;
  @ApiProperty({ example: '1042', pattern: POSITION_PATTERN, description: 'The global position the report was built at.' }) position!: string;
  @ApiProperty({ pattern: '^[0-9a-f]{64}$', description: 'sha256 of the content as canonical JSON (keys sorted at every depth).' }) contentHash!: string;
}

export class ReportSummaryDto extends ReportSnapshotFields {
  @ApiProperty({ enum: ['academy-cards', 'tier-decisions', 'recharge-ledger', 'compliance'] }) type!: string;
  @ApiProperty({ format: 'date-time', description: 'When it was built.' }) createdAt!: string;
}

export class AcademyCardsReportDto extends ReportSnapshotFields {
  @ApiProperty({ enum: ['academy-cards'] }) type!: string;
  @ApiProperty({ type: [AcademyListItemDto], description: 'Every academy with its tier and RAG summary, by URN, as GET /academies answers them.' })
  content!: AcademyListItemDto[];
}

export class TierDecisionsReportDto extends ReportSnapshotFields {
  @ApiProperty({ enum: ['tier-decisions'] }) type!: string;
  @ApiProperty({ type: [TierHistoryEntryDto], description: 'The tier decisions, as GET /tier-decisions answers them.' }) content!: TierHistoryEntryDto[];
}

export class RechargeLedgerReportContentDto {
  @ApiProperty({ type: [LedgerLineDto] }) lines!: LedgerLineDto[];
  @ApiProperty({ type: ReconciliationDto }) reconciliation!: ReconciliationDto;
}

export class RechargeLedgerReportDto extends ReportSnapshotFields {
  @ApiProperty({ enum: ['recharge-ledger'] }) type!: string;
  @ApiProperty({ type: RechargeLedgerReportContentDto, description: "The year's ledger lines and its reconciliation." }) content!: RechargeLedgerReportContentDto;
}

export class ComplianceReportDto extends ReportSnapshotFields {
  @ApiProperty({ enum: ['compliance'] }) type!: string;
  @ApiProperty({ type: ComplianceDto }) content!: ComplianceDto;
}

export const REPORT_MODELS = [AcademyCardsReportDto, TierDecisionsReportDto, RechargeLedgerReportDto, ComplianceReportDto];

/** A stored report: which one, by its `type`. */
export const REPORT_SCHEMA = {
  oneOf: REPORT_MODELS.map((model) => ({ $ref: getSchemaPath(model) })),
  discriminator: {
    propertyName: 'type',
    mapping: {
      'academy-cards': getSchemaPath(AcademyCardsReportDto),
      'tier-decisions': getSchemaPath(TierDecisionsReportDto),
      'recharge-ledger': getSchemaPath(RechargeLedgerReportDto),
      compliance: getSchemaPath(ComplianceReportDto),
    },
  },
};
