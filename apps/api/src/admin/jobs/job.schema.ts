import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { JobState, JobView } from '@trust/jobs';

/** A background job as the API answers it: GET /admin/jobs/:jobId, and each of GET /admin/jobs. */
export class JobDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'projection-rebuild' }) name!: string;
  @ApiProperty({ enum: ['waiting', 'delayed', 'active', 'completed', 'failed'] }) state!: JobState;
  @ApiProperty({ description: 'Percentage done (0–100), or an object the job reports.', oneOf: [{ type: 'number' }, { type: 'object', additionalProperties: true }] }) progress!: number | object;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'Once completed: what the job returned (a rebuild: `{ projection, position, events }`; a report: `{ reportId, position, contentHash }`; an import: `{ kind, fileName, sha256, total, stored, skipped, events }`, its progress `{ done, total, stored, skipped }`).',
  })
  result?: unknown;
  @ApiPropertyOptional({ description: 'Why it failed.' }) failedReason?: string;
  @ApiProperty({ format: 'date-time', description: 'When it was enqueued.' }) createdAt!: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'When its latest attempt began.' }) startedAt?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'When it completed or failed.' }) finishedAt?: string;
}

/** The job's answer: its data is not shown (an import's holds the whole file). */
export function jobAnswer(job: JobView): JobDto {
  return {
    id: job.id,
    name: job.name,
    state: job.state,
    progress: job.progress,
    ...(job.result === undefined ? {} : { result: job.result }),
    ...(job.failedReason === undefined ? {} : { failedReason: job.failedReason }),
    createdAt: job.createdAt.toISOString(),
    ...(job.startedAt === undefined ? {} : { startedAt: job.startedAt.toISOString() }),
    ...(job.finishedAt === undefined ? {} : { finishedAt: job.finishedAt.toISOString() }),
  };
}
