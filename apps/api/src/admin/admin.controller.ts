import { randomUUID } from 'node:crypto';
import { Body, ConflictException, Controller, Get, Headers, HttpCode, Inject, NotFoundException, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiExtraModels,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import type pg from 'pg';
import type { EventStore } from '@trust/event-store';
import type { JobQueue } from '@trust/jobs';
import { REBUILD_JOB, rebuildJobId, type ProjectionRunner, type RebuildJobData } from '@trust/projection-runner';
import { allProjections } from '@trust/projections';
import { Allow } from '../access/allow.decorator.js';
import { badRequest } from '../common/http/bad-request.js';
import { BadRequestBodyDto, ErrorBodyDto } from '../common/http/error-bodies.js';
import { projectionsStatus } from '../health/projections-status.js';
import { EVENT_STORE, JOB_QUEUE, PG_POOL, PROJECTION_RUNNER } from '../infrastructure/tokens.js';
import { JobDto, jobAnswer } from './jobs/job.schema.js';
import { CSV_MEDIA_TYPE, prefersCsv, sendCsv } from '../common/csv/csv.js';
import { CreateReportDto } from './reports/create-report.dto.js';
import { reportAsOfPosition } from './reports/report-as-of.js';
import { REPORT_CSV_COLUMNS, reportCsv, reportCsvFileName } from './reports/report-csv.js';
import { REPORT_MODELS, REPORT_SCHEMA, ReportAcceptedDto, ReportPendingDto } from './reports/report.schema.js';
import { findReport, REPORT_JOB, reportRequestProblem, type ReportRequest, type StoredReport } from '@trust/reports';

class EnqueuedJobDto {
  @ApiProperty({ example: 'rebuild-academy-card-0b1c…', description: 'Follow it with GET /admin/jobs/:jobId.' }) jobId!: string;
}

class ProjectionStatusDto {
  @ApiProperty({ example: 'academy-card' }) name!: string;
  @ApiProperty({ example: '1042', description: 'Global position of the last event applied (0: none).' }) position!: string;
  @ApiProperty({ enum: ['running', 'failed', 'stopped'] }) status!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Events not yet applied (PostgreSQL store only, whose positions are dense).' }) behind!: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Seconds between the last event applied and the head event.' }) lagSeconds!: number | null;
  @ApiProperty({ nullable: true, type: String, description: 'The event the projection failed on, while failed.' }) failedPosition!: string | null;
  @ApiProperty({ nullable: true, type: String }) lastError!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) updatedAt!: string | null;
}

class ProjectionsDto {
  @ApiProperty({ example: '1042' }) headPosition!: string;
  @ApiProperty({ description: 'Whether the projections run in this process (else in the worker).' }) runInThisProcess!: boolean;
  @ApiProperty({ type: [ProjectionStatusDto] }) projections!: ProjectionStatusDto[];
}

