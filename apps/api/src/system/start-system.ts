import type { INestApplication } from '@nestjs/common';
import type pg from 'pg';
import type { DestinationStream } from 'pino';
import { createPool, migrate, readDeploymentId, startEmbeddedPostgres, type EmbeddedPostgres } from '@trust/database';
import { describeEventStore } from '@trust/event-store';
import { describeJobQueue, jobQueueConfigFromEnv, withDeploymentPrefix, type JobQueueConfig } from '@trust/jobs';
import { describeMasterKey, masterKeyFor, type MasterKeySource } from '@trust/personal-data';
import { usesDevelopmentSecret } from '@trust/tokens';
import { Logger } from '@nestjs/common';
import { authConfigFromEnv, tokenHint, type AuthConfig } from '../access/auth-config.js';
import { createApp, DOCS_PATH, HEALTH_PATH } from '../app.js';
import { signInOptionsOf } from '../console/sign-in-options.js';
import { apiConfigFromEnv, type ApiConfig } from '../config/api-config.js';
import { hardeningConfigFromEnv } from '../hardening/hardening-config.js';
import type { Clock } from '../infrastructure/tokens.js';

export interface StartSystemOptions {
  env?: NodeJS.ProcessEnv;
  argv?: readonly string[];
  /** Where logs go (default stdout); tests capture or silence them here. */
  logDestination?: DestinationStream;
  clock?: Clock;
}

/** A started process: the API listening, and whatever else its configuration runs beside it. */
export interface RunningSystem {
  /** The API's base URL, e.g. `http://127.0.0.1:3000`. */
  url: string;
  /** The HTTP app (tests check its answers against its OpenAPI document). */
  app: INestApplication;
  config: ApiConfig;
  jobQueue: JobQueueConfig;
  auth: AuthConfig;
  /** The embedded database's folder, or null on DATABASE_URL. */
  embeddedDataDir: string | null;
  /** Where the personal data's master key came from: PERSONAL_DATA_MASTER_KEY, or a key file (and which). */
  masterKeySource: MasterKeySource;
  /** What the start-up banner prints. */
  banner(): string[];
  /** Stops the app (jobs, projections, reactor), then the pool, then the embedded database. */
  close(): Promise<void>;
}

/**
 * The composition root of `npm start`: the whole system in one process (API, console, projections, jobs
 * and the deadline reactor) on the embedded database or on DATABASE_URL/REDIS_URL; or, with
 * `--api-only`, the HTTP API alone beside separate workers (the scaled-out layout).
 */
export async function startSystem(options: StartSystemOptions = {}): Promise<RunningSystem> {
  const env = options.env ?? process.env;
  const config = apiConfigFromEnv(env, options.argv ?? []);
  // Before anything starts: refuses NODE_ENV=production with the development secret.
  const auth = authConfigFromEnv(env);
  const hardening = hardeningConfigFromEnv(env);
  const configuredJobs = jobQueueConfigFromEnv(env);
  // Before anything starts too: on PostgreSQL outside development, no PERSONAL_DATA_MASTER_KEY stops the start.
  const masterKey = await masterKeyFor(
    env,
    config.database.kind === 'embedded' ? { kind: 'embedded', dataDir: config.database.dataDir } : usesDevelopmentSecret(env) ? { kind: 'development' } : { kind: 'required' },
  );

  // Embedded: PGlite is one session, so migrations run on their own connection before the
  // one-connection pool opens.
  let embedded: EmbeddedPostgres | null = null;
  let url: string;
  if (config.database.kind === 'embedded') {
    embedded = await startEmbeddedPostgres({ dataDir: config.database.dataDir });
    url = embedded.url;
  } else {
    url = config.database.url;
  }

  let pool: pg.Pool | null = null;
  let app: INestApplication | undefined;
  let jobQueue: JobQueueConfig;
  try {
    await migrate({ url });
    pool = createPool({ url, max: embedded === null ? 10 : 1, applicationName: 'trust-improvement-ledger-api' });
    jobQueue = withDeploymentPrefix(configuredJobs, await readDeploymentId(pool));
    app = await createApp({
      pool,
      runProjections: config.runProjections,
      ...(embedded === null && config.runProjections ? { listenUrl: url } : {}),
      singleSession: embedded !== null,
      logLevel: config.logLevel,
      settings: { readinessMaxLagSeconds: config.readinessMaxLagSeconds },
      ...(options.logDestination === undefined ? {} : { logDestination: options.logDestination }),
      ...(options.clock === undefined ? {} : { clock: options.clock }),
      eventStore: config.eventStore,
      masterKey: masterKey.key,
      retention: config.retention,
      jobs: { config: jobQueue, runJobs: config.runJobs },
      auth,
      signIn: signInOptionsOf(auth, env),
      ...hardening,
    });
    if (masterKey.warning !== null) new Logger('PersonalData').warn(masterKey.warning);
    await app.listen(config.port, config.host);
  } catch (error: unknown) {
    await app?.close().catch(() => undefined);
    await pool?.end().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    throw error;
  }
  const started = app;
  const startedPool = pool;
  const base = (await started.getUrl()).replace('://[::1]', '://localhost');
  const dataDir = config.database.kind === 'embedded' ? config.database.dataDir : null;

  let closing: Promise<void> | null = null;
  return {
    url: base,
    app: started,
    config,
    jobQueue,
    auth,
    embeddedDataDir: dataDir,
    masterKeySource: masterKey.source,
    banner: () => [
      `Trust Improvement Ledger listening on ${base}`,
      `  Console:       ${base}/app/`,
      `  OpenAPI docs:  ${base}/${DOCS_PATH}`,
      `  Health:        ${base}/${HEALTH_PATH}/live and ${base}/${HEALTH_PATH}/ready`,
      `  Database:      ${dataDir === null ? describeUrl(url) : `embedded PGlite in ${dataDir}`}`,
      `  Event store:   ${describeEventStore(config.eventStore)}`,
      `  Personal data: ${describeMasterKey(masterKey.source)}`,
      `  Projections:   ${config.runProjections ? 'running in this process' : 'run by the workers (npm run start:worker)'}`,
      `  Jobs:          ${describeJobQueue(jobQueue)}${config.runJobs ? ', run in this process' : ', run by the workers'}`,
      `  Get a token:   ${tokenHint(auth)}`,
      `  Sample data:   npm run demo -- --url ${base}`,
    ],
    close() {
      // Order matters: the runner and the app stop using the pool before it ends, and the pool
      // disconnects before the embedded database stops.
      closing ??= (async () => {
        await started.close();
        await startedPool.end();
        await embedded?.stop();
      })();
      return closing;
    },
  };
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
