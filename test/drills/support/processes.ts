import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { until } from './services.js';

export interface AppEnvironment {
  databaseUrl: string;
  redisUrl: string;
  jwtSecret: string;
}

/**
 * One of the built apps (dist/apps/api or dist/apps/worker) as a real OS process, its output in a log
 * file. A drill kills it with SIGKILL (no shutdown hooks run) or stops it with SIGTERM.
 */
export class AppProcess {
  private child: ChildProcess | null = null;
  private output = '';
  private log: WriteStream;
  starts = 0;

  constructor(
    readonly kind: 'api' | 'worker',
    private readonly root: string,
    private readonly env: AppEnvironment,
    logDir: string,
    readonly port = 0,
  ) {
    this.log = createWriteStream(join(logDir, `${kind}.log`), { flags: 'a' });
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.starts += 1;
    this.output = '';
    // The scaled-out layout: the API alone, the worker running the projections and jobs.
    const args = this.kind === 'api' ? ['--api-only'] : [];
    const child = spawn(process.execPath, [join(this.root, 'dist', 'apps', this.kind, 'src', 'main.js'), ...args], {
      cwd: this.root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env['PATH'] ?? '',
        DATABASE_URL: this.env.databaseUrl,
        REDIS_URL: this.env.redisUrl,
        JWT_SECRET: this.env.jwtSecret,
        // The API and the worker of one deployment seal and open under the same master key.
        PERSONAL_DATA_MASTER_KEY: Buffer.from('crash-drill-master-key-012345678', 'utf8').toString('base64'),
        PORT: String(this.port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        RATE_LIMIT_PER_MINUTE: '10000000',
      },
    });
    this.child = child;
    const capture = (chunk: Buffer): void => {
      this.output += chunk.toString('utf8');
      if (this.output.length > 200_000) this.output = this.output.slice(-100_000);
      this.log.write(chunk);
    };
    child.stdout?.on('data', capture);
    child.stderr?.on('data', capture);
    this.log.write(`\n=== ${this.kind} start #${this.starts} (pid ${child.pid ?? '?'}) ${new Date().toISOString()}\n`);
    if (this.kind === 'api') {
      await until(
        async () => {
          if (!this.running) throw new Error(`the api exited while starting:\n${this.output.slice(-2000)}`);
          return (await fetch(`${this.url}/health`).then((response) => response.status).catch(() => 0)) !== 0;
        },
        60_000,
        'the api to answer /health',
        100,
      );
    } else {
      await until(
        () => {
          if (!this.running) throw new Error(`the worker exited while starting:\n${this.output.slice(-2000)}`);
          return this.output.includes('Projection worker running');
        },
        60_000,
        'the worker to start',
        50,
      );
    }
  }

  /** kill -9: nothing of the app's shutdown runs. */
  async kill(): Promise<void> {
    await this.signal('SIGKILL');
  }

  async stop(): Promise<void> {
    await this.signal('SIGTERM', 20_000);
  }

  private async signal(signal: NodeJS.Signals, graceMs = 5_000): Promise<void> {
    const child = this.child;
    if (child === null || !this.running) {
      this.child = null;
      return;
    }
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    this.log.write(`\n=== ${this.kind} ${signal} ${new Date().toISOString()}\n`);
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
    this.child = null;
  }

  async close(): Promise<void> {
    await this.stop();
    await new Promise((resolve) => this.log.end(resolve));
  }
}
