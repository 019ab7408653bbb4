import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { createPool, databaseTargetFromEnv, migrate, startEmbeddedPostgres, type EmbeddedPostgres } from '@trust/database';
import { PostgresEventStore } from '@trust/event-store';
import { masterKeyFor, PostgresSubjectKeyStore, SealingEventStore } from '@trust/personal-data';
import { usesDevelopmentSecret } from '@trust/tokens';
import { dryRunSyntheticTrust, writeSyntheticTrust, type SyntheticTrustSummary } from '@trust/synthetic';

export const GENERATE_USAGE = `Options of generate (a synthetic trust, appended straight to the event store):
  --academies <n>     Academies in the trust (default 50)
  --years <n>         Academic years, ending 2024/25 (default 3)
  --seed <n>          Seed: the same seed gives the same trust (default 42)
  --concurrency <n>   Appends in flight at once (default 16)
  --database-url <u>  PostgreSQL to append to (default DATABASE_URL; without either, the embedded
                      database under DATA_DIR, which must not be in use by a running API)
  Projections pick the events up like any others: run the worker or the API with RUN_PROJECTIONS=true.`;

export interface GenerateRequest {
  academies: number;
  years: number;
  seed: number;
  concurrency: number;
  databaseUrl: string | null;
}

function integerOption(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^-?\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new Error(`--${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

/** Reads `generate`'s options; throws a message naming the option at fault. */
export function generateRequestFrom(argv: readonly string[], env: NodeJS.ProcessEnv): GenerateRequest {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      academies: { type: 'string' },
      years: { type: 'string' },
      seed: { type: 'string' },
      concurrency: { type: 'string' },
      'database-url': { type: 'string' },
    },
  });
  return {
    academies: integerOption('academies', values.academies, 50, 1, 800_000),
    years: integerOption('years', values.years, 3, 1, 30),
    seed: integerOption('seed', values.seed, 42, -(2 ** 31), 2 ** 32 - 1),
    concurrency: integerOption('concurrency', values.concurrency, 16, 1, 256),
    databaseUrl: values['database-url']?.trim() || (databaseTargetFromEnv(env).kind === 'external' ? (env['DATABASE_URL']?.trim() ?? null) : null),
  };
}

/** `npm run cli -- generate`: migrates, then appends the trust with a progress bar. */
export async function runGenerateCommand(argv: readonly string[], env: NodeJS.ProcessEnv, print: (line: string) => void): Promise<SyntheticTrustSummary> {
  const request = generateRequestFrom(argv, env);
  const target = databaseTargetFromEnv(env);
  const dataDir = target.kind === 'embedded' ? target.dataDir : '.data/pglite';
  // The key the API of this database reads: the same setting, or the same key file.
  const masterKey = await masterKeyFor(
    env,
    request.databaseUrl === null ? { kind: 'embedded', dataDir } : usesDevelopmentSecret(env) ? { kind: 'development' } : { kind: 'required' },
  );
  if (masterKey.warning !== null) print(masterKey.warning);
  let embedded: EmbeddedPostgres | null = null;
  let url = request.databaseUrl;
  if (url === null) {
    embedded = await startEmbeddedPostgres({ dataDir });
    url = embedded.url;
  }
  try {
    await migrate({ url });
    // PGlite is one session: one pooled connection (see createPool in libs/database).
    const pool = createPool({ url, max: embedded === null ? Math.min(request.concurrency, 10) : 1, applicationName: 'trust-improvement-ledger-generate' });
    const store = new SealingEventStore(new PostgresEventStore(pool), new PostgresSubjectKeyStore(pool, masterKey.key, { eventsInSameDatabase: true }));
    const bar = new cliProgress.SingleBar({ format: 'generate [{bar}] {percentage}% | {value}/{total} events | {eta_formatted} left' }, cliProgress.Presets.shades_classic);
    try {
      const { events: total } = await dryRunSyntheticTrust(request);
      print(`Generating ${request.academies} academies × ${request.years} academic years (seed ${request.seed}): ${total} events`);
      const started = Date.now();
      bar.start(total, 0);
      let shown = 0;
      const summary = await writeSyntheticTrust(store, {
        ...request,
        onProgress: ({ events }) => {
          // Redrawing on every append would cost more than the append.
          if (events - shown >= 500 || events === total) {
            shown = events;
            bar.update(events);
          }
        },
      });
      bar.update(summary.events);
      bar.stop();
      const seconds = (Date.now() - started) / 1000;
      print(`Appended ${summary.events} events in ${summary.appends} appends in ${seconds.toFixed(1)} s (${Math.round(summary.events / Math.max(seconds, 0.001))} events/s); last position ${summary.lastPosition ?? '-'}.`);
      return summary;
    } finally {
      bar.stop();
      await store.close();
      await pool.end();
    }
  } finally {
    await embedded?.stop();
  }
}
