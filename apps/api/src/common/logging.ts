import type { IncomingMessage } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { DestinationStream, LevelWithSilent } from 'pino';
import type { Options } from 'pino-http';
import { requestContextOf } from './request-context/request-context.js';

/** Query parameters some clients put credentials in; their values never reach a log line. */
const SECRET_QUERY_PARAMETERS = /([?&](?:access_token|id_token|token|code|key|secret|password)=)[^&#]*/gi;

/** A request URL as logged: credentials a client put in the query string are replaced. */
export function loggableUrl(url: unknown): unknown {
  return typeof url === 'string' ? url.replace(SECRET_QUERY_PARAMETERS, '$1[REDACTED]') : url;
}

/**
 * Structured request logs. Requests are logged by method, URL and ids only: never a body (it may
 * carry personal data) and never a header (the bearer token, cookies). The serializers keep them
 * out; `redact` removes them again should another serializer or a child logger add them.
 */
export function loggerParams(level: LevelWithSilent, destination?: DestinationStream): Params {
  const options: Options = {
    level,
    genReqId: (request: IncomingMessage) => requestContextOf(request).requestId,
    customProps: (request: IncomingMessage) => ({ correlationId: requestContextOf(request).correlationId }),
    serializers: {
      req: (request: { id?: unknown; method?: unknown; url?: unknown }) => ({ id: request.id, method: request.method, url: loggableUrl(request.url) }),
      res: (response: { statusCode?: unknown }) => ({ statusCode: response.statusCode }),
    },
    redact: {
      paths: [
        'req.headers',
        'req.body',
        'req.headers.authorization',
        'req.headers.cookie',
        'res.headers["set-cookie"]',
        'headers.authorization',
        'headers.cookie',
      ],
      remove: true,
    },
  };
  return { pinoHttp: destination === undefined ? options : [options, destination] };
}
