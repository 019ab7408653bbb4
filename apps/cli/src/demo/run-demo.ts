import { setTimeout as delay } from 'node:timers/promises';
import { RECHARGE_ID_PLACEHOLDER, type DemoFinanceRequest } from './demo-finance.js';
import { loadDemoExpertise } from './demo-expertise.js';
import { resolveIds, type DemoIds } from './demo-ids.js';
import { describeDemoPlans } from './demo-plans.js';
import { loadDemoAims, type DemoAimsLoaded } from './load-demo-aims.js';
import { loadDemoPeerReviews } from './load-demo-peer-reviews.js';
import type { DemoAcademy, DemoRequest } from './demo-trust.js';
import { DEMO_ACADEMIES_AT_ONCE, inOrderAtMost } from './in-order-at-most.js';
import { describeDemoThisYear, type DemoThisYear } from './demo-this-year.js';

export interface DemoRunOptions {
  /** The API's base URL, e.g. http://127.0.0.1:3000 */
  baseUrl: string;
  academies: readonly DemoAcademy[];
  /**
   * The academic year that holds the demo's today, as far as today (buildDemoThisYear): sent after every
   * academy's past, each academy's in order, a few academies at a time.
   */
  thisYear?: DemoThisYear;
  /** Sent after every academy is loaded (recharges name two academies): rate cards, budgets, core days, recharges. */
  finance?: readonly DemoFinanceRequest[];
  /**
   * Also load the improvement cycle: the past year's AIMs and peer reviews recorded after the fact, those
   * planned from `today` (YYYY-MM-DD, London), and the database of expertise. `npm run demo` does; tests of
   * other parts leave it out.
   */
  improvementCycle?: { today: string };
  /** The bearer token every request carries (a trust-admin's: registering academies is theirs only). */
  token: string;
  /** Where progress lines go. */
  print: (line: string) => void;
}

export interface DemoRunSummary {
  requests: number;
  /** Events the API appended during this run. */
  appended: number;
  /** Requests answered from an earlier run (same Idempotency-Key): nothing appended. */
  replayed: number;
  /** The academy with AIM documents overdue and its short-notice AIM, when the improvement cycle was loaded. */
  overdueAim?: DemoAimsLoaded['overdue'];
}

export class DemoRequestFailed extends Error {
  override readonly name = 'DemoRequestFailed';
}

interface CommandAnswer {
  id: string;
  events: string[];
}

/** What is sent: a route, a body and the Idempotency-Key. */
type DemoPost = Pick<DemoRequest, 'path' | 'body' | 'idempotencyKey'>;

/**
 * Loads the demo trust through the API's commands: each academy's history in order, a few academies at
 * a time, printing a line per academy in the trust's order. Every request carries an Idempotency-Key
 * derived from its content, so a second run appends nothing. A request naming what an earlier one made
 * (`{id:<key>}`: a plan's priority, action or support commitment, an AIM) is sent with the id that
 * request's answer gave (demo-ids.ts).
 */
export async function runDemo({ baseUrl, academies, thisYear, finance = [], improvementCycle, token, print }: DemoRunOptions): Promise<DemoRunSummary> {
  const base = baseUrl.replace(/\/+$/, '');
  await checkReachable(base);
  const total: DemoRunSummary = { requests: 0, appended: 0, replayed: 0 };
  const width = String(academies.length).length;
  const ids: DemoIds = new Map();
  const loadAcademy = async (academy: Pick<DemoAcademy, 'academyId' | 'requests'>): Promise<{ appended: number; replayed: number }> => {
    const counts = { appended: 0, replayed: 0 };
    for (const request of academy.requests) {
      const resolved = { ...request, path: resolveIds(request.path, ids), body: resolveIds(request.body, ids) };
      const outcome = await sendRespectingRateLimit(base, resolved, token, `demo-${academy.academyId}`, print);
      ids.set(request.idempotencyKey, outcome.id);
      counts.appended += outcome.appended;
      counts.replayed += outcome.replayed ? 1 : 0;
    }
    return counts;
  };
  await inOrderAtMost(DEMO_ACADEMIES_AT_ONCE, academies, loadAcademy, (academy, counts, index) => {
    total.requests += academy.requests.length;
    total.appended += counts.appended;
    total.replayed += counts.replayed;
    const label = `[${String(index + 1).padStart(width)}/${academies.length}]`;
    print(
      `${label} ${academy.academyId} ${academy.name} (${academy.phase}, ${academy.hub} hub): ` +
        `${academy.requests.length} commands, ${counts.appended} events appended, ${counts.replayed} already loaded`,
    );
  });
  if (thisYear !== undefined) {
    const counts = { requests: 0, appended: 0, replayed: 0 };
    await inOrderAtMost(DEMO_ACADEMIES_AT_ONCE, thisYear.academies, loadAcademy, (academy, loaded) => {
      counts.requests += academy.requests.length;
      counts.appended += loaded.appended;
      counts.replayed += loaded.replayed;
    });
    total.requests += counts.requests;
    total.appended += counts.appended;
    total.replayed += counts.replayed;
    const [held, ...empty] = describeDemoThisYear(thisYear);
    print(`[this year] ${held ?? ''}, for ${thisYear.academies.length} academies: ${counts.requests} commands, ${counts.appended} events appended, ${counts.replayed} already loaded`);
    for (const line of empty) print(`[this year] ${line}`);
  }
  // The past year's plans are completed at its AIMs, with the improvement cycle.
  const plans = [...academies.flatMap((academy) => academy.plans), ...(thisYear?.plans ?? [])].map((plan) => (improvementCycle === undefined ? { ...plan, afterAims: [] } : plan));
  if (plans.length > 0) print(`[plans] ${describeDemoPlans(plans)}`);
  if (finance.length > 0) {
    const counts = await runFinance(base, finance, token, print, ids);
    total.requests += finance.length;
    total.appended += counts.appended;
    total.replayed += counts.replayed;
  }
  if (improvementCycle === undefined) return total;
  const api = { baseUrl: base, token, print };
  await loadDemoPeerReviews(api, academies, total, improvementCycle.today, ids, thisYear?.plans);
  await loadDemoExpertise(api, academies, total);
  const aims = await loadDemoAims(api, academies, total, improvementCycle.today, ids);
  return { ...total, overdueAim: aims.overdue };
}

