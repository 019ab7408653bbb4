import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { MAX_RECENT_JOBS } from '@trust/jobs';
import { IsWholeNumber } from '../common/queries/paging.js';

export const DEFAULT_RECENT_LIMIT = 20;

/** How many of the latest an administration list answers. */
export class RecentQueryDto {
  @ApiPropertyOptional({ description: `At most this many, newest first (1 to ${MAX_RECENT_JOBS}; default ${DEFAULT_RECENT_LIMIT}).`, example: '20', pattern: '^\\d+$' })
  @IsOptional()
  @IsWholeNumber(1, MAX_RECENT_JOBS)
  limit?: string;
}

export function recentLimit(query: RecentQueryDto): number {
  return query.limit === undefined ? DEFAULT_RECENT_LIMIT : Number(query.limit);
}
