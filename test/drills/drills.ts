import type { CommandOutcome } from './support/client.js';
import { checkLedger, checkReadModels, headPosition, waitCaughtUp, waitForJob, type LedgerCheck, type ReadModelCheck } from './support/checks.js';
import { DrillEnvironment } from './support/environment.js';
import { sleep, until } from './support/services.js';
import { academyCommands, drillUrns, runClients, type PlannedCommand } from './support/workload.js';

export interface DrillOptions {
  root: string;
  /** Client count and academies per client: the size of the command stream. */
  clients: number;
  academiesPerClient: number;
}

export interface DrillReport {
  name: string;
  description: string;
  commandsIssued: number;
  commandsSucceeded: number;
  /** Commands refused with a 4xx the client could not retry: a valid command must never get one. */
  commandsRefused: string[];
  commandsUnresolved: number;
  answers: string;
  retryableErrors: number;
  events: number;
  faults: string[];
  ledger: LedgerCheck | null;
  readModels: ReadModelCheck | null;
  /** Anything else the drill found wrong (a job falsely reported, a shadow schema left behind, …). */
  violations: string[];
  notes: string[];
  seconds: number;
  logDir: string;
}

/** Lost or duplicated events, read models that differ from a replay, false answers: any one fails the drill. */
export function lossesOf(report: DrillReport): number {
  return (
    (report.ledger?.lost.length ?? 0) +
    (report.ledger?.duplicated.length ?? 0) +
    (report.readModels?.mismatches.length ?? 0) +
    report.commandsRefused.length +
    report.commandsUnresolved +
    report.violations.length
  );
}

function plans(drill: string, drillNumber: number, options: DrillOptions, firstAcademy = 0): PlannedCommand[][] {
  return drillUrns(drillNumber, options.clients, options.academiesPerClient + firstAcademy).map((urns) =>
    urns.slice(firstAcademy).flatMap((urn) => academyCommands(drill, urn)),
  );
}

type DrillBody = (env: DrillEnvironment, report: DrillReport, record: (outcomes: CommandOutcome[]) => void) => Promise<void>;

async function runDrill(name: string, description: string, options: DrillOptions, body: DrillBody): Promise<DrillReport> {
  const started = Date.now();
  const env = await DrillEnvironment.start(name, options.root);
  const outcomes: CommandOutcome[] = [];
  const report: DrillReport = {
    name,
    description,
    commandsIssued: 0,
    commandsSucceeded: 0,
    commandsRefused: [],
    commandsUnresolved: 0,
    answers: '',
    retryableErrors: 0,
    events: 0,
    faults: [],
    ledger: null,
    readModels: null,
    violations: [],
    notes: [],
    seconds: 0,
    logDir: env.logDir,
  };
  const stopped = (error: unknown): void => {
    report.violations.push(`the drill stopped: ${error instanceof Error ? error.message : String(error)}`);
  };
  try {
    let completed = true;
    await body(env, report, (more) => outcomes.push(...more)).catch((error: unknown) => {
      completed = false;
      stopped(error);
    });
    // The store is checked whatever happened to the drill's other steps.
    report.ledger = await checkLedger(env.pool, outcomes);
    report.events = report.ledger.events;
    if (completed) report.readModels = await checkReadModels(env.pool, env.client());
  } catch (error: unknown) {
    stopped(error);
  } finally {
    report.commandsIssued = outcomes.length;
    report.commandsSucceeded = outcomes.filter((outcome) => outcome.result === 'succeeded').length;
    report.commandsRefused = outcomes
      .filter((outcome) => outcome.result === 'refused')
      .map((outcome) => `${outcome.path} ${outcome.key}: ${outcome.refusal?.status ?? '?'} ${outcome.refusal?.body ?? ''}`);
    report.commandsUnresolved = outcomes.filter((outcome) => outcome.result === 'unresolved').length;
    report.answers = env.tally.summary();
    report.retryableErrors = env.tally.retryable;
    report.seconds = Math.round((Date.now() - started) / 1000);
    await env.close();
  }
  return report;
}

