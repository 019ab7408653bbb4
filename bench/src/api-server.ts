/**
 * The API as the bench runs it: a child process (so the load generator does not share its event loop),
 * the real createApp with authentication on, BullMQ on the local Redis under the bench's own key prefix,
 * projections left to a worker (none here: the case measures commands). Prints `listening <port>`.
 */
import type { Server } from 'node:net';
import { createPool } from '@trust/database';
import { sharedSecretAuth } from '../../apps/api/src/access/auth-config.js';
import { createApp } from '../../apps/api/src/app.js';

async function main(): Promise<void> {
  const url = process.env['BENCH_API_DATABASE_URL'];
  const secret = process.env['BENCH_JWT_SECRET'];
  const prefix = process.env['BENCH_REDIS_PREFIX'];
  const redisUrl = process.env['BENCH_REDIS_URL'];
  if (!url || !secret || !prefix || !redisUrl) throw new Error('BENCH_API_DATABASE_URL, BENCH_JWT_SECRET, BENCH_REDIS_URL and BENCH_REDIS_PREFIX are required');
  const pool = createPool({ url, max: 10, applicationName: 'trust-improvement-ledger-bench-api' });
  const app = await createApp({
    pool,
    runProjections: false,
    logLevel: 'silent',
    auth: sharedSecretAuth(secret),
    eventStore: { kind: 'postgres' },
    // A fixed key, so every API the bench starts on a database opens what another sealed there.
    masterKey: Buffer.from('bench-master-key-not-a-secret-00', 'utf8'),
    rateLimitPerMinute: 100_000_000,
    jobs: { config: { redisUrl, prefix }, runJobs: false },
  });
  await app.listen(0, '127.0.0.1');
  const address = (app.getHttpServer() as Server).address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  process.stdout.write(`listening ${port}\n`);
  const stop = (): void => {
    void app
      .close()
      .then(() => pool.end())
      .finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
