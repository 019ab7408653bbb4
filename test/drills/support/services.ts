import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/** A TCP port nothing listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function sleep(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

export async function until(condition: () => Promise<boolean> | boolean, timeoutMs: number, what: string, intervalMs = 50): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(intervalMs);
  }
}

function postgresBinDir(): string {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a));
    for (const version of versions) if (existsSync(join(root, version, 'bin', 'initdb'))) return join(root, version, 'bin');
  }
  return '';
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * A throwaway PostgreSQL cluster of the drill's own (initdb into a temp dir, on a free port), so a drill
 * can restart it without touching the shared server other tests use. As root it runs as `postgres`.
 */
export class PostgresCluster {
  readonly port: number;
  private constructor(
    private readonly dir: string,
    port: number,
    private readonly bin: string,
  ) {
    this.port = port;
  }

  static async create(): Promise<PostgresCluster> {
    const dir = await mkdtemp(join(tmpdir(), 'til-drill-pg-'));
    const cluster = new PostgresCluster(dir, await freePort(), postgresBinDir());
    if (isRoot) {
      const { stdout } = await run('id', ['-u', 'postgres']);
      const { stdout: gid } = await run('id', ['-g', 'postgres']);
      await chown(dir, Number(stdout.trim()), Number(gid.trim()));
    }
    await mkdir(join(dir, 'sockets'), { recursive: true });
    if (isRoot) await run('chown', ['postgres:postgres', join(dir, 'sockets')]);
    await cluster.exec('initdb', ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres', '--no-sync']);
    await cluster.start();
    return cluster;
  }

  url(database = 'postgres'): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  async createDatabase(name: string): Promise<string> {
    const client = new pg.Client({ connectionString: this.url() });
    await client.connect();
    try {
      await client.query(`CREATE DATABASE ${name}`);
    } finally {
      await client.end();
    }
    return this.url(name);
  }

  async start(): Promise<void> {
    await this.exec('pg_ctl', [
      '-D',
      join(this.dir, 'data'),
      '-l',
      join(this.dir, 'postgres.log'),
      '-o',
      `-p ${this.port} -k ${join(this.dir, 'sockets')} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=on -c max_connections=200`,
      '-w',
      'start',
    ]);
  }

  /** `immediate`: the server aborts every session and recovers from its WAL on start, as after a crash. */
  async restart(mode: 'fast' | 'immediate' = 'immediate'): Promise<void> {
    await this.exec('pg_ctl', ['-D', join(this.dir, 'data'), '-m', mode, '-w', 'stop']);
    await this.start();
  }

  async destroy(): Promise<void> {
    await this.exec('pg_ctl', ['-D', join(this.dir, 'data'), '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
    await rm(this.dir, { recursive: true, force: true });
  }

  private async exec(command: string, args: string[]): Promise<void> {
    const binary = this.bin === '' ? command : join(this.bin, command);
    if (isRoot) await run('runuser', ['-u', 'postgres', '--', binary, ...args], { cwd: '/' });
    else await run(binary, args);
  }
}

/** A redis-server of the drill's own on a free port: no persistence, so a restart loses everything, as a failed-over cache would. */
export class RedisServer {
  private child: ChildProcess | null = null;
  private constructor(readonly port: number) {}

  static async create(): Promise<RedisServer> {
    const server = new RedisServer(await freePort());
    await server.start();
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    this.child = child;
    await until(async () => (await this.cli('PING').catch(() => '')) === 'PONG', 10_000, 'redis-server to answer');
  }

  async flushAll(): Promise<void> {
    await this.cli('FLUSHALL');
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (child === null) return;
    this.child = null;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  async keys(pattern: string): Promise<number> {
    const out = await this.cli('--scan', '--pattern', pattern);
    return out === '' ? 0 : out.split('\n').length;
  }

  private async cli(...args: string[]): Promise<string> {
    const { stdout } = await run('redis-cli', ['-p', String(this.port), ...args]);
    return stdout.trim();
  }
}
