import type { DemoAcademy, DemoRequest } from './demo-trust.js';

export interface DemoRunOptions {
  /** The API's base URL, e.g. http://127.0.0.1:3000 */
  baseUrl: string;
  academies: readonly DemoAcademy[];
  /** Where progress lines go. */
  print: (line: string) => void;
}

export interface DemoRunSummary {
  requests: number;
  /** Events the API appended during this run. */
  appended: number;
  /** Requests answered from an earlier run (same Idempotency-Key): nothing appended. */
  replayed: number;
}

export class DemoRequestFailed extends Error {
  override readonly name = 'DemoRequestFailed';
}

interface CommandAnswer {
  events: string[];
}

/**
 * Loads the demo trust through the API's commands, one academy after another, printing a line per
 * academy. Every request carries an Idempotency-Key derived from its content, so a second run
 * appends nothing.
 */
export async function runDemo({ baseUrl, academies, print }: DemoRunOptions): Promise<DemoRunSummary> {
  const base = baseUrl.replace(/\/+$/, '');
  await checkReachable(base);
  const total: DemoRunSummary = { requests: 0, appended: 0, replayed: 0 };
  const width = String(academies.length).length;
  for (const [index, academy] of academies.entries()) {
    const counts = { appended: 0, replayed: 0 };
    for (const request of academy.requests) {
      const outcome = await send(base, request, `demo-${academy.academyId}`);
      counts.appended += outcome.appended;
      counts.replayed += outcome.replayed ? 1 : 0;
    }
    total.requests += academy.requests.length;
    total.appended += counts.appended;
    total.replayed += counts.replayed;
    const label = `[${String(index + 1).padStart(width)}/${academies.length}]`;
    print(
      `${label} ${academy.academyId} ${academy.name} (${academy.phase}, ${academy.hub} hub): ` +
        `${academy.requests.length} commands, ${counts.appended} events appended, ${counts.replayed} already loaded`,
    );
  }
  return total;
}

async function checkReachable(base: string): Promise<void> {
  try {
    await fetch(`${base}/health`, { signal: AbortSignal.timeout(10_000) });
  } catch (error: unknown) {
    throw new DemoRequestFailed(`Could not reach the API at ${base} (${error instanceof Error ? error.message : String(error)}). Is it running? Start it with \`npm start\`.`);
  }
}

async function send(base: string, request: DemoRequest, correlationId: string): Promise<{ appended: number; replayed: boolean }> {
  const response = await fetch(`${base}${request.path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': request.idempotencyKey, 'X-Correlation-Id': correlationId },
    body: JSON.stringify(request.body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  if (response.status !== 201) {
    throw new DemoRequestFailed(`POST ${request.path} answered ${response.status}: ${text}`);
  }
  const answer = JSON.parse(text) as CommandAnswer;
  const replayed = response.headers.get('idempotent-replayed') === 'true';
  return { appended: replayed ? 0 : answer.events.length, replayed };
}
