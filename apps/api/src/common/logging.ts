import type { IncomingMessage } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { LevelWithSilent } from 'pino';
import { requestContextOf } from './request-context/request-context.js';

/**
 * Structured request logs. Requests are logged by method, URL and ids only: never a body (it may
 * carry personal data) and never a header (authorization, cookies).
 */
export function loggerParams(level: LevelWithSilent): Params {
  return {
    pinoHttp: {
      level,
      genReqId: (request: IncomingMessage) => requestContextOf(request).requestId,
      customProps: (request: IncomingMessage) => ({ correlationId: requestContextOf(request).correlationId }),
      serializers: {
        req: (request: { id?: unknown; method?: unknown; url?: unknown }) => ({ id: request.id, method: request.method, url: request.url }),
        res: (response: { statusCode?: unknown }) => ({ statusCode: response.statusCode }),
      },
      redact: { paths: ['req.headers', 'req.body', 'headers.authorization', 'headers.cookie'], remove: true },
    },
  };
}
