/** What a public-facing API limits: requests per client and the size of a request body. */
export interface HardeningConfig {
  /** Requests one client (IP address) may make per minute: RATE_LIMIT_PER_MINUTE. */
  rateLimitPerMinute: number;
  /** Express's `trust proxy` (TRUST_PROXY): how many proxies, or which addresses, to believe `X-Forwarded-For` from. */
  trustProxy: false | number | string;
}

// Per client address: a school's staff often share one NAT address, and loading the demo trust sends
// ~1,000 commands; 50 a second still stops floods and token guessing.
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 3_000;
/** Every command's body is a few hundred bytes; 100 kB leaves room and refuses abuse with 413. */
export const JSON_BODY_LIMIT = '100kb';

/** Reads RATE_LIMIT_PER_MINUTE and TRUST_PROXY; throws a message naming the variable at fault. */
export function hardeningConfigFromEnv(env: NodeJS.ProcessEnv = process.env): HardeningConfig {
  return { rateLimitPerMinute: rateLimitFrom(env['RATE_LIMIT_PER_MINUTE']), trustProxy: trustProxyFrom(env['TRUST_PROXY']) };
}

function rateLimitFrom(raw: string | undefined): number {
  const text = raw?.trim() ?? '';
  if (text === '') return DEFAULT_RATE_LIMIT_PER_MINUTE;
  const limit = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(limit) || limit < 1) {
    throw new Error(`RATE_LIMIT_PER_MINUTE must be a positive whole number, got "${raw}"`);
  }
  return limit;
}

function trustProxyFrom(raw: string | undefined): false | number | string {
  const text = raw?.trim() ?? '';
  if (text === '' || text.toLowerCase() === 'false' || text === '0') return false;
  if (/^\d+$/.test(text)) return Number(text);
  // `true` would believe any client's X-Forwarded-For, so anyone could choose their own rate-limit bucket.
  if (text.toLowerCase() === 'true') {
    throw new Error('TRUST_PROXY must be the number of proxies in front of the API (e.g. 1) or their addresses (e.g. "loopback, 10.0.0.0/8"), not true');
  }
  return text;
}