/** Restarts the api or the worker whenever it exits, as a process supervisor (systemd, Docker, Kubernetes) would; counts the restarts. */
function supervise(env: DrillEnvironment, report: DrillReport): () => Promise<void> {
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      for (const app of [env.api, env.worker]) {
        if (!stopped && !app.running) {
          report.notes.push(`the ${app.kind} exited and was restarted by the supervisor`);
          await app.start().catch((error: unknown) => report.notes.push(`restarting the ${app.kind} failed: ${String(error)}`));
        }
      }
      await sleep(200);
    }
  })();
  return async () => {
    stopped = true;
    await loop;
  };
}

async function checkpoints(env: DrillEnvironment): Promise<Map<string, bigint>> {
  const { rows } = await env.pool.query<{ name: string; position: string }>('SELECT name, position::text AS position FROM projection_checkpoints');
  return new Map(rows.map((row) => [row.name, BigInt(row.position)]));
}

export async function workerKilledMidRebuild(options: DrillOptions): Promise<DrillReport> {
  return runDrill(
    'worker-kill-rebuild',
    'kill -9 the worker in the middle of a projection rebuild (BullMQ job), restart it',
    options,
    async (env, report, record) => {
      const clients = env.clients(options.clients);
      record(await runClients(clients, plans('rebuild', 1, options)));
      const admin = env.client();
      await waitCaughtUp(env.pool, admin);
      const projection = 'audit-trail';
      const shadow = 'rebuild_audit_trail.audit_trail';

      for (let attempt = 1; attempt <= 3 && report.faults.length === 0; attempt += 1) {
        const started = await admin.post<{ jobId: string }>(`/admin/projections/${projection}/rebuild`);
        if (started.status !== 202 || started.body === null) throw new Error(`the rebuild was refused: ${started.status}`);
        const jobId = started.body.jobId;
        let copied = 0;
        // Killed once the shadow table holds a batch or more, before the job completes.
        for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
          const { rows } = await env.pool.query<{ n: string | null }>(`SELECT CASE WHEN to_regclass($1) IS NULL THEN NULL ELSE 1 END AS n`, [shadow]);
          if (rows[0]?.n !== null) {
            const counted = await env.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${shadow}`).catch(() => ({ rows: [{ n: 0 }] }));
            copied = counted.rows[0]?.n ?? 0;
            if (copied > 0) break;
          }
          const job = await admin.get<{ state: string }>(`/admin/jobs/${jobId}`);
          if (job.body?.state === 'completed') break;
        }
        const job = await admin.get<{ state: string; progress: unknown }>(`/admin/jobs/${jobId}`);
        if (job.body?.state === 'completed' || copied === 0) {
          report.notes.push(`rebuild attempt ${attempt} finished before the kill (${copied} rows copied): tried again`);
          await waitForJob(admin, jobId, 60_000);
          continue;
        }
        await env.worker.kill();
        const head = await headPosition(env.pool);
        report.faults.push(`kill -9 worker during the ${projection} rebuild (${copied} of ${head} events replayed, job progress ${JSON.stringify(job.body?.progress ?? null)})`);

        // The API keeps taking commands while the worker is down.
        record(await runClients([env.client()], [academyCommands('rebuild', '199001').slice(0, 40)]));

        const liveBefore = await env.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM public.audit_trail');
        if ((liveBefore.rows[0]?.n ?? 0) === 0) report.violations.push('the live audit_trail table was empty while its rebuild was interrupted');

        await env.worker.start();
        // BullMQ hands a job whose worker died back to the queue once its lock expires (the stalled-job check).
        const ended = await waitForJob(admin, jobId, 150_000);
        const endedAs = ended === 'missing' ? 'missing' : `${ended.state}${ended.failedReason === undefined ? '' : ` (${ended.failedReason})`}`;
        report.notes.push(`the interrupted rebuild job, after the worker restarted: ${endedAs}`);
        if (ended === 'missing' || ended.state !== 'completed') {
          report.notes.push('the interrupted job did not complete by itself; the rebuild was requested again');
          const again = await admin.post<{ jobId: string }>(`/admin/projections/${projection}/rebuild`);
          const rerun = again.body === null ? 'missing' : await waitForJob(admin, again.body.jobId, 120_000);
          if (rerun === 'missing' || rerun.state !== 'completed') report.violations.push(`a rebuild requested after the crash did not complete: ${JSON.stringify(rerun)}`);
        }
        const { rows: leftovers } = await env.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM information_schema.schemata WHERE schema_name = 'rebuild_audit_trail'`);
        if ((leftovers[0]?.n ?? 0) > 0) report.violations.push('the shadow schema rebuild_audit_trail was left behind');
      }
      if (report.faults.length === 0) report.violations.push('the rebuild always finished before the worker could be killed: make the drill bigger');
    },
  );
}

