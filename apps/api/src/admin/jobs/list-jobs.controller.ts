import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { JobQueue } from '@trust/jobs';
import { Allow } from '../../access/allow.decorator.js';
import { BadRequestBodyDto } from '../../common/http/error-bodies.js';
import { JOB_QUEUE } from '../../infrastructure/tokens.js';
import { RecentQueryDto, recentLimit } from '../recent-query.dto.js';
import { JobDto, jobAnswer } from './job.schema.js';

/** The background jobs an administrator watches: rebuilds, reports, imports and deadline checks. */
@ApiTags('admin')
@Controller('admin')
export class ListJobsController {
  constructor(@Inject(JOB_QUEUE) private readonly jobs: JobQueue) {}

  @Allow('jobs.read')
  @Get('jobs')
  @ApiOperation({
    summary: 'The latest background jobs of every kind, newest first, with their state and progress',
    description: 'Finished jobs are listed while the queue keeps them (the latest of each kind). A job\'s data is not shown.',
  })
  @ApiOkResponse({ type: [JobDto] })
  @ApiBadRequestResponse({ type: BadRequestBodyDto, description: '`limit` not a whole number from 1 to 100.' })
  async list(@Query() query: RecentQueryDto): Promise<JobDto[]> {
    return (await this.jobs.recent(recentLimit(query))).map(jobAnswer);
  }
}
