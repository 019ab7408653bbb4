import { Writable } from 'node:stream';
import request from 'supertest';
import { waitUntil } from '@trust/testing';
import { errorAnswer, registration, startTestApp, type TestApp } from './test-support/test-app.js';
import { bearer, tokenFor } from './test-support/tokens.js';

/** Every log line the app writes, as text. */
class LogCapture extends Writable {
  readonly lines: string[] = [];

  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.lines.push(...chunk.toString().split('\n').filter((line) => line !== ''));
    done();
  }

  text(): string {
    return this.lines.join('\n');
  }
}

describe('Hardening of the public API', () => {
  let api: TestApp;
  const logs = new LogCapture();

  beforeAll(async () => {
    api = await startTestApp({ logLevel: 'info', logDestination: logs });
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  it('sends security headers on API answers and on /docs, and no X-Powered-By', async () => {
    for (const response of [await api.admin.get('/academies').expect(200), await request(api.server).get('/docs').expect(200)]) {
      expect(response.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'SAMEORIGIN',
        'strict-transport-security': expect.stringContaining('max-age=') as unknown,
        'referrer-policy': 'no-referrer',
        'cross-origin-opener-policy': 'same-origin',
        'content-security-policy': expect.stringContaining("default-src 'self'") as unknown,
      });
      expect(response.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
      expect(response.headers).not.toHaveProperty('x-powered-by');
    }
  });

  it('413 with a JSON error body for a body over 100 kB, and nothing is stored', async () => {
    const head = await api.head();
    const response = await api.admin
      .post('/academies')
      .send(registration('810001', { name: 'x'.repeat(110 * 1024) }))
      .expect(413);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body).toEqual({ statusCode: 413, error: 'Payload Too Large', message: expect.stringMatching(/too large/) as unknown });
    expect(await api.head()).toBe(head);
  });

  it('reads a body under the limit as usual (here: 400, the name is too long)', async () => {
    const response = await api.admin
      .post('/academies')
      .send(registration('810001', { name: 'x'.repeat(90 * 1024) }))
      .expect(400);
    expect(errorAnswer(response).fields).toEqual(['name']);
  });

  it('parses JSON only: a form-encoded body is refused with 400', async () => {
    const response = await api.admin.post('/academies').type('form').send('academyId=810002&name=Form').expect(400);
    expect(errorAnswer(response).fields).toEqual(['body']);
  });

  it('never writes the bearer token, cookies or credentials in the URL to the logs', async () => {
    const token = await tokenFor({ roles: ['finance'], sub: 'log-watcher' });
    const answered = await request(api.server)
      .get('/academies')
      .set('Authorization', bearer(token))
      .set('Cookie', 'session=cookie-value-that-must-not-be-logged')
      .expect(200);
    const refused = await request(api.server).get('/academies?access_token=query-token-that-must-not-be-logged').set('Authorization', 'Bearer bad.token.value').expect(401);

    const requestIds = [answered.headers['x-request-id'], refused.headers['x-request-id']] as string[];
    await waitUntil(() => requestIds.every((id) => logs.text().includes(id)), { message: 'the two request log lines' });
    const lines = logs.lines.filter((line) => requestIds.some((id) => line.includes(id)));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.join('\n')).toContain('"url":"/academies?access_token=[REDACTED]"');
    for (const secret of [token, token.split('.')[2]!, 'cookie-value-that-must-not-be-logged', 'query-token-that-must-not-be-logged', 'bad.token.value']) {
      expect(logs.text()).not.toContain(secret);
    }
    expect(logs.text()).not.toMatch(/authorization/i);
  });
});

describe('Rate limiting', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ rateLimitPerMinute: 3 });
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  it('answers 429 with Retry-After once a client has made RATE_LIMIT_PER_MINUTE requests, before checking any token', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const response = await request(api.server).get('/academies');
      statuses.push(response.status);
      expect(response.headers['ratelimit-limit']).toBe('3');
      expect(response.headers['ratelimit-remaining']).toBe(String(2 - attempt));
    }
    expect(statuses).toEqual([401, 401, 401]);

    const limited = await api.admin.get('/academies').expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body).toEqual({ statusCode: 429, error: 'Too Many Requests', message: expect.stringMatching(/^Too many requests; retry in \d+ s$/) as unknown });
    await request(api.server).get('/health').expect(429);
  });
});