export async function workerKilledMidCatchUp(options: DrillOptions): Promise<DrillReport> {
  return runDrill('worker-kill-catch-up', 'kill -9 the worker while its projections catch up on a backlog, three times, then restart it', options, async (env, report, record) => {
    await env.worker.stop();
    record(await runClients(env.clients(options.clients), plans('catchup', 2, options)));
    const head = await headPosition(env.pool);
    report.notes.push(`backlog built with the worker stopped: ${head} events`);
    for (let kill = 1; kill <= 3; kill += 1) {
      const before = await checkpoints(env);
      await env.worker.start();
      let moved: [string, bigint] | undefined;
      await until(
        async () => {
          const now = await checkpoints(env);
          moved = [...now.entries()].find(([name, position]) => position > (before.get(name) ?? 0n) && position < head);
          const allDone = [...now.values()].every((position) => position >= head);
          return moved !== undefined || allDone;
        },
        60_000,
        'a checkpoint to move',
        5,
      );
      if (moved === undefined) {
        report.notes.push(`kill ${kill}: the projections had caught up before it`);
        break;
      }
      await env.worker.kill();
      report.faults.push(`kill -9 worker mid catch-up (${moved[0]} at ${moved[1]} of ${head})`);
    }
    // Commands while the worker is down are taken and queued for it.
    record(await runClients([env.client()], [academyCommands('catchup', '299001').slice(0, 40)]));
    await env.worker.start();
    await waitCaughtUp(env.pool, env.client());
  });
}

export async function postgresRestartedUnderLoad(options: DrillOptions): Promise<DrillReport> {
  return runDrill('postgres-restart', 'restart PostgreSQL (immediate: sessions aborted, WAL recovery) three times during a stream of commands', options, async (env, report, record) => {
    const planned = plans('pgrestart', 3, options);
    const total = planned.reduce((sum, plan) => sum + plan.length, 0);
    let done = 0;
    const stopSupervising = supervise(env, report);
    const load = runClients(env.clients(options.clients), planned, (n) => {
      done = n;
    });
    for (const fraction of [0.2, 0.5, 0.8]) {
      await until(() => done >= total * fraction, 300_000, `${Math.round(fraction * 100)}% of the commands`, 20);
      const downAt = Date.now();
      await env.cluster.restart('immediate');
      report.faults.push(`PostgreSQL restarted (immediate) after ${done} of ${total} commands, down ${Date.now() - downAt} ms`);
    }
    record(await load);
    await stopSupervising();
    await waitCaughtUp(env.pool, env.client());
  });
}

interface ReportAnswer {
  id?: string;
  state?: string;
  position?: string;
  contentHash?: string;
}

