import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import request from 'supertest';
import { createPool } from '@trust/database';
import { authConfigFromEnv } from '../src/access/auth-config.js';
import { DEVELOPMENT_JWT_SECRET, mintLocalToken } from '@trust/tokens';
import { createApp } from '../src/app.js';
import { validateResponsesAgainstOpenApi } from './test-support/openapi-responses.js';
import { startTestApp, type TestApp } from './test-support/test-app.js';
import { bearer, TEST_MASTER_KEY } from './test-support/tokens.js';

const ISSUER = 'https://login.example.test/trust-tenant/v2.0';
const AUDIENCE = 'api://trust-improvement-ledger';

/** An OpenID Connect issuer's key-set endpoint, on 127.0.0.1: serves the public keys it is given. */
async function serveKeySet(keys: object[]): Promise<{ url: string; requests: () => number; close: () => Promise<void> }> {
  let served = 0;
  const server: Server = createServer((req, res) => {
    served += 1;
    if (req.url !== '/discovery/v2.0/keys') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ keys }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/discovery/v2.0/keys`,
    requests: () => served,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

interface IssuedToken {
  key?: CryptoKey;
  kid?: string;
  issuer?: string;
  audience?: string;
  expiresIn?: string;
  claims?: JWTPayload;
}

describe('Tokens from an OpenID Connect issuer (JWKS, RS256)', () => {
  let api: TestApp;
  let keySet: Awaited<ReturnType<typeof serveKeySet>>;
  let signingKey: CryptoKey;
  let strangerKey: CryptoKey;

  function issue({ key = signingKey, kid = 'trust-key-1', issuer = ISSUER, audience = AUDIENCE, expiresIn = '10m', claims = {} }: IssuedToken = {}): Promise<string> {
    return new SignJWT({ name: 'Imogen Director', roles: ['improvement-director'], academies: [], ...claims })
      .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
      .setSubject('entra-oid-5b1c')
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime(expiresIn)
      .sign(key);
  }

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    signingKey = pair.privateKey;
    strangerKey = (await generateKeyPair('RS256')).privateKey;
    keySet = await serveKeySet([{ ...(await exportJWK(pair.publicKey)), kid: 'trust-key-1', alg: 'RS256', use: 'sig' }]);
    // Configured as an operator would: through the environment, with no JWT_SECRET.
    api = await startTestApp({ auth: authConfigFromEnv({ JWT_JWKS_URL: keySet.url, JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE }) });
  }, 60_000);

  afterAll(async () => {
    await api.close();
    await keySet.close();
  });

  it('accepts a token signed with the issuer\'s key, and records its user as the actor', async () => {
    const director = api.as(await issue());
    await director.get('/academies').expect(200);

    const admin = api.as(await issue({ claims: { roles: ['trust-admin'] } }));
    await admin.post('/academies').send({ academyId: '740002', name: 'Issuer Academy', phase: 'primary', hub: 'North', joinedOn: '2020-09-01' }).expect(201);
    await director.post('/academies/740002/kpis').send({ kpi: 'attendance', academicYear: '2024/25', term: 'autumn', value: 95.1 }).expect(201);

    const events = await api.streamEvents('academy-740002');
    expect(events.map((event) => event.metadata.actor)).toEqual([
      { userId: 'entra-oid-5b1c', role: 'trust-admin' },
      { userId: 'entra-oid-5b1c', role: 'improvement-director' },
    ]);
    expect(keySet.requests()).toBeGreaterThanOrEqual(1);
  });

  it('applies the role and academy rules to issued tokens too', async () => {
    const governor = api.as(await issue({ claims: { roles: ['governor'], academies: ['740003'] } }));
    await governor.get('/academies/740002/card').expect(403);
    await governor.post('/academies/740002/kpis').send({ kpi: 'teaching', academicYear: '2024/25', term: 'autumn', value: 80 }).expect(403);
  });

  it.each<[string, () => IssuedToken, string]>([
    ['another issuer', () => ({ issuer: 'https://login.example.test/other-tenant/v2.0' }), 'The token\'s "iss" claim is not acceptable'],
    ['another audience', () => ({ audience: 'api://some-other-app' }), 'The token\'s "aud" claim is not acceptable'],
    ['a key the issuer does not publish, under its key id', () => ({ key: strangerKey }), 'The token is invalid'],
    ['an unknown key id', () => ({ kid: 'rotated-away' }), 'The token is invalid'],
    ['an expired token', () => ({ expiresIn: '-10m' }), 'The token has expired'],
  ])('401 for %s', async (_case, options, message) => {
    const token = await issue(options());
    const response = await request(api.server).get('/academies').set('Authorization', bearer(token)).expect(401);
    expect(response.body).toEqual({ statusCode: 401, error: 'Unauthorized', message });
    expect(response.headers['www-authenticate']).toContain('error="invalid_token"');
  });

  it('401 for an HS256 token, even one signed with the development secret: only the issuer\'s tokens count', async () => {
    const token = await mintLocalToken(DEVELOPMENT_JWT_SECRET, { sub: 'local', name: 'Local', roles: ['trust-admin'], academies: [], expiresIn: '5m' });
    await request(api.server).get('/academies').set('Authorization', bearer(token)).expect(401);
  });
});

describe('When the issuer\'s key set cannot be fetched', () => {
  let app: INestApplication;
  const pool = createPool({ url: 'postgres://postgres@127.0.0.1:1/nowhere', max: 1 });

  beforeAll(async () => {
    const gone = await serveKeySet([]);
    const url = gone.url;
    await gone.close();
    app = await createApp({ pool, runProjections: false, logLevel: 'silent', eventStore: { kind: 'postgres' }, masterKey: TEST_MASTER_KEY, auth: authConfigFromEnv({ JWT_JWKS_URL: url, JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE }) });
    validateResponsesAgainstOpenApi(app);
  });

  afterAll(async () => {
    await app.close();
    await pool.end();
  });

  it('answers 503 with Retry-After: the token may be fine, the keys are unreachable', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const token = await new SignJWT({ roles: ['finance'] })
      .setProtectedHeader({ alg: 'RS256', kid: 'k' })
      .setSubject('u1')
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setExpirationTime('5m')
      .sign(privateKey);
    const response = await request(app.getHttpServer() as Server).get('/academies').set('Authorization', bearer(token)).expect(503);
    expect(response.headers['retry-after']).toBe('5');
    expect(response.body).toEqual({ statusCode: 503, error: 'Service Unavailable', message: expect.stringContaining('signing keys') as unknown });
  });
});
