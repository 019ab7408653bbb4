import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { AnswerTally, DrillClient, mintToken } from './client.js';
import { AppProcess } from './processes.js';
import { freePort, PostgresCluster, RedisServer } from './services.js';

const JWT_SECRET = 'crash-drill-secret-0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A drill's own world: a throwaway PostgreSQL cluster and redis-server on free ports (never the shared
 * ones other tests use), the built api and worker as real processes pointed at them, and a pool for the
 * drill's own checks.
 */
export class DrillEnvironment {
  readonly tally = new AnswerTally();
  private constructor(
    readonly logDir: string,
    readonly cluster: PostgresCluster,
    readonly redis: RedisServer,
    readonly api: AppProcess,
    readonly worker: AppProcess,
    readonly pool: pg.Pool,
    private readonly token: string,
  ) {}

  static async start(name: string, root: string): Promise<DrillEnvironment> {
    const logDir = await mkdtemp(join(tmpdir(), `til-drill-${name}-`));
    const cluster = await PostgresCluster.create();
    let redis: RedisServer | null = null;
    try {
      const databaseUrl = await cluster.createDatabase('drill');
      redis = await RedisServer.create();
      const env = { databaseUrl, redisUrl: redis.url, jwtSecret: JWT_SECRET };
      const api = new AppProcess('api', root, env, logDir, await freePort());
      const worker = new AppProcess('worker', root, env, logDir);
      await api.start();
      await worker.start();
      const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
      // A restarted server ends the pool's idle connections: the pool drops them and opens new ones.
      pool.on('error', () => undefined);
      return new DrillEnvironment(logDir, cluster, redis, api, worker, pool, await mintToken(JWT_SECRET, 'drill-admin', ['trust-admin']));
    } catch (error: unknown) {
      await redis?.stop().catch(() => undefined);
      await cluster.destroy().catch(() => undefined);
      throw error;
    }
  }

  client(): DrillClient {
    return new DrillClient(this.api.url, this.token, this.tally);
  }

  clients(n: number): DrillClient[] {
    return Array.from({ length: n }, () => this.client());
  }

  async close(): Promise<void> {
    await this.api.close().catch(() => undefined);
    await this.worker.close().catch(() => undefined);
    await this.pool.end().catch(() => undefined);
    await this.redis.stop().catch(() => undefined);
    await this.cluster.destroy().catch(() => undefined);
  }
}
