import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type pg from 'pg';
import { listReports, type ReportSummary } from '@trust/reports';
import { Allow } from '../../access/allow.decorator.js';
import { BadRequestBodyDto } from '../../common/http/error-bodies.js';
import { PG_POOL } from '../../infrastructure/tokens.js';
import { RecentQueryDto, recentLimit } from '../recent-query.dto.js';
import { ReportSummaryDto } from './report.schema.js';

/** The reports built, for an administrator to download and verify again. */
@ApiTags('admin')
@Controller('admin')
export class ListReportsController {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  @Allow('reports.read')
  @Get('reports')
  @ApiOperation({
    summary: 'The latest reports built, newest first: each with the position it was built at and its content hash',
    description: 'Without their content: GET /admin/reports/:reportId answers it (JSON or CSV). Regenerating a report (POST /admin/reports with the same type, year, asOf and on) gives the same hash.',
  })
  @ApiOkResponse({ type: [ReportSummaryDto] })
  @ApiBadRequestResponse({ type: BadRequestBodyDto, description: '`limit` not a whole number from 1 to 100.' })
  async list(@Query() query: RecentQueryDto): Promise<ReportSummary[]> {
    return listReports(this.pool, recentLimit(query));
  }
}
