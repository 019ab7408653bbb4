import type { IncomingMessage, ServerResponse } from 'node:http';
import { Injectable, type NestMiddleware } from '@nestjs/common';
import { CORRELATION_ID_HEADER, REQUEST_ID_HEADER, requestContextOf } from './request-context.js';

/** Establishes the request context and echoes its ids, so a client can quote them. */
@Injectable()
export class RequestContextMiddleware implements NestMiddleware {
  use(request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void): void {
    const context = requestContextOf(request);
    response.setHeader(CORRELATION_ID_HEADER, context.correlationId);
    response.setHeader(REQUEST_ID_HEADER, context.requestId);
    next();
  }
}
