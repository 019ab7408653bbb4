import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, type HealthCheckResult, type HealthIndicatorResult } from '@nestjs/terminus';
import type pg from 'pg';
import type { EventStore } from '@trust/event-store';
import { countPendingDeadlines, readReactorCheckpoints } from '@trust/deadlines';
import { readCheckpoints, type ProjectionRunner } from '@trust/projection-runner';
import { EVENT_STORE, PG_POOL, PROJECTION_RUNNER } from '../infrastructure/tokens.js';
import { projectionLags, type ProjectionLag } from './projection-lag.js';

const CHECK_TIMEOUT_MS = 3000;

interface ProjectionHealth extends ProjectionLag {
  position: string;
  status: string;
  failedPosition: string | null;
  lastError: string | null;
  updatedAt: string;
}

/**
 * `/health`: the database answers (503 when it does not), the event store's head position, and each
 * projection's checkpoint, status and lag: `behind` in events (PostgreSQL only, whose positions are
 * dense) and `lagSeconds` for every store. A failed projection makes the answer `degraded`, still 200.
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
  @ApiOperation({ summary: 'Liveness and readiness: database, event store head, projection checkpoints, the deadline reactor and its pending deadlines' })
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
      () => this.reactors(),
    ]);
  }

  /** The deadline reactor: its checkpoint and lag, and the deadlines still to be checked (late ones: over an hour past their run time). */
  private async reactors(): Promise<HealthIndicatorResult<'reactors'>> {
    const session = this.indicators.check('reactors');
    try {
      const { reactors, lags, deadlines } = await withTimeout(
        (async () => {
          const read = await readReactorCheckpoints(this.pool);
          return { reactors: read, lags: await projectionLags(this.store, read.map((reactor) => reactor.position)), deadlines: await countPendingDeadlines(this.pool) };
        })(),
        CHECK_TIMEOUT_MS,
      );
      const entries = reactors.map((reactor, index) => [
        reactor.name,
        { position: reactor.position.toString(), ...(lags[index] ?? { behind: null, lagSeconds: null }), updatedAt: reactor.updatedAt.toISOString() },
      ]);
      const data = { reactors: Object.fromEntries(entries) as Record<string, unknown>, pendingDeadlines: deadlines.pending, lateDeadlines: deadlines.late };
      return deadlines.late > 0 ? session.degraded(data) : session.up(data);
    } catch (error: unknown) {
      return session.down({ message: error instanceof Error ? error.message : String(error) });
    }
  }

  private async projections(): Promise<HealthIndicatorResult<'projections'>> {
    const session = this.indicators.check('projections');
    try {
      const { checkpoints, lags } = await withTimeout(
        (async () => {
          const read = await readCheckpoints(this.pool);
          return { checkpoints: read, lags: await projectionLags(this.store, read.map((checkpoint) => checkpoint.position)) };
        })(),
        CHECK_TIMEOUT_MS,
      );
      const projections: Record<string, ProjectionHealth> = {};
      for (const [index, checkpoint] of checkpoints.entries()) {
        projections[checkpoint.name] = {
          position: checkpoint.position.toString(),
          status: checkpoint.status,
          ...(lags[index] ?? { behind: null, lagSeconds: null }),
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

function withTimeout<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
