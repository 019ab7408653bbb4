import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsInstant, IsIsoDate } from '../http/domain-rules.js';
import { ReadModelQuery } from './read-model-query.js';

/**
 * When a query reads, on both time axes (docs/ARCHITECTURE.md, "Time travel"): `position` as recorded (null:
 * live), `on` as effective (null: every date). Shared with the read models' queries.
 */
export { LIVE, type ReadAt } from '@trust/projection-runner';

/** Query parameters of every read-model query that answers on both time axes: `asOf`, `on` and `minPosition`. */
export class ReadAtQuery extends ReadModelQuery {
  @ApiPropertyOptional({
    description:
      'As recorded: the answer as the system knew it at this instant (what the live endpoint answered then), even after later corrections. A future instant reads live.',
    example: '2025-03-01T09:30:00Z',
  })
  @IsOptional()
  @IsInstant()
  asOf?: string;

  @ApiPropertyOptional({
    description: 'As effective: the state on this date by everything known now (or at asOf, when both are given).',
    example: '2025-03-31',
    pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  })
  @IsOptional()
  @IsIsoDate()
  on?: string;
}
