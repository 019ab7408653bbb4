import type { IncomingMessage, ServerResponse } from 'node:http';

/** The parts of Express's request the API reads (the project does not depend on @types/express). */
export interface HttpRequest extends IncomingMessage {
  body?: unknown;
  params: Record<string, string | undefined>;
  query: Record<string, unknown>;
  /** The matched route; its path is the pattern (`/academies/:id/kpis`), not the concrete URL. */
  route?: { path: string };
  originalUrl: string;
  /** The client's address (the proxy's unless Express's `trust proxy` is set). */
  ip?: string;
}

export interface HttpResponse extends ServerResponse {
  status(code: number): this;
  json(body: unknown): this;
}

/** A request header as one string: absent → undefined; repeated → the first value. */
export function headerValue(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