@ApiTags('admin')
@Controller('admin')
export class AdminController {
  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner | null,
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
  ) {}

  @Allow('projections.read')
  @Get('projections')
  @ApiOperation({ operationId: 'listProjections', summary: "Each read model's checkpoint, state, lag, and the event and error it failed on" })
  @ApiOkResponse({ type: ProjectionsDto, description: 'The store head and every read model.' })
  async projections(): Promise<ProjectionsDto> {
    return projectionsStatus(this.pool, this.store, this.runner !== null);
  }

  @Allow('projections.rebuild')
  @Post('projections/:name/rebuild')
  @HttpCode(202)
  @ApiOperation({
    operationId: 'rebuildProjection',
    summary: 'Rebuild a read model from the whole history, as a background job',
    description:
      'Replays every event into shadow tables while the live ones keep serving reads and following the store, catches up, then swaps them in atomically. ' +
      'A rebuild that fails leaves the live tables untouched. Only one rebuild of a projection runs at a time: a second fails at once.',
  })
  @ApiParam({ name: 'name', example: 'academy-card', description: "The projection's name, as GET /admin/projections lists them." })
  @ApiAcceptedResponse({ type: EnqueuedJobDto, description: 'The rebuild is queued: GET /admin/jobs/:jobId.' })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'No projection of that name.' })
  async rebuild(@Param('name') name: string): Promise<EnqueuedJobDto> {
    knownProjection(name);
    const { id } = await this.jobs.enqueue<RebuildJobData>(REBUILD_JOB, { projection: name }, { jobId: rebuildJobId(name) });
    return { jobId: id };
  }

  @Allow('projections.retry')
  @Post('projections/:name/retry')
  @HttpCode(200)
  @ApiOperation({ operationId: 'retryProjection', summary: 'Resume a failed read model from the event it failed on (after a fix)' })
  @ApiParam({ name: 'name', example: 'academy-card', description: "The projection's name, as GET /admin/projections lists them." })
  @ApiOkResponse({ type: ProjectionStatusDto, description: 'The projection, running again.' })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'No projection of that name.' })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'The projections run in the worker: restart it to retry.' })
  async retry(@Param('name') name: string): Promise<ProjectionStatusDto> {
    knownProjection(name);
    if (this.runner === null) {
      throw new ConflictException('The projections run in the worker, not in this process: restart the worker to retry (it resumes from the checkpoint)');
    }
    await this.runner.retry(name);
    const status = (await projectionsStatus(this.pool, this.store, true)).projections.find((projection) => projection.name === name);
    if (status === undefined) throw new NotFoundException(`No projection ${name}`);
    return status;
  }

  @Allow('reports.create')
  @Post('reports')
  @HttpCode(202)
  @ApiOperation({
    operationId: 'createReport',
    summary: 'Build a report snapshot as a background job',
    description:
      'Body `{ type: "academy-cards"|"tier-decisions"|"recharge-ledger"|"compliance", academicYear?, asOf?, on? }`. ' +
      'academicYear is required for compliance and recharge-ledger. asOf (as recorded: a global position, or an ISO timestamp with a zone, read as the last event recorded by then) is accepted by every type; ' +
      'on (as effective, YYYY-MM-DD) by every type too: a report on a date as of a position is the state on that date by what was known then. ' +
      'The stored report carries the position it was built at and the sha256 of its canonical JSON.',
  })
  @ApiAcceptedResponse({ type: ReportAcceptedDto, description: 'The report is being built: GET /admin/reports/:reportId.' })
  @ApiBadRequestResponse({ type: BadRequestBodyDto, description: 'type is not a report type, a field is of the wrong form, or the type needs academicYear.' })
  async createReport(@Body() body: CreateReportDto): Promise<{ reportId: string }> {
    const parsed: ReportRequest = { type: body.type, academicYear: body.academicYear ?? null, asOf: body.asOf ?? null, on: body.on ?? null };
    const problem = reportRequestProblem(parsed);
    if (problem !== null) throw badRequest({ field: 'academicYear', message: problem });
    const request: ReportRequest = { ...parsed, asOf: await reportAsOfPosition(parsed.asOf, this.store) };
    const { id } = await this.jobs.enqueue<ReportRequest>(REPORT_JOB, request, { jobId: `report-${randomUUID()}` });
    return { reportId: id };
  }

  @Allow('reports.read')
  @Get('reports/:reportId')
  @ApiOperation({
    operationId: 'viewReport',
    summary: 'A report snapshot: its position, content hash and content (JSON, or CSV with Accept: text/csv)',
    description:
      'JSON by default. With `Accept: text/csv` (preferred to JSON), the report as a spreadsheet download named `<type>[-<year>][-on-<date>]-as-of-<position>.csv` ' +
      '(`tier-decisions-2024-25-as-of-1042.csv`): UTF-8 with a byte order mark, CRLF, a header row, every cell quoted, text that could run as a formula prefixed with a single quote, ' +
      'nested data in named columns and lists joined with `; ` (never JSON). `X-Report-Position` and `X-Content-Hash` give the position and the hash of the JSON content. Columns, by type (see docs/EXPORTS.md): ' +
      Object.entries(REPORT_CSV_COLUMNS)
        .map(([type, columns]) => `**${type}**: ${columns.map((column) => column.name).join(', ')}`)
        .join('; ') +
      '. The recharge ledger CSV holds its lines; its reconciliation is in the JSON.',
  })
  @ApiParam({ name: 'reportId', description: 'The id POST /admin/reports answered.' })
  @ApiExtraModels(...REPORT_MODELS)
  @ApiOkResponse({
    description: 'The report, built.',
    headers: {
      Vary: { description: 'Accept: the same URL answers JSON or CSV.', schema: { type: 'string' } },
      'X-Report-Position': { description: 'With text/csv: the global position the report was built at.', schema: { type: 'string' } },
      'X-Content-Hash': { description: 'With text/csv: sha256 of the JSON content (canonical, keys sorted).', schema: { type: 'string' } },
      'Content-Disposition': { description: 'With text/csv: `attachment` with the file name.', schema: { type: 'string' } },
    },
    content: { 'application/json': { schema: REPORT_SCHEMA }, [CSV_MEDIA_TYPE]: { schema: { type: 'string' } } },
  })
  @ApiAcceptedResponse({ type: ReportPendingDto, description: 'Not built yet: ask again.' })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'No report of that id.' })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'Building the report failed (the message says why): request it again.' })
  async report(@Param('reportId') reportId: string, @Headers('accept') accept: string | undefined, @Res({ passthrough: true }) response: Response): Promise<StoredReport | string | { id: string; state: string; failedReason?: string }> {
    const report = await findReport(this.pool, reportId);
    if (report === null) {
      const job = await this.jobs.get(reportId);
      if (job === null || job.name !== REPORT_JOB) throw new NotFoundException(`No report ${reportId}`);
      if (job.state === 'failed') throw new ConflictException(`Report ${reportId} failed: ${job.failedReason ?? 'no reason given'}`);
      response.status(202);
      return { id: reportId, state: job.state };
    }
    // The same URL answers JSON or CSV: caches must key on Accept.
    response.setHeader('Vary', 'Accept');
    if (!prefersCsv(accept)) return report;
    response.setHeader('X-Report-Position', report.position);
    response.setHeader('X-Content-Hash', report.contentHash);
    return sendCsv(response, reportCsvFileName(report), reportCsv(report));
  }

  @Allow('jobs.read')
  @Get('jobs/:jobId')
  @ApiOperation({ operationId: 'viewJob', summary: 'A background job: its state, progress, and result or failure' })
  @ApiParam({ name: 'jobId', description: 'The id a rebuild (or report) answered.' })
  @ApiOkResponse({ type: JobDto, description: 'The job as it stands.' })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'No job of that id (or it is no longer kept).' })
  async job(@Param('jobId') jobId: string): Promise<JobDto> {
    const job = await this.jobs.get(jobId);
    if (job === null) throw new NotFoundException(`No job ${jobId}`);
    return jobAnswer(job);
  }
}

function knownProjection(name: string): void {
  const known = allProjections().map((projection) => projection.name);
  if (!known.includes(name)) throw new NotFoundException(`No projection ${name}: the projections are ${known.join(', ')}`);
}
