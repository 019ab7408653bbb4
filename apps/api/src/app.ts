import type { JobQueueConfig } from '@trust/jobs';
import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import type pg from 'pg';
import type { EventStoreConfig } from '@trust/event-store';
import type { RetentionSchedule } from '@trust/domain';
import type { DestinationStream, LevelWithSilent } from 'pino';
import type { AuthConfig } from './access/auth-config.js';
import { defaultConsoleDir, serveConsole } from './console/console-static.js';
import { signInConnectSources, signInOptionsOf, type SignInOptions } from './console/sign-in-options.js';
import { AppModule } from './app.module.js';
import { ApiExceptionFilter } from './common/http/api-exception.filter.js';
import { createValidationPipe, readNoBodyAsEmpty, refuseHostileBody } from './common/http/validation.js';
import { DEFAULT_RATE_LIMIT_PER_MINUTE, JSON_BODY_LIMIT } from './hardening/hardening-config.js';
import { rateLimitMiddleware } from './hardening/rate-limit.js';
import { createOpenApiDocument } from './openapi/openapi-document.js';
import type { ApiSettings, Clock } from './infrastructure/tokens.js';

export interface CreateAppOptions {
  /** The database the app works on; owned by the caller, which ends it after `app.close()`. */
  pool: pg.Pool;
  /** Run the projections in this process (embedded database, RUN_PROJECTIONS=true, or tests). */
  runProjections: boolean;
  /** Connection string for the event store's LISTEN connection, so in-process projections wake on other processes' appends. */
  listenUrl?: string;
  /** The database is the embedded single-session PGlite, reached by this process alone. */
  singleSession?: boolean;
  logLevel?: LevelWithSilent;
  /** Where logs go (default stdout); tests capture them here. */
  logDestination?: DestinationStream;
  settings?: Partial<ApiSettings>;
  clock?: Clock;
  /** How long each category of personal data is kept (RETENTION_YEARS); default the documented schedule. */
  retention?: RetentionSchedule;
  /** Which event store to use: required, like `auth`, so no app silently falls back to a default (main.ts reads EVENT_STORE). */
  eventStore: EventStoreConfig;
  /** The master key of the personal data sealed in the events (loadMasterKey): required, like `auth`. */
  masterKey: Buffer;
  /** How bearer tokens are verified: required, so no app is ever made without deciding (authConfigFromEnv in main.ts). */
  auth: AuthConfig;
  /** Requests one client may make per minute (default 3000). */
  rateLimitPerMinute?: number;
  /** Background jobs: BullMQ (REDIS_URL) or in-process, and whether this process runs them (default: in-process, run here). */
  jobs?: { config: JobQueueConfig; runJobs: boolean };
  /** How the console signs people in (default: from `auth`, with the issuer's first audience as the console's client id). */
  signIn?: SignInOptions;
  /** The built console served at /app/ (default: dist/web of the repository). */
  consoleDir?: string;
  /** Express's `trust proxy`, so the rate limit counts clients rather than the proxy in front (default: off). */
  trustProxy?: false | number | string;
}

export const DEFAULT_API_SETTINGS: ApiSettings = {
  readModelWaitMs: 5_000,
  idempotencyWaitMs: 5_000,
  idempotencyLeaseMs: 60_000,
  readinessMaxLagSeconds: 60,
};

export const DOCS_PATH = 'docs';
export const HEALTH_PATH = 'health';

/**
 * The HTTP app, initialised (projections started when asked) but not listening: main.ts listens,
 * e2e tests hand `app.getHttpServer()` to supertest.
 */
export async function createApp(options: CreateAppOptions): Promise<INestApplication> {
  const signIn = options.signIn ?? signInOptionsOf(options.auth);
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.register({
      pool: options.pool,
      runProjections: options.runProjections,
      ...(options.listenUrl === undefined ? {} : { listenUrl: options.listenUrl }),
      ...(options.singleSession === undefined ? {} : { singleSession: options.singleSession }),
      settings: { ...DEFAULT_API_SETTINGS, ...options.settings },
      ...(options.clock === undefined ? {} : { clock: options.clock }),
      ...(options.retention === undefined ? {} : { retention: options.retention }),
      logLevel: options.logLevel ?? 'info',
      ...(options.logDestination === undefined ? {} : { logDestination: options.logDestination }),
      auth: options.auth,
      signIn,
      eventStore: options.eventStore,
      masterKey: options.masterKey,
      ...(options.jobs === undefined ? {} : { jobs: options.jobs }),
    }),
    // The JSON parser is added below with an explicit limit; no other body type is parsed at all.
    { bufferLogs: true, abortOnError: false, bodyParser: false },
  );
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? false);
  // First of all: a client over its limit is refused before its token is even checked.
  app.use(rateLimitMiddleware(options.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE));
  // Security headers: HSTS, nosniff, frame and referrer policies, and helmet's CSP (the Swagger page and
  // the console load only their own scripts; the console also calls the OpenID Connect issuer), less
  // upgrade-insecure-requests, which would break /docs over plain http on a developer's machine.
  app.use(
    helmet({
      contentSecurityPolicy: { directives: { upgradeInsecureRequests: null, connectSrc: ["'self'", ...signInConnectSources(signIn)] } },
    }),
  );
  serveConsole(app, options.consoleDir ?? defaultConsoleDir());
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT });
  app.use(readNoBodyAsEmpty);
  app.use(refuseHostileBody);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter());
  setUpOpenApi(app);
  await app.init();
  return app;
}

function setUpOpenApi(app: INestApplication): void {
  const document = createOpenApiDocument(app);
  // Both documents under /docs, so /health and /docs/* are the only paths answered without a token.
  SwaggerModule.setup(DOCS_PATH, app, document, { jsonDocumentUrl: `${DOCS_PATH}/openapi.json`, yamlDocumentUrl: `${DOCS_PATH}/openapi.yaml` });
}
