import { DemoCommandRefused, type DemoApi } from './demo-post.js';

/** An event of the audit trail, as GET /audit answers it: what the demo reads of it. */
export interface DemoAuditEvent {
  position: string;
  streamId: string;
  type: string;
  recordedAt: string;
  idempotencyKey: string | null;
  academyIds: string[];
  data: Record<string, unknown> | null;
}

const PAGE = 1000;
const CATCH_UP_ATTEMPTS = 12;

/**
 * The audit trail's events of one type, in position order, page after page (`X-Next-After`), once the trail
 * has every event the store held when asked (a 503 while it catches up is asked again).
 */
export async function* auditEvents(api: DemoApi, type: string): AsyncGenerator<DemoAuditEvent> {
  const minPosition = await headPosition(api);
  let after: string | null = null;
  do {
    const query = new URLSearchParams({ type, minPosition, limit: String(PAGE), ...(after === null ? {} : { after }) });
    const page = await auditPage(api, query);
    yield* page.events;
    after = page.nextAfter;
  } while (after !== null);
}

async function auditPage(api: DemoApi, query: URLSearchParams): Promise<{ events: DemoAuditEvent[]; nextAfter: string | null }> {
  for (let attempt = 1; ; attempt += 1) {
    const response = await fetch(`${api.baseUrl}/audit?${query.toString()}`, { headers: { Authorization: `Bearer ${api.token}` }, signal: AbortSignal.timeout(30_000) });
    const text = await response.text();
    if (response.status === 503 && attempt < CATCH_UP_ATTEMPTS) continue;
    if (response.status !== 200) throw new DemoCommandRefused(`GET /audit answered ${response.status}: ${text}`);
    return { events: JSON.parse(text) as DemoAuditEvent[], nextAfter: response.headers.get('x-next-after') };
  }
}

/** The store's head position, from /health (public): what a read must have caught up with. */
export async function headPosition(api: Pick<DemoApi, 'baseUrl'>): Promise<string> {
  const response = await fetch(`${api.baseUrl}/health`, { signal: AbortSignal.timeout(30_000) });
  const body = (await response.json()) as { details?: { eventStore?: { headPosition?: unknown } } };
  const head = body.details?.eventStore?.headPosition;
  return typeof head === 'string' && /^\d+$/.test(head) ? head : '0';
}