export async function redisFlushedWithJobsPending(options: DrillOptions): Promise<DrillReport> {
  return runDrill('redis-flush-restart', 'flush and restart Redis while rebuild and report jobs are pending, with commands streaming', options, async (env, report, record) => {
    const admin = env.client();
    record(await runClients(env.clients(options.clients), plans('redis', 4, { ...options, academiesPerClient: 1 })));
    // Academy Improvement Meetings ahead: each has a documents deadline, a delayed job in Redis (the deadline reactor).
    const aimDates = ['2027-02-10', '2027-03-10', '2027-03-17'];
    const aims: PlannedCommand[] = drillUrns(4, options.clients, 1).flatMap(([urn], i) =>
      urn === undefined ? [] : [{ path: `/academies/${urn}/aims`, body: { date: aimDates[i % aimDates.length], format: 'one-day' }, key: `drill-redis-${urn}-aim` }],
    );
    record(await runClients([admin], [aims]));
    await waitCaughtUp(env.pool, admin);
    const deadlineJobs = async (): Promise<{ id: string; state: string }[]> => {
      const { rows } = await env.pool
        .query<{ id: string }>(`SELECT 'deadline-' || kind || '-' || subject_id || '-' || to_char(due_on, 'YYYY-MM-DD') AS id FROM pending_deadlines WHERE checked_at IS NULL ORDER BY 1`)
        .catch(() => ({ rows: [] as { id: string }[] }));
      return Promise.all(rows.map(async ({ id }) => ({ id, state: (await admin.get<{ state: string }>(`/admin/jobs/${id}`)).body?.state ?? 'missing' })));
    };
    let deadlinesBefore: { id: string; state: string }[] = [];
    await until(
      async () => {
        deadlinesBefore = await deadlineJobs();
        return deadlinesBefore.length >= aims.length && deadlinesBefore.every((job) => job.state === 'delayed');
      },
      30_000,
      'a delayed deadline job for every AIM',
      200,
    ).catch(() => report.notes.push(`deadline jobs before the fault: ${JSON.stringify(deadlinesBefore)}`));

    // Pending: the worker is down, so the jobs wait in Redis.
    await env.worker.stop();
    const pending: { kind: 'rebuild' | 'report'; id: string; body: unknown }[] = [];
    for (const projection of ['academy-card', 'tier-history', 'recharge-ledger']) {
      const answer = await admin.post<{ jobId: string }>(`/admin/projections/${projection}/rebuild`);
      if (answer.status !== 202 || answer.body === null) throw new Error(`rebuild of ${projection} refused: ${answer.status}`);
      pending.push({ kind: 'rebuild', id: answer.body.jobId, body: projection });
    }
    for (const body of [{ type: 'academy-cards' }, { type: 'tier-decisions', academicYear: '2024/25' }, { type: 'compliance', academicYear: '2024/25' }]) {
      const answer = await admin.post<{ reportId: string }>('/admin/reports', body);
      if (answer.status !== 202 || answer.body === null) throw new Error(`report ${body.type} refused: ${answer.status}`);
      pending.push({ kind: 'report', id: answer.body.reportId, body });
    }
    for (const job of pending) {
      const seen = await admin.get<{ state: string }>(`/admin/jobs/${job.id}`);
      if (seen.body?.state !== 'waiting') report.violations.push(`job ${job.id} was ${seen.body?.state ?? seen.status} before the fault, expected waiting`);
    }

    // Commands keep streaming through the fault: they need PostgreSQL only.
    const load = runClients(env.clients(options.clients), plans('redis', 4, options, 1));
    await env.redis.flushAll();
    await env.redis.stop();
    report.faults.push(`Redis flushed (FLUSHALL) and stopped with ${pending.length} jobs pending (${pending.map((job) => job.id.split('-').slice(0, 3).join('-')).join(', ')})`);
    const askedAt = Date.now();
    const whileDown = await admin.post<unknown>('/admin/reports', { type: 'academy-cards' });
    report.notes.push(`POST /admin/reports while Redis is down: ${whileDown.status === 0 ? 'no answer (timed out or connection closed)' : whileDown.status} after ${Date.now() - askedAt} ms`);
    if (whileDown.status === 202 || (whileDown.status > 0 && whileDown.status < 500)) report.violations.push(`POST /admin/reports with Redis down answered ${whileDown.status}, not a retryable error`);
    const readAt = Date.now();
    const jobWhileDown = await admin.get<unknown>(`/admin/jobs/${pending[0]?.id ?? 'x'}`);
    report.notes.push(`GET /admin/jobs/:id while Redis is down: ${jobWhileDown.status === 0 ? 'no answer (timed out or connection closed)' : jobWhileDown.status} after ${Date.now() - readAt} ms`);
    if (jobWhileDown.status === 200) report.violations.push('GET /admin/jobs/:id answered 200 with Redis down');
    // The length of the fault (Redis away while the commands stream through, which need PostgreSQL only), not a wait for anything.
    await sleep(1_000);
    await env.redis.start();
    report.faults.push('Redis restarted empty on the same port');
    await env.worker.start();

    // A job lost with Redis must not be reported as done, nor wait for ever: the queue no longer knows it.
    // One of the few waits for nothing to happen: a lost job gives no sign to wait on, so the restarted
    // worker is given 3 s in which it would have run or reported one, had it kept it anywhere.
    await sleep(3_000);
    for (const job of pending) {
      const seen = await admin.get<{ state: string }>(`/admin/jobs/${job.id}`);
      if (seen.status === 200 && seen.body?.state === 'completed') {
        report.violations.push(`job ${job.id} reported completed after Redis lost it`);
      } else if (seen.status === 200) {
        report.violations.push(`job ${job.id} reported ${seen.body?.state ?? '?'} after Redis lost it`);
      }
      if (job.kind === 'report') {
        const stored = await admin.get<ReportAnswer>(`/admin/reports/${job.id}`);
        if (stored.status === 200) report.violations.push(`report ${job.id} answered 200 though it was never built`);
        if (stored.status === 202) report.violations.push(`report ${job.id} answers 202 (still to come) though its job is gone`);
      }
    }
    report.notes.push(`after the restart the ${pending.length} lost jobs answer 404 (unknown), never a false state`);

    // Asked again, each runs to the end.
    let rerun = 0;
    for (const job of pending) {
      if (job.kind === 'rebuild') {
        const answer = await admin.post<{ jobId: string }>(`/admin/projections/${String(job.body)}/rebuild`);
        const ended = answer.body === null ? 'missing' : await waitForJob(admin, answer.body.jobId, 120_000);
        if (ended === 'missing' || ended.state !== 'completed') report.violations.push(`the rebuild of ${String(job.body)} asked again did not complete: ${JSON.stringify(ended)}`);
        else rerun += 1;
      } else {
        const answer = await admin.post<{ reportId: string }>('/admin/reports', job.body);
        const reportId = answer.body?.reportId ?? 'missing';
        let built: ReportAnswer | null = null;
        await until(
          async () => {
            const seen = await admin.get<ReportAnswer>(`/admin/reports/${reportId}`);
            if (seen.status === 200) built = seen.body;
            return seen.status !== 202;
          },
          120_000,
          `report ${reportId}`,
          200,
        ).catch(() => undefined);
        if (built === null) report.violations.push(`the report ${JSON.stringify(job.body)} asked again was not built`);
        else rerun += 1;
      }
    }
    report.notes.push(`${rerun} of ${pending.length} jobs asked again after the loss completed`);
    // Pending deadlines are kept in PostgreSQL (pending_deadlines) and re-scheduled when the worker starts.
    let deadlinesAfter: { id: string; state: string }[] = [];
    await until(
      async () => {
        deadlinesAfter = await deadlineJobs();
        return deadlinesAfter.length >= deadlinesBefore.length && deadlinesAfter.every((job) => job.state === 'delayed');
      },
      30_000,
      'the deadline jobs to be re-created',
      200,
    ).catch(() => undefined);
    const lostDeadlines = deadlinesBefore.filter((before) => !deadlinesAfter.some((after) => after.id === before.id && after.state === 'delayed'));
    if (deadlinesBefore.length === 0) report.violations.push('no deadline job was pending before the fault: the deadline check did not run');
    for (const job of lostDeadlines) report.violations.push(`deadline job ${job.id} was not re-created after Redis lost it`);
    report.notes.push(`${deadlinesBefore.length} pending deadline jobs (delayed) before the fault, ${deadlinesBefore.length - lostDeadlines.length} re-created as delayed after it`);

    record(await load);
    await waitCaughtUp(env.pool, admin);
  });
}

export const DRILLS = {
  'worker-kill-rebuild': workerKilledMidRebuild,
  'worker-kill-catch-up': workerKilledMidCatchUp,
  'postgres-restart': postgresRestartedUnderLoad,
  'redis-flush-restart': redisFlushedWithJobsPending,
} as const;

export type DrillName = keyof typeof DRILLS;
