import { mintLocalToken } from '@trust/tokens';
import { buildDemoFinance } from '../../../apps/cli/src/demo/demo-finance.js';
import { buildDemoTrust, DEMO_SEED } from '../../../apps/cli/src/demo/demo-trust.js';
import { runDemo } from '../../../apps/cli/src/demo/run-demo.js';

/** The secret the started systems verify tokens with (JWT_SECRET in their environment). */
export const SYSTEM_JWT_SECRET = 'system-journey-secret-0123456789abcdefghijklmnop';
/** The master key the started systems on PostgreSQL seal personal data under (PERSONAL_DATA_MASTER_KEY). */
export const SYSTEM_MASTER_KEY = Buffer.from('system-journey-master-key-012345', 'utf8').toString('base64');

export const REPORT_KINDS = [
  { type: 'academy-cards' },
  { type: 'academy-cards', on: '2024-12-31' },
  { type: 'tier-decisions', academicYear: '2024/25' },
  { type: 'recharge-ledger', academicYear: '2024/25' },
  { type: 'compliance', academicYear: '2024/25' },
] as const;

/** The day the started systems' clocks read (a Tuesday in March, whatever the day the tests run). */
export const SYSTEM_TODAY = '2026-03-10';
export const systemClock = (): Date => new Date(`${SYSTEM_TODAY}T10:00:00Z`);
/** An AIM three weeks after SYSTEM_TODAY, a Tuesday: its documents fall due a week before, which a deadline job checks. */
const AIM_DAY = '2026-03-31';

export interface JourneyOutcome {
  academies: number;
  /** The deadline jobs the queue held once an AIM was scheduled, each by its state. */
  deadlineJobs: string[];
  rebuilt: string[];
  /** Reads answered (all 200) while the rebuilds ran. */
  readsDuringRebuilds: number;
  reports: { type: string; position: string; contentHash: string }[];
}

export function adminToken(): Promise<string> {
  return mintLocalToken(SYSTEM_JWT_SECRET, { sub: 'system-admin', name: 'System Admin', roles: ['trust-admin'], academies: [], expiresIn: '1h' });
}

async function json<T>(base: string, token: string, path: string, init: RequestInit = {}): Promise<{ status: number; body: T }> {
  const response = await fetch(`${base}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, accept: 'application/json', 'content-type': 'application/json', ...init.headers },
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  return { status: response.status, body: (text === '' ? null : JSON.parse(text)) as T };
}

async function until<T>(what: string, probe: () => Promise<T | null>, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== null) return found;
    if (Date.now() > deadline) throw new Error(`Gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * What a new user does first, over HTTP against a started system: load part of the demo trust, read it
 * back once the read models have caught up, rebuild every read model while reading, and build every kind
 * of report. Throws on the first step that does not complete.
 */
export async function runSystemJourney(base: string): Promise<JourneyOutcome> {
  const token = await adminToken();
  const academies = buildDemoTrust(DEMO_SEED).slice(0, 3);
  await runDemo({ baseUrl: base, academies, finance: buildDemoFinance(academies, DEMO_SEED), token, print: () => undefined });

  const { body: status } = await json<{ headPosition: string; projections: { name: string }[] }>(base, token, '/admin/projections');
  const listed = await json<unknown[]>(base, token, `/academies?minPosition=${status.headPosition}`);
  if (listed.status !== 200) throw new Error(`GET /academies?minPosition=${status.headPosition} answered ${listed.status}: the read models did not catch up`);

  // The deadline reactor turns a scheduled AIM into a job that checks its documents when they fall due.
  const scheduled = await json<{ id: string }>(base, token, `/academies/${academies[0]?.academyId ?? ''}/aims`, { method: 'POST', body: JSON.stringify({ date: AIM_DAY, format: 'one-day' }) });
  if (scheduled.status !== 201) throw new Error(`Scheduling an AIM answered ${scheduled.status}: ${JSON.stringify(scheduled.body)}`);
  const deadlineJobs = await until('the AIM\'s deadline job', async () => {
    const jobs = await json<{ name: string; state: string }[]>(base, token, '/admin/jobs?limit=100');
    const deadlines = jobs.body.filter((job) => job.name === 'deadline-check').map((job) => job.state);
    return deadlines.length > 0 ? deadlines : null;
  });

  const card = `/academies/${academies[0]?.academyId ?? ''}/card`;
  let rebuilding = true;
  let readsDuringRebuilds = 0;
  const reading = (async () => {
    while (rebuilding) {
      const read = await json<unknown>(base, token, card);
      if (read.status !== 200) throw new Error(`GET ${card} answered ${read.status} during the rebuilds`);
      readsDuringRebuilds += 1;
    }
  })();
  const rebuilt: string[] = [];
  try {
    for (const { name } of status.projections) {
      const enqueued = await json<{ jobId: string }>(base, token, `/admin/projections/${name}/rebuild`, { method: 'POST' });
      if (enqueued.status !== 202) throw new Error(`Rebuilding ${name} answered ${enqueued.status}`);
      await until(`the rebuild of ${name}`, async () => {
        const job = await json<{ state: string; failedReason?: string }>(base, token, `/admin/jobs/${encodeURIComponent(enqueued.body.jobId)}`);
        if (job.body.state === 'failed') throw new Error(`The rebuild of ${name} failed: ${job.body.failedReason ?? ''}`);
        return job.body.state === 'completed' ? true : null;
      });
      rebuilt.push(name);
    }
  } finally {
    rebuilding = false;
    await reading;
  }

  const reports: JourneyOutcome['reports'] = [];
  for (const kind of REPORT_KINDS) {
    const created = await json<{ reportId: string }>(base, token, '/admin/reports', { method: 'POST', body: JSON.stringify(kind) });
    if (created.status !== 202) throw new Error(`POST /admin/reports ${JSON.stringify(kind)} answered ${created.status}: ${JSON.stringify(created.body)}`);
    const report = await until(`the ${kind.type} report`, async () => {
      const read = await json<{ position: string; contentHash: string }>(base, token, `/admin/reports/${encodeURIComponent(created.body.reportId)}`);
      if (read.status === 200) return read.body;
      if (read.status !== 202) throw new Error(`GET /admin/reports/${created.body.reportId} answered ${read.status}: ${JSON.stringify(read.body)}`);
      return null;
    });
    reports.push({ type: kind.type, position: report.position, contentHash: report.contentHash });
  }
  return { academies: listed.body.length, deadlineJobs, rebuilt, readsDuringRebuilds, reports };
}
