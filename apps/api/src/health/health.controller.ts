import { Controller, Get, Headers, HttpException, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { BEARER_SCHEME } from '../access/allow.decorator.js';
import { HealthCheck, HealthCheckService, HealthIndicatorService, type HealthCheckResult, type HealthIndicatorResult } from '@nestjs/terminus';
import type pg from 'pg';
import type { EventStore } from '@trust/event-store';
import { countPendingDeadlines, readReactorCheckpoints } from '@trust/deadlines';
import type { ProjectionRunner } from '@trust/projection-runner';
import { decideAccess } from '../access/access-policy.js';
import { TokenVerifier } from '../access/token-verifier.js';
import { API_SETTINGS, EVENT_STORE, PG_POOL, PROJECTION_RUNNER, type ApiSettings } from '../infrastructure/tokens.js';
import { publicHealthView } from './health-view.js';
import { HealthDto, ProjectionHealthDto, ReactorHealthDto } from './health.schema.js';
import { projectionLags } from './projection-lag.js';
import { projectionsStatus } from './projections-status.js';

const CHECK_TIMEOUT_MS = 3000;
// The answers are documented here (health.schema.ts) rather than by terminus, whose own documentation of them
// depends on whether it can require() @nestjs/swagger, so differs between node and jest.
const UNDOCUMENTED_BY_TERMINUS = { noCache: true, swaggerDocumentation: false };


const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*)$/i;

/**
 * Health, for monitors and orchestrators, answered without a token:
 * - `/health/live`: the process runs (never touches the database);
 * - `/health/ready`: it can serve: the database and event store answer, and no projection has failed or
 *   lags beyond `readinessMaxLagSeconds` (503 otherwise, so a load balancer stops sending it reads);
 * - `/health`: the overview: database, event store head, each projection's checkpoint, status and lag
 *   (`behind` in events where positions are dense, `lagSeconds` for every store), the deadline reactor.
 *   A failed projection makes it `degraded`, still 200; a database that does not answer, 503.
 * Without a token whose roles may read the projections, answers show states only: no error text,
 * positions, counts or lags.
 */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly verifier: TokenVerifier,
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner | null,
    @Inject(API_SETTINGS) private readonly settings: ApiSettings,
  ) {}

  @Get()
  @HealthCheck(UNDOCUMENTED_BY_TERMINUS)
  @ApiOperation({
    operationId: 'checkHealth',
    summary: 'Overview: database, event store head, projection checkpoints, the deadline reactor and its pending deadlines',
    description: 'No token needed. With one whose roles may read the projections, each check shows its details; without, its state only.',
  })
  @ApiBearerAuth(BEARER_SCHEME)
  @ApiExtraModels(ProjectionHealthDto, ReactorHealthDto)
  @ApiOkResponse({ type: HealthDto, description: 'Up: `ok`, or `degraded` while a projection has failed or deadlines are late.' })
  @ApiServiceUnavailableResponse({ type: HealthDto, description: 'A check is down (`error`), or the process is shutting down.' })
  async check(@Headers('authorization') authorization: string | undefined): Promise<HealthCheckResult> {
    return this.answer(authorization, [() => this.database(), () => this.eventStore(), () => this.projections('overview'), () => this.reactors()]);
  }

  @Get('live')
  @HealthCheck(UNDOCUMENTED_BY_TERMINUS)
  @ApiOperation({ operationId: 'checkLiveness', summary: 'Liveness: the process is running (touches no database)' })
  @ApiOkResponse({ type: HealthDto, description: '`ok`, with no checks.' })
  @ApiServiceUnavailableResponse({ type: HealthDto, description: 'The process is shutting down.' })
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck(UNDOCUMENTED_BY_TERMINUS)
  @ApiOperation({
    operationId: 'checkReadiness',
    summary: 'Readiness: 503 while the database or event store does not answer, or a projection has failed or lags beyond its bound',
    description: 'No token needed. With one whose roles may read the projections, each check shows its details; without, its state only.',
  })
  @ApiBearerAuth(BEARER_SCHEME)
  @ApiOkResponse({ type: HealthDto, description: 'Ready: the database and event store answer and every projection keeps up.' })
  @ApiServiceUnavailableResponse({ type: HealthDto, description: 'Not ready (`error`): the check that is down says why; or the process is shutting down.' })
  async ready(@Headers('authorization') authorization: string | undefined): Promise<HealthCheckResult> {
    return this.answer(authorization, [() => this.database(), () => this.eventStore(), () => this.projections('readiness')]);
  }

  /** Runs the checks; without a privileged token, answers (and a 503's body) show states only. */
  private async answer(authorization: string | undefined, checks: Parameters<HealthCheckService['check']>[0]): Promise<HealthCheckResult> {
    const privileged = await this.mayReadDetails(authorization);
    try {
      const result = await this.health.check(checks);
      return privileged ? result : publicHealthView(result);
    } catch (error: unknown) {
      if (privileged || !(error instanceof HttpException)) throw error;
      throw new HttpException(publicHealthView(error.getResponse() as HealthCheckResult), error.getStatus());
    }
  }

  private async mayReadDetails(authorization: string | undefined): Promise<boolean> {
    const token = authorization === undefined ? undefined : BEARER.exec(authorization.trim())?.[1];
    if (token === undefined) return false;
    try {
      return decideAccess('projections.read', await this.verifier.verify(token), undefined).allowed;
    } catch {
      return false;
    }
  }

  private async database(): Promise<HealthIndicatorResult<'database'>> {
    return await this.indicators
      .check('database')
      .attempt(async () => {
        await this.pool.query('SELECT 1');
      })
      .withTimeout(CHECK_TIMEOUT_MS);
  }

  private async eventStore(): Promise<HealthIndicatorResult<'eventStore'>> {
    return await this.indicators
      .check('eventStore')
      .attempt(async () => ({ headPosition: ((await this.store.headPosition()) ?? 0n).toString() }))
      .withTimeout(CHECK_TIMEOUT_MS);
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

  /**
   * Each projection's checkpoint, status and lag. For the overview a failed projection is `degraded`;
   * for readiness it is `down`, and so is one lagging beyond the bound.
   */
  private async projections(purpose: 'overview' | 'readiness'): Promise<HealthIndicatorResult<'projections'>> {
    const session = this.indicators.check('projections');
    try {
      const view = await withTimeout(projectionsStatus(this.pool, this.store, this.runner !== null), CHECK_TIMEOUT_MS);
      const projections = Object.fromEntries(view.projections.map(({ name, ...projection }) => [name, projection]));
      const data = { runInThisProcess: this.runner !== null, projections };
      const failed = view.projections.some((projection) => projection.status === 'failed');
      if (purpose === 'overview') return failed ? session.degraded(data) : session.up(data);
      const bound = this.settings.readinessMaxLagSeconds;
      const lagging = Object.entries(projections).filter(([, projection]) => projection.lagSeconds !== null && projection.lagSeconds > bound);
      if (failed || lagging.length > 0) {
        return session.down({
          ...data,
          message: [
            failed ? 'a projection has failed' : null,
            lagging.length > 0 ? `${lagging.map(([name]) => name).join(', ')} ${lagging.length === 1 ? 'lags' : 'lag'} more than ${bound} s behind the store` : null,
          ]
            .filter((part) => part !== null)
            .join('; '),
        });
      }
      return session.up(data);
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
