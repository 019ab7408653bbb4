import { describe, expect, it } from 'vitest';
import { ApiError } from './client';
import { readRetryDelay, retryRead } from './read-retries';

describe('reads tried again', () => {
  it('never after a refusal or an expired session: they are answers', () => {
    for (const status of [400, 401, 403, 404]) expect(retryRead(0, new ApiError(status, 'no'))).toBe(false);
  });

  it('after a 429, when the API says, up to four times: the page fills in by itself once the minute turns', () => {
    const limited = new ApiError(429, 'Too many requests; retry in 4 s', 4);
    expect([0, 1, 2, 3, 4].map((failures) => retryRead(failures, limited))).toEqual([true, true, true, true, false]);
    expect(readRetryDelay(0, limited)).toBe(4_000);
    expect(readRetryDelay(0, new ApiError(429, 'Too many requests', 600))).toBe(60_000);
  });

  it('after a failure of the server or the network, twice, a second then two apart', () => {
    const failed = new ApiError(503, 'Service Unavailable');
    expect([0, 1, 2].map((failures) => retryRead(failures, failed))).toEqual([true, true, false]);
    expect(retryRead(0, new TypeError('Failed to fetch'))).toBe(true);
    expect([0, 1].map((failures) => readRetryDelay(failures, failed))).toEqual([1_000, 2_000]);
    expect(readRetryDelay(0, new ApiError(429, 'no Retry-After'))).toBe(1_000);
  });
});
