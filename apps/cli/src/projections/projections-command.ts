/** `npm run cli -- projections rebuild <name>` and `projections status`: the admin routes, over HTTP. */

export const PROJECTIONS_USAGE = `Options of projections:
  projections rebuild <name>   Rebuild a read model (academy-card, tier-history, compliance,
                               recharge-ledger, ...) as a background job, with a progress bar
  projections status           Each read model's checkpoint, state, lag and failure
  --url <url>                  The API's base URL (default: http://127.0.0.1:3000, or API_URL)
  --token <jwt>                A trust-admin bearer token (default: one signed with JWT_SECRET)`;

export interface AdminClientOptions {
  baseUrl: string;
  token: string;
  fetch?: typeof fetch;
}

export interface JobAnswer {
  id: string;
  name: string;
  state: 'waiting' | 'delayed' | 'active' | 'completed' | 'failed';
  progress: number | object;
  result?: unknown;
  failedReason?: string;
}

export interface ProjectionRow {
  name: string;
  position: string;
  status: string;
  behind: string | null;
  lagSeconds: number | null;
  failedPosition: string | null;
  lastError: string | null;
}

/** What a progress display needs: cli-progress's SingleBar fits. */
export interface ProgressDisplay {
  start(total: number, value: number): void;
  update(value: number): void;
  stop(): void;
}

async function call<T>({ baseUrl, token, fetch: send = fetch }: AdminClientOptions, method: 'GET' | 'POST', path: string): Promise<T> {
  const response = await send(`${baseUrl.replace(/\/+$/, '')}${path}`, { method, headers: { authorization: `Bearer ${token}`, accept: 'application/json' } });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return JSON.parse(text) as T;
}

export function percentOf(progress: number | object): number {
  return typeof progress === 'number' && Number.isFinite(progress) ? Math.max(0, Math.min(100, Math.round(progress))) : 0;
}

/**
 * Enqueues the rebuild and follows the job until it ends, moving the bar; resolves with the finished
 * job, and throws when it failed.
 */
export async function rebuildOverHttp(
  options: AdminClientOptions & { name: string; bar?: ProgressDisplay; pollMs?: number; wait?: (ms: number) => Promise<void> },
): Promise<JobAnswer> {
  const wait = options.wait ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const { jobId } = await call<{ jobId: string }>(options, 'POST', `/admin/projections/${encodeURIComponent(options.name)}/rebuild`);
  options.bar?.start(100, 0);
  try {
    for (;;) {
      const job = await call<JobAnswer>(options, 'GET', `/admin/jobs/${encodeURIComponent(jobId)}`);
      options.bar?.update(percentOf(job.progress));
      if (job.state === 'completed') return job;
      if (job.state === 'failed') throw new Error(`Rebuild of ${options.name} failed: ${job.failedReason ?? 'no reason given'}`);
      await wait(options.pollMs ?? 250);
    }
  } finally {
    options.bar?.stop();
  }
}

/** The projections' table, one line each. */
export async function projectionsStatusOverHttp(options: AdminClientOptions): Promise<string[]> {
  const answer = await call<{ headPosition: string; projections: ProjectionRow[] }>(options, 'GET', '/admin/projections');
  return formatProjections(answer.headPosition, answer.projections);
}

export function formatProjections(head: string, rows: readonly ProjectionRow[]): string[] {
  const table = [
    ['projection', 'position', 'state', 'behind', 'lag (s)', 'failed at', 'error'],
    ...rows.map((row) => [
      row.name,
      row.position,
      row.status,
      row.behind ?? '-',
      row.lagSeconds === null ? '-' : String(row.lagSeconds),
      row.failedPosition ?? '-',
      row.lastError ?? '',
    ]),
  ];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((line) => (line[column] ?? '').length)));
  return [`head position ${head}`, ...table.map((line) => line.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd())];
}
