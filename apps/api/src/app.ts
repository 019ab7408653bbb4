import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import type pg from 'pg';
import type { LevelWithSilent } from 'pino';
import { AppModule } from './app.module.js';
import { ApiExceptionFilter } from './common/http/api-exception.filter.js';
import { createValidationPipe } from './common/http/validation.js';
import type { ApiSettings, Clock } from './infrastructure/tokens.js';

export interface CreateAppOptions {
  /** The database the app works on; owned by the caller, which ends it after `app.close()`. */
  pool: pg.Pool;
  /** Run the projections in this process (embedded database, RUN_PROJECTIONS=true, or tests). */
  runProjections: boolean;
  /** Connection string for the event store's LISTEN connection, so in-process projections wake on other processes' appends. */
  listenUrl?: string;
  logLevel?: LevelWithSilent;
  settings?: Partial<ApiSettings>;
  clock?: Clock;
}

export const DEFAULT_API_SETTINGS: ApiSettings = {
  readModelWaitMs: 5_000,
  idempotencyWaitMs: 5_000,
  idempotencyLeaseMs: 60_000,
};

export const DOCS_PATH = 'docs';
export const HEALTH_PATH = 'health';

/**
 * The HTTP app, initialised (projections started when asked) but not listening: main.ts listens,
 * e2e tests hand `app.getHttpServer()` to supertest.
 */
export async function createApp(options: CreateAppOptions): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.register({
      pool: options.pool,
      runProjections: options.runProjections,
      ...(options.listenUrl === undefined ? {} : { listenUrl: options.listenUrl }),
      settings: { ...DEFAULT_API_SETTINGS, ...options.settings },
      ...(options.clock === undefined ? {} : { clock: options.clock }),
      logLevel: options.logLevel ?? 'info',
    }),
    { bufferLogs: true, abortOnError: false },
  );
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter());
  setUpOpenApi(app);
  await app.init();
  return app;
}

function setUpOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Trust Improvement Ledger')
    .setDescription(
      [
        "An event-sourced record of a multi-academy trust's school-improvement model.",
        'Commands (POST) answer 201 `{ id, streamId, position, events }`; send `Idempotency-Key` to make a retry safe.',
        'Queries (GET) accept `minPosition` (a command answer\'s `position`) to read your own write.',
        'Errors: 400 names each bad field in `fields`; 404 unknown academy; 409 duplicate or concurrent change; 422 refused by a domain rule.',
      ].join('\n\n'),
    )
    .setVersion('0.1.0')
    .build();
  const document = SwaggerModule.createDocument(app, config);
  SwaggerModule.setup(DOCS_PATH, app, document, { jsonDocumentUrl: `${DOCS_PATH}/openapi.json` });
}
