import { setTimeout as delay } from 'node:timers/promises';

/**
 * How the peer review and expertise parts of the demo talk to the API: one command with its Idempotency-Key
 * (a 429 waited out as Retry-After says, then sent again, which the key makes safe), or one read.
 */

export interface DemoApi {
  /** The API's base URL, without a trailing slash. */
  baseUrl: string;
  /** A trust-admin's bearer token. */
  token: string;
  print: (line: string) => void;
}

export interface DemoPostOutcome {
  id: string;
  position: string;
  appended: number;
  replayed: boolean;
}

export class DemoCommandRefused extends Error {
  override readonly name = 'DemoCommandRefused';
}

const MAX_RATE_LIMITED_WAITS = 5;

export async function postDemoCommand(api: DemoApi, path: string, body: Record<string, unknown>, idempotencyKey: string, method: 'POST' | 'PUT' = 'POST'): Promise<DemoPostOutcome> {
  for (let waits = 0; ; waits += 1) {
    const response = await fetch(`${api.baseUrl}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${api.token}`, 'Idempotency-Key': idempotencyKey, 'X-Correlation-Id': 'demo' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    if (response.status === 429 && waits < MAX_RATE_LIMITED_WAITS) {
      const retryAfter = Number(response.headers.get('retry-after'));
      api.print(`      rate limited by the API: waiting ${retryAfter} s`);
      await delay((Number.isFinite(retryAfter) && retryAfter > 0 ? Math.min(retryAfter, 60) : 1) * 1000);
      continue;
    }
    if (response.status !== 201) throw new DemoCommandRefused(`${method} ${path} answered ${response.status}: ${text}`);
    const answer = JSON.parse(text) as { id: string; position: string; events: string[] };
    const replayed = response.headers.get('idempotent-replayed') === 'true';
    return { id: answer.id, position: answer.position, appended: replayed ? 0 : answer.events.length, replayed };
  }
}

export async function getDemoJson(api: DemoApi, path: string): Promise<unknown> {
  const response = await fetch(`${api.baseUrl}${path}`, { headers: { Authorization: `Bearer ${api.token}` }, signal: AbortSignal.timeout(30_000) });
  const text = await response.text();
  if (response.status !== 200) throw new DemoCommandRefused(`GET ${path} answered ${response.status}: ${text}`);
  return JSON.parse(text) as unknown;
}

/** What a part of the demo sent: added to the run's summary. */
export interface DemoCounts {
  requests: number;
  appended: number;
  replayed: number;
}

export function count(counts: DemoCounts, outcome: DemoPostOutcome): void {
  counts.requests += 1;
  counts.appended += outcome.appended;
  counts.replayed += outcome.replayed ? 1 : 0;
}
