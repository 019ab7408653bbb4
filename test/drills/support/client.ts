import { SignJWT } from 'jose';
import { sleep } from './services.js';

export interface CommandAnswer {
  id: string;
  streamId: string;
  position: string;
  events: string[];
}

/** What the client saw of one command, over all its attempts (each with the same Idempotency-Key). */
export interface CommandOutcome {
  key: string;
  path: string;
  /** `succeeded`: a 2xx answer; `refused`: a 4xx that is not "retry later"; `unresolved`: only retryable errors until the deadline. */
  result: 'succeeded' | 'refused' | 'unresolved';
  answer?: CommandAnswer;
  attempts: number;
  refusal?: { status: number; body: string };
}

/** Tallies of every answer the clients got, across commands. */
export class AnswerTally {
  readonly byStatus = new Map<string, number>();
  connectionErrors = 0;

  count(status: number | 'connection-error'): void {
    if (status === 'connection-error') this.connectionErrors += 1;
    const key = String(status);
    this.byStatus.set(key, (this.byStatus.get(key) ?? 0) + 1);
  }

  /** Retryable errors seen: 5xx answers and connection errors. */
  get retryable(): number {
    let total = 0;
    for (const [status, count] of this.byStatus) if (status === 'connection-error' || status.startsWith('5')) total += count;
    return total;
  }

  summary(): string {
    return [...this.byStatus.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([status, count]) => `${status}×${count}`)
      .join(' ');
  }
}

export async function mintToken(secret: string, sub: string, roles: string[]): Promise<string> {
  return new SignJWT({ name: sub, roles, academies: [] })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime('2h')
    .sign(new TextEncoder().encode(secret));
}

/** An idempotency key's own "still being processed" conflict: documented as "retry shortly". */
const IN_PROGRESS = /still being processed/;

/**
 * A well-behaved client: every command carries an Idempotency-Key, and a retryable error (a 5xx, a
 * connection error, or the key's "still being processed" 409) is retried with the same key and body
 * until it succeeds or the deadline passes.
 */
export class DrillClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
    readonly tally: AnswerTally,
  ) {}

  async command(path: string, body: unknown, key: string, deadlineMs = 120_000): Promise<CommandOutcome> {
    const deadline = Date.now() + deadlineMs;
    let attempts = 0;
    let delay = 50;
    for (;;) {
      attempts += 1;
      let status: number | 'connection-error';
      let text = '';
      try {
        const response = await fetch(`${this.baseUrl}${path}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json', 'idempotency-key': key },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(30_000),
        });
        status = response.status;
        text = await response.text();
      } catch {
        status = 'connection-error';
      }
      this.tally.count(status);
      if (typeof status === 'number' && status >= 200 && status < 300) {
        return { key, path, result: 'succeeded', answer: JSON.parse(text) as CommandAnswer, attempts };
      }
      const retryable = status === 'connection-error' || status >= 500 || status === 429 || (status === 409 && IN_PROGRESS.test(text));
      if (!retryable) return { key, path, result: 'refused', attempts, refusal: { status: typeof status === 'number' ? status : 0, body: text.slice(0, 300) } };
      if (Date.now() > deadline) return { key, path, result: 'unresolved', attempts };
      await sleep(delay);
      delay = Math.min(delay * 2, 1_000);
    }
  }

  async get<T>(path: string): Promise<{ status: number; body: T | null }> {
    try {
      const response = await fetch(`${this.baseUrl}${path}`, { headers: { authorization: `Bearer ${this.token}` }, signal: AbortSignal.timeout(30_000) });
      const text = await response.text();
      let body: T | null = null;
      try {
        body = JSON.parse(text) as T;
      } catch {
        body = null;
      }
      return { status: response.status, body };
    } catch {
      return { status: 0, body: null };
    }
  }

  /** A POST that is not a command (a rebuild, a report): one attempt, the status and body as answered. */
  async post<T>(path: string, body: unknown = {}): Promise<{ status: number; body: T | null }> {
    try {
      const response = await fetch(`${this.baseUrl}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
      const text = await response.text();
      let parsed: T | null = null;
      try {
        parsed = JSON.parse(text) as T;
      } catch {
        parsed = null;
      }
      return { status: response.status, body: parsed };
    } catch {
      return { status: 0, body: null };
    }
  }
}
