import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsAcademicYear, IsIsoDate } from '../../common/http/domain-rules.js';
import { IsReportAsOf } from './report-as-of.js';
import { REPORT_TYPES, type ReportType } from '@trust/reports';

/** The body of POST /admin/reports: which report, and academicYear, asOf and on as the type allows. */
export class CreateReportDto {
  @ApiProperty({ enum: REPORT_TYPES, example: 'compliance' })
  @IsIn(REPORT_TYPES, { message: `type must be one of ${REPORT_TYPES.join(', ')}` })
  type!: ReportType;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Required for compliance and recharge-ledger; narrows tier-decisions.', example: '2024/25' })
  @IsOptional()
  @IsAcademicYear()
  academicYear?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'As recorded: a global position, or an ISO timestamp with a zone.', example: '2025-03-01T09:30:00Z' })
  @IsOptional()
  @IsReportAsOf()
  asOf?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date', description: 'As effective: the state on this date.', example: '2025-03-31' })
  @IsOptional()
  @IsIsoDate()
  on?: string | null;
}
