import { Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { isoDateOf, type RetentionSchedule } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { JobQueue } from '@trust/jobs';
import { requestRetention } from '@trust/personal-data';
import { Allow } from '../../access/allow.decorator.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CLOCK, JOB_QUEUE, RETENTION_SCHEDULE, type Clock } from '../../infrastructure/tokens.js';
import { retentionScheduleAnswer, RetentionRunDto, RetentionScheduleDto } from './retention.schema.js';

/** The retention schedule of personal data, and retention applied on request (it also runs daily). */
@ApiTags('admin')
@Controller('admin/retention')
export class RetentionController {
  constructor(
    @Inject(RETENTION_SCHEDULE) private readonly schedule: RetentionSchedule,
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Allow('personal-data.retention')
  @Get()
  @ApiOperation({
    operationId: 'getRetentionSchedule',
    summary: 'How long each category of personal data is kept, and the earliest academic year of each still kept today',
    description: 'Set by RETENTION_YEARS (docs/DATA-PROTECTION.md gives the defaults and their reasons). Retention runs daily and erases what has passed it.',
  })
  @ApiOkResponse({ type: RetentionScheduleDto })
  read(): RetentionScheduleDto {
    return retentionScheduleAnswer(this.schedule, isoDateOf(this.clock()));
  }

  @Allow('personal-data.retention')
  @Post('runs')
  @HttpCode(202)
  @ApiOperation({
    operationId: 'applyRetention',
    summary: 'Apply the retention schedule now, as a background job (it also runs daily)',
    description:
      'Every record whose retention ended before today is recorded in RetentionApplied (on the day\'s stream, `retention-<date>`) and its key destroyed, so its personal data reads ' +
      '`[erased]`; then every read model is rebuilt. The job\'s result says how many keys were checked and how many records were erased, by category. Safe to repeat.',
  })
  @ApiAcceptedResponse({ type: RetentionRunDto, description: 'Retention is queued: GET /admin/jobs/:jobId.' })
  async run(@CommandMetadata() metadata: EventMetadata): Promise<RetentionRunDto> {
    const { id } = await requestRetention(this.jobs, metadata.actor);
    return { jobId: id };
  }
}
