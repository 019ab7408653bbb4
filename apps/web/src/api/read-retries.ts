import { ApiError } from './client';

/**
 * When a read the console makes is tried again. Refusals (403, 404) and an expired session (401) are answers,
 * not failures: never. Too many requests (429: the client's share of the minute is used up, as right after
 * `npm run demo` from the same machine): after the wait the API names, a few times, so the page fills in by
 * itself. A failure of the server or the network: twice, soon.
 */
export const READ_RETRIES = { rateLimited: 4, failed: 2, longestWaitMs: 60_000 } as const;

export function retryRead(failures: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status === 429) return failures < READ_RETRIES.rateLimited;
  return !(error instanceof ApiError && error.status < 500) && failures < READ_RETRIES.failed;
}

/** How long to wait before trying again: the API's Retry-After for a 429, otherwise a second, then two, then four. */
export function readRetryDelay(failures: number, error: unknown): number {
  if (error instanceof ApiError && error.status === 429 && error.retryAfterSeconds !== null) {
    return Math.min(error.retryAfterSeconds * 1000, READ_RETRIES.longestWaitMs);
  }
  return Math.min(1000 * 2 ** failures, READ_RETRIES.longestWaitMs);
}
