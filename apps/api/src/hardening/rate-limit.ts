import { rateLimit, type RateLimitRequestHandler } from 'express-rate-limit';

const WINDOW_MS = 60_000;

/**
 * Limits each client (by IP address: set TRUST_PROXY behind a reverse proxy so it is the client's,
 * not the proxy's) to `perMinute` requests a minute. It is Express middleware, so it runs before
 * every guard: guessing tokens is limited too. Answers carry `RateLimit-*` headers, and a refused
 * request gets 429 with `Retry-After` and the API's error body.
 */
export function rateLimitMiddleware(perMinute: number): RateLimitRequestHandler {
  return rateLimit({
    windowMs: WINDOW_MS,
    limit: perMinute,
    standardHeaders: 'draft-6',
    legacyHeaders: false,
    handler: (_request, response, _next, options) => {
      const retryAfterSeconds = Math.max(1, Math.ceil(Number(response.getHeader('RateLimit-Reset') ?? options.windowMs / 1000)));
      response
        .status(options.statusCode)
        .setHeader('Retry-After', String(retryAfterSeconds))
        .json({ statusCode: options.statusCode, error: 'Too Many Requests', message: `Too many requests; retry in ${retryAfterSeconds} s` });
    },
  });
}
