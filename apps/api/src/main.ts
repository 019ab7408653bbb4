import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { createPool, migrate, startEmbeddedPostgres, type EmbeddedPostgres } from '@trust/database';
import { describeEventStore } from '@trust/event-store';
import { describeJobQueue, jobQueueConfigFromEnv } from '@trust/jobs';
import { authConfigFromEnv, tokenHint } from './access/auth-config.js';
import { createApp, DOCS_PATH, HEALTH_PATH } from './app.js';
import { apiConfigFromEnv } from './config/api-config.js';
import { hardeningConfigFromEnv } from './hardening/hardening-config.js';

const FORCED_EXIT_AFTER_MS = 15_000;

async function main(): Promise<void> {
  const config = apiConfigFromEnv();
  // Before anything starts: refuses NODE_ENV=production with the development secret.
  const security = { auth: authConfigFromEnv(), ...hardeningConfigFromEnv() };
  // REDIS_URL set: jobs go to BullMQ and the worker runs them; unset: they run in this process.
  const jobQueue = jobQueueConfigFromEnv();
  const jobs = { config: jobQueue, runJobs: jobQueue.redisUrl === undefined };

  // Embedded: PGlite is one session, so migrations run on their own connection before the
  // one-connection pool opens (DESIGN.md).
  let embedded: EmbeddedPostgres | null = null;
  let url: string;
  if (config.database.kind === 'embedded') {
    embedded = await startEmbeddedPostgres({ dataDir: config.database.dataDir });
    url = embedded.url;
  } else {
    url = config.database.url;
  }

  try {
    await migrate({ url });
  } catch (error: unknown) {
    await embedded?.stop();
    throw error;
  }
  const pool = createPool({ url, max: embedded === null ? 10 : 1, applicationName: 'trust-improvement-ledger-api' });

  let app: INestApplication | undefined;
  try {
    app = await createApp({
      pool,
      runProjections: config.runProjections,
      ...(embedded === null && config.runProjections ? { listenUrl: url } : {}),
      logLevel: config.logLevel,
      eventStore: config.eventStore,
      jobs,
      ...security,
    });
    await app.listen(config.port, config.host);
  } catch (error: unknown) {
    await app?.close().catch(() => undefined);
    await pool.end().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    throw error;
  }
  const started = app;

  const base = (await started.getUrl()).replace('://[::1]', '://localhost');
  process.stdout.write(
    [
      '',
      `Trust Improvement Ledger API listening on ${base}`,
      `  OpenAPI docs:  ${base}/${DOCS_PATH}`,
      `  Health:        ${base}/${HEALTH_PATH}`,
      `  Database:      ${embedded === null ? describeUrl(url) : `embedded PGlite in ${config.database.kind === 'embedded' ? config.database.dataDir : ''}`}`,
      `  Event store:   ${describeEventStore(config.eventStore)}`,
      `  Projections:   ${config.runProjections ? 'running in this process' : 'run by the worker (npm run start:worker)'}`,
      `  Jobs:          ${describeJobQueue(jobQueue)}${jobs.runJobs ? '' : ', run by the worker'}`,
      `  Get a token:   ${tokenHint(security.auth)}`,
      `  Sample data:   npm run demo -- --url ${base}`,
      '',
      '',
    ].join('\n'),
  );

  let closing = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (closing) {
      process.stderr.write(`${signal} again: exiting without a clean shutdown\n`);
      process.exit(1);
    }
    closing = true;
    process.stdout.write(`${signal}: shutting down\n`);
    setTimeout(() => {
      process.stderr.write('shutdown took too long: exiting\n');
      process.exit(1);
    }, FORCED_EXIT_AFTER_MS).unref();
    // Order matters: the runner and the app stop using the pool before it ends, and the pool
    // disconnects before the embedded database stops.
    void (async () => {
      try {
        await started.close();
        await pool.end();
        await embedded?.stop();
      } catch (error: unknown) {
        process.stderr.write(`shutdown failed: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 1;
      }
    })();
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

/** The database URL without its password, for the start-up banner. */
function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'DATABASE_URL';
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`The API could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
