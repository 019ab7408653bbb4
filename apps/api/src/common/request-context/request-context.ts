import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { headerValue } from '../http/http-types.js';

/** What every request carries into the events it causes (the actor is decided in actor.ts, once the access guard has run). */
export interface RequestContext {
  /** Unique per request; the causation id of the events a command appends. */
  readonly requestId: string;
  /** From `X-Correlation-Id`, or new: ties together everything one client interaction caused. */
  readonly correlationId: string;
}

export const CORRELATION_ID_HEADER = 'X-Correlation-Id';
export const REQUEST_ID_HEADER = 'X-Request-Id';

// Ids are echoed in headers and stored in metadata: a bounded, header-safe alphabet only.
const CLIENT_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/;

const contexts = new WeakMap<IncomingMessage, RequestContext>();

/**
 * The request's context, created on first use so the logger (which sees the request first) and
 * the middleware agree on the ids whichever runs first.
 */
export function requestContextOf(request: IncomingMessage): RequestContext {
  const existing = contexts.get(request);
  if (existing !== undefined) return existing;
  const offered = headerValue(request, CORRELATION_ID_HEADER)?.trim();
  const context: RequestContext = {
    requestId: randomUUID(),
    correlationId: offered !== undefined && CLIENT_ID.test(offered) ? offered : randomUUID(),
  };
  contexts.set(request, context);
  return context;
}
