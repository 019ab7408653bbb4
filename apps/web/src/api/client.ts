import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './openapi';

export type Paths = paths;

/** What the client needs of the session: the token to send, and what to do when the API refuses it. */
export interface ClientSession {
  token(): string | null;
  /** The API answered 401: the token is missing, expired or no longer accepted. */
  expired(): void;
}

/**
 * An answer the API refused, with its status, so pages can say why (403: not yours to see, 404: not there),
 * and, for a 429, how many seconds the API asked to wait (its Retry-After).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
  }
}

/** The typed client of the API (same origin), sending the session's token and reporting a 401 to it. */
export function createApiClient(session: ClientSession, baseUrl = window.location.origin, fetchImpl?: typeof fetch) {
  const client = createClient<paths>({ baseUrl, ...(fetchImpl === undefined ? {} : { fetch: fetchImpl }) });
  const auth: Middleware = {
    onRequest({ request }) {
      const token = session.token();
      if (token !== null) request.headers.set('Authorization', `Bearer ${token}`);
      return request;
    },
    onResponse({ response }) {
      if (response.status === 401) session.expired();
      return response;
    },
  };
  client.use(auth);
  return client;
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** The answer's data, or an ApiError with the API's own message. */
export function dataOf<T>(answer: { data?: T; error?: unknown; response: Response }): T {
  if (answer.data !== undefined && answer.response.ok) return answer.data;
  const message = messageOf(answer.error) ?? `${answer.response.status} ${answer.response.statusText}`;
  const retryAfter = Number(answer.response.headers.get('Retry-After'));
  throw new ApiError(answer.response.status, message, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null);
}

function messageOf(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('message' in error)) return null;
  const { message } = error;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : null;
}
