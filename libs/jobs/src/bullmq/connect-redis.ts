import { Redis } from 'ioredis';
import { errorMessage } from '../job-rules.js';

const PROBE_TIMEOUT_MS = 10_000;

/**
 * Opens a Redis client for the job queues and checks the server answers a PING. Throws an Error
 * naming REDIS_URL when the URL is not a Redis URL or the server does not answer in time, rather
 * than letting ioredis retry for ever in the background. The caller owns the client.
 */
export async function connectRedis(url: string, options: { timeoutMs?: number } = {}): Promise<Redis> {
  assertRedisUrl(url);
  const timeoutMs = options.timeoutMs ?? PROBE_TIMEOUT_MS;
  // A producer fails fast while Redis is away (no offline queue, one retry), so an HTTP request answers
  // 503 at once instead of hanging; ioredis still reconnects in the background.
  const client = new Redis(url, { lazyConnect: true, connectTimeout: timeoutMs, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  // ioredis rejects connect() with a bare "Connection is closed."; the reason comes as an error event.
  let lastError: Error | undefined;
  const remember = (error: Error): void => void (lastError = error);
  client.on('error', remember);
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      client.connect().then(() => client.ping()),
      new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
  } catch (error) {
    client.disconnect();
    throw new Error(
      `Could not reach Redis at REDIS_URL (${redactRedisUrl(url)}): ${errorMessage(lastError ?? error)}. ` +
        'Start Redis or correct REDIS_URL; leave REDIS_URL unset to run jobs in-process.',
      { cause: error },
    );
  } finally {
    clearTimeout(timer);
    client.off('error', remember);
  }
  return client;
}

export function assertRedisUrl(url: string): void {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (parsed?.protocol !== 'redis:' && parsed?.protocol !== 'rediss:') {
    throw new Error(`REDIS_URL must be a redis:// or rediss:// URL, for example redis://localhost:6379, got "${redactRedisUrl(url)}"`);
  }
}

/** The URL with any user name and password replaced, so it can go into a log. */
export function redactRedisUrl(url: string): string {
  return url.replace(/^([a-z+]+:\/\/)[^@/]*@/i, '$1***@');
}
