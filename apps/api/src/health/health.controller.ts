import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, type HealthCheckResult, type HealthIndicatorResult } from '@nestjs/terminus';
import type pg from 'pg';
import type { EventStore } from '@trust/event-store';
import { readCheckpoints, type ProjectionRunner } from '@trust/projection-runner';
import { EVENT_STORE, PG_POOL, PROJECTION_RUNNER } from '../infrastructure/tokens.js';

const CHECK_TIMEOUT_MS = 3000;

interface ProjectionHealth {
  position: string;
  status: string;
  /** Events in the store this projection has not applied yet. */
  behind: string;
  failedPosition: string | null;
  lastError: string | null;
  updatedAt: string;
}

/**
 * `/health`: the database answers (503 when it does not), the event store's head position, and each
 * projection's checkpoint and status (a failed projection makes the answer `degraded`, still 200).
 */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner | null,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOperation({ summary: 'Liveness and readiness: database, event store head, projection checkpoints' })
  check(): Promise<HealthCheckResult> {
    return this.health.check([
      () =>
        this.indicators
          .check('database')
          .attempt(async () => {
            await this.pool.query('SELECT 1');
          })
          .withTimeout(CHECK_TIMEOUT_MS),
      () =>
        this.indicators
          .check('eventStore')
          .attempt(async () => ({ headPosition: ((await this.store.headPosition()) ?? 0n).toString() }))
          .withTimeout(CHECK_TIMEOUT_MS),
      () => this.projections(),
    ]);
  }

  private async projections(): Promise<HealthIndicatorResult<'projections'>> {
    const session = this.indicators.check('projections');
    try {
      const [head, checkpoints] = await Promise.all([this.store.headPosition(), readCheckpoints(this.pool)]);
      const headPosition = head ?? 0n;
      const projections: Record<string, ProjectionHealth> = {};
      for (const checkpoint of checkpoints) {
        projections[checkpoint.name] = {
          position: checkpoint.position.toString(),
          status: checkpoint.status,
          behind: (headPosition > checkpoint.position ? headPosition - checkpoint.position : 0n).toString(),
          failedPosition: checkpoint.failedPosition === null ? null : checkpoint.failedPosition.toString(),
          lastError: checkpoint.lastError,
          updatedAt: checkpoint.updatedAt.toISOString(),
        };
      }
      const data = { runInThisProcess: this.runner !== null, projections };
      return checkpoints.some((checkpoint) => checkpoint.status === 'failed') ? session.degraded(data) : session.up(data);
    } catch (error: unknown) {
      return session.down({ message: error instanceof Error ? error.message : String(error) });
    }
  }
}