/**
 * The finance requests in order. A reversal names its recharge by the Idempotency-Key of the request
 * that logged it: that request's answer (replayed on a re-run, so the same) gives the id for its path.
 */
async function runFinance(base: string, requests: readonly DemoFinanceRequest[], token: string, print: (line: string) => void, ids: DemoIds): Promise<{ appended: number; replayed: number }> {
  const rechargeIds = new Map<string, string>();
  const counts = { appended: 0, replayed: 0 };
  const kinds = new Map<string, number>();
  for (const request of requests) {
    const { command } = request;
    let path = request.path;
    if (command.type === 'ReverseRecharge') {
      const rechargeId = rechargeIds.get(command.reverses);
      if (rechargeId === undefined) throw new DemoRequestFailed(`The demo reverses a recharge it has not logged (key ${command.reverses})`);
      path = path.replace(RECHARGE_ID_PLACEHOLDER, encodeURIComponent(rechargeId));
    }
    const outcome = await sendRespectingRateLimit(base, { ...request, path, body: resolveIds(request.body, ids) }, token, 'demo-finance', print);
    if (command.type === 'LogRecharge') rechargeIds.set(request.idempotencyKey, outcome.id);
    counts.appended += outcome.appended;
    counts.replayed += outcome.replayed ? 1 : 0;
    kinds.set(command.type, (kinds.get(command.type) ?? 0) + 1);
  }
  const count = (type: DemoFinanceRequest['command']['type'], noun: string): string => `${kinds.get(type) ?? 0} ${noun}`;
  print(
    `[finance] ${count('SetRateCard', 'rate card')}, ${count('AgreeImprovementBudget', 'budgets')}, ${count('LogCoreDay', 'core days')}, ` +
      `${count('LogRecharge', 'recharges')}, ${count('ReverseRecharge', 'reversal')}: ${counts.appended} events appended, ${counts.replayed} already loaded`,
  );
  return counts;
}

async function checkReachable(base: string): Promise<void> {
  try {
    await fetch(`${base}/health`, { signal: AbortSignal.timeout(10_000) });
  } catch (error: unknown) {
    throw new DemoRequestFailed(`Could not reach the API at ${base} (${error instanceof Error ? error.message : String(error)}). Is it running? Start it with \`npm start\`.`);
  }
}

const MAX_RATE_LIMITED_WAITS = 5;

/**
 * The demo sends several hundred commands: more than the API's default rate limit allows a client in
 * a minute. A 429 is waited out as its Retry-After says and the command sent again, which is safe
 * because every command carries an Idempotency-Key.
 */
async function sendRespectingRateLimit(
  base: string,
  request: DemoPost,
  token: string,
  correlationId: string,
  print: (line: string) => void,
): Promise<{ id: string; appended: number; replayed: boolean }> {
  for (let waits = 0; ; waits += 1) {
    const outcome = await send(base, request, token, correlationId);
    if (outcome.kind === 'answered') return outcome;
    if (waits >= MAX_RATE_LIMITED_WAITS) throw new DemoRequestFailed(`POST ${request.path} is still refused by the API's rate limit`);
    print(`      rate limited by the API: waiting ${outcome.retryAfterSeconds} s (start the API with RATE_LIMIT_PER_MINUTE=5000 to load faster)`);
    await delay(outcome.retryAfterSeconds * 1000);
  }
}

type SendOutcome = { kind: 'answered'; id: string; appended: number; replayed: boolean } | { kind: 'rate-limited'; retryAfterSeconds: number };

async function send(base: string, request: DemoPost, token: string, correlationId: string): Promise<SendOutcome> {
  const response = await fetch(`${base}${request.path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${token}`,
      'Idempotency-Key': request.idempotencyKey,
      'X-Correlation-Id': correlationId,
    },
    body: JSON.stringify(request.body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  if (response.status === 429) {
    const retryAfter = Number(response.headers.get('retry-after'));
    return { kind: 'rate-limited', retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? Math.min(retryAfter, 60) : 1 };
  }
  if (response.status === 401 || response.status === 403) {
    throw new DemoRequestFailed(
      `POST ${request.path} answered ${response.status}: ${text}\n` +
        'The API did not accept the token: run the demo with the JWT_SECRET the API has, or pass a trust-admin token with --token.',
    );
  }
  if (response.status !== 201) {
    throw new DemoRequestFailed(`POST ${request.path} answered ${response.status}: ${text}`);
  }
  const answer = JSON.parse(text) as CommandAnswer;
  const replayed = response.headers.get('idempotent-replayed') === 'true';
  return { kind: 'answered', id: answer.id, appended: replayed ? 0 : answer.events.length, replayed };
}
