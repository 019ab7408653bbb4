import { Catch, HttpException, HttpStatus, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { isConnectionFailure } from '@trust/database';
import { DomainError } from '@trust/domain';
import { EventStoreUnavailableError, WrongExpectedVersionError } from '@trust/event-store';
import { JobQueueUnavailableError } from '@trust/jobs';
import { IdempotencyKeyReusedError } from '../idempotency/idempotency-key-reused.error.js';
import { requestContextOf } from '../request-context/request-context.js';
import { answerHeadersOf } from './answer-headers.js';
import { badRequestBody } from './bad-request.js';
import type { HttpRequest, HttpResponse } from './http-types.js';

interface ErrorAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

function errorBody(status: number, message: string): { statusCode: number; error: string; message: string } {
  return { statusCode: status, error: STATUS_TEXT[status] ?? 'Error', message };
}

/**
 * The one mapping from failures to HTTP answers. Domain refusals keep their meaning
 * (invalid → 400 naming the field, forbidden → 403, not-found → 404, conflict → 409, refused → 422); a write that
 * lost a race even after the command pipeline's retries → 409; anything unexpected → a generic 500
 * that discloses nothing (no stack, no SQL), logged with the request's ids.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(ApiExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<HttpRequest>();
    const response = http.getResponse<HttpResponse>();
    const answer = this.answerFor(exception, request);
    if (response.headersSent) {
      response.end();
      return;
    }
    for (const [name, value] of Object.entries(answer.headers ?? {})) response.setHeader(name, value);
    response.status(answer.status).json(answer.body);
  }

  private answerFor(exception: unknown, request: HttpRequest): ErrorAnswer {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      if (status === 400 && !hasFields(body)) {
        // A 400 raised outside our validation (the JSON body parser, a framework pipe): same shape as ours.
        return { status, body: badRequestBody([{ field: 'body', message: messageOf(body) }]) };
      }
      const headers = answerHeadersOf(exception);
      return {
        status,
        body: typeof body === 'string' ? errorBody(status, body) : body,
        ...(headers === undefined ? {} : { headers: { ...headers } }),
      };
    }
    if (exception instanceof DomainError) {
      switch (exception.kind) {
        case 'invalid':
          return { status: 400, body: badRequestBody([{ field: exception.field ?? 'body', message: exception.message }]) };
        case 'forbidden':
          return { status: 403, body: errorBody(403, `Not allowed: ${exception.message}`) };
        case 'not-found':
          return { status: 404, body: errorBody(404, exception.message) };
        case 'conflict':
          return { status: 409, body: errorBody(409, exception.message) };
        case 'refused':
          return { status: 422, body: errorBody(422, exception.message) };
        default: {
          const _exhaustive: never = exception.kind;
          return _exhaustive;
        }
      }
    }
    if (exception instanceof IdempotencyKeyReusedError) {
      return { status: 422, body: errorBody(422, exception.message) };
    }
    if (exception instanceof WrongExpectedVersionError) {
      return { status: 409, body: errorBody(409, 'The record was changed by another request at the same time; retry the request') };
    }
    if (exception instanceof EventStoreUnavailableError) {
      this.logUnexpected(exception, request);
      return { status: 503, body: errorBody(503, 'The event store is unavailable; retry shortly'), headers: { 'Retry-After': '1' } };
    }
    if (exception instanceof JobQueueUnavailableError) {
      // Redis is away: nothing was enqueued or read, so the same request may be sent again.
      this.logUnexpected(exception, request);
      return { status: 503, body: errorBody(503, 'The job queue is unavailable; retry shortly'), headers: { 'Retry-After': '1' } };
    }
    const parserFailure = bodyParserFailure(exception);
    if (parserFailure !== null) return parserFailure;
    if (isDatabaseUnavailable(exception)) {
      // A restarting or unreachable PostgreSQL: nothing was committed by this request's failed query, so a retry is safe.
      this.logUnexpected(exception, request);
      return { status: 503, body: errorBody(503, 'The database is unavailable; retry shortly'), headers: { 'Retry-After': '1' } };
    }

    this.logUnexpected(exception, request);
    return { status: 500, body: errorBody(500, 'Internal server error') };
  }

  private logUnexpected(exception: unknown, request: HttpRequest): void {
    const context = requestContextOf(request);
    this.logger.error(
      { err: exception, requestId: context.requestId, correlationId: context.correlationId, method: request.method, route: request.route?.path },
      'request failed',
    );
  }
}

function hasFields(body: unknown): boolean {
  return typeof body === 'object' && body !== null && Array.isArray((body as { fields?: unknown }).fields);
}

function messageOf(body: unknown): string {
  if (typeof body === 'string') return body;
  const message = typeof body === 'object' && body !== null ? (body as { message?: unknown }).message : undefined;
  if (typeof message === 'string') return message;
  if (Array.isArray(message)) return message.map(String).join('; ');
  return 'Bad request';
}

/** The JSON body parser's own errors (http-errors with a `type`): the client's fault, never a 500. */
function bodyParserFailure(exception: unknown): ErrorAnswer | null {
  if (!(exception instanceof Error)) return null;
  const { type, status } = exception as Error & { type?: unknown; status?: unknown };
  if (typeof type !== 'string' || typeof status !== 'number' || status < 400 || status >= 500) return null;
  switch (type) {
    case 'entity.parse.failed':
      return { status: 400, body: badRequestBody([{ field: 'body', message: 'The request body is not valid JSON' }]) };
    case 'entity.too.large':
      return { status: HttpStatus.PAYLOAD_TOO_LARGE, body: errorBody(413, 'The request body is too large') };
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return { status: HttpStatus.UNSUPPORTED_MEDIA_TYPE, body: errorBody(415, 'The request body encoding is not supported') };
    default:
      return { status: 400, body: badRequestBody([{ field: 'body', message: 'The request body could not be read' }]) };
  }
}

/** A failure of the connection to PostgreSQL rather than of the query: see isConnectionFailure. */
export function isDatabaseUnavailable(exception: unknown): boolean {
  return isConnectionFailure(exception);
}
