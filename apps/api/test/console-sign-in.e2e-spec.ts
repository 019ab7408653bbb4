import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { DEVELOPMENT_JWT_SECRET } from '@trust/tokens';
import { sharedSecretAuth, type AuthConfig } from '../src/access/auth-config.js';
import { startTestApp, type TestApp } from './test-support/test-app.js';
import { bearer } from './test-support/tokens.js';

interface TokenBody {
  token: string;
  expiresAt: string;
}

const DEVELOPMENT_AUTH = sharedSecretAuth(DEVELOPMENT_JWT_SECRET);
const ISSUER_AUTH: AuthConfig = {
  sharedSecret: null,
  oidc: { jwksUrl: new URL('http://127.0.0.1:9/jwks'), issuer: 'http://127.0.0.1:9/issuer', audience: ['trust-console', 'other-client'] },
};

describe('Signing in to the console: the development sign-in, the issuer, who is signed in', () => {
  describe('with the development secret', () => {
    let api: TestApp;

    beforeAll(async () => {
      api = await startTestApp({ auth: DEVELOPMENT_AUTH });
    }, 60_000);

    afterAll(async () => {
      await api.close();
    });

    it('offers the development sign-in and no issuer', async () => {
      const response = await request(api.server).get('/auth/config').expect(200);
      expect(response.body).toEqual({ development: true, oidc: null });
    });

    it('gives a governor of one academy a token the API takes as that governor, allowed what governors are allowed', async () => {
      const minted = await request(api.server).post('/auth/development-token').send({ role: 'governor', academy: '142567', name: '  Gail Governor ' }).expect(200);
      const { token, expiresAt } = minted.body as TokenBody;
      expect(Date.parse(expiresAt)).toBeGreaterThan(0);
      const me = await request(api.server).get('/auth/me').set('Authorization', bearer(token)).expect(200);
      expect(me.body).toMatchObject({ userId: 'dev-governor-gail-governor', name: 'Gail Governor', roles: ['governor'], academies: ['142567'] });
      const permissions = (me.body as { permissions: string[] }).permissions;
      expect(permissions).toEqual(expect.arrayContaining(['academies.list', 'academy-card.read', 'tier-history.read', 'session.read']));
      expect(permissions).not.toEqual(expect.arrayContaining(['reconciliation.read']));
      expect(permissions).not.toContain('tier-decisions.list');
      expect(permissions).not.toContain('compliance.read');
    });

    it('gives a trust-wide role no academy even when one is sent', async () => {
      const minted = await request(api.server).post('/auth/development-token').send({ role: 'finance', academy: '142567', name: 'Fiona Finance' }).expect(200);
      const me = await request(api.server).get('/auth/me').set('Authorization', bearer((minted.body as TokenBody).token)).expect(200);
      expect(me.body).toMatchObject({ roles: ['finance'], academies: [] });
      expect((me.body as { permissions: string[] }).permissions).toEqual(expect.arrayContaining(['reconciliation.read', 'ledger.read', 'compliance.read']));
    });

    it.each([
      [{ role: 'governor', name: 'Gail' }, ['academy']],
      [{ role: 'chair', name: 'Gail' }, ['role']],
      [{ role: 'finance', name: '' }, ['name']],
      [{ role: 'finance', name: 'Gail\u0007' }, ['name']],
      [{ role: 'headteacher', academy: '12345', name: 'Hana' }, ['academy']],
    ])('refuses %j naming %j', async (body, fields) => {
      const response = await request(api.server).post('/auth/development-token').send(body).expect(400);
      expect(response.body).toMatchObject({ fields });
    });

    it('answers who is signed in only with a token', async () => {
      await request(api.server).get('/auth/me').expect(401);
    });
  });

  describe('with a secret of the deployment\'s own', () => {
    let api: TestApp;

    beforeAll(async () => {
      api = await startTestApp();
    }, 60_000);

    afterAll(async () => {
      await api.close();
    });

    it('has no development sign-in: the route does not exist', async () => {
      expect((await request(api.server).get('/auth/config').expect(200)).body).toEqual({ development: false, oidc: null });
      await request(api.server).post('/auth/development-token').send({ role: 'trust-admin', name: 'Mallory' }).expect(404);
    });
  });

  describe('with an OpenID Connect issuer', () => {
    let api: TestApp;

    beforeAll(async () => {
      api = await startTestApp({ auth: ISSUER_AUTH });
    }, 60_000);

    afterAll(async () => {
      await api.close();
    });

    it('tells the console the issuer and its client id, offers no development sign-in, and lets the console call the issuer', async () => {
      const response = await request(api.server).get('/auth/config').expect(200);
      expect(response.body).toEqual({ development: false, oidc: { authority: 'http://127.0.0.1:9/issuer', clientId: 'trust-console', scope: 'openid profile' } });
      expect(response.headers['content-security-policy']).toContain("connect-src 'self' http://127.0.0.1:9");
      await request(api.server).post('/auth/development-token').send({ role: 'trust-admin', name: 'Mallory' }).expect(404);
    });
  });

  describe('serving the console', () => {
    let api: TestApp;
    let built: string;

    beforeAll(async () => {
      built = mkdtempSync(path.join(tmpdir(), 'console-'));
      mkdirSync(path.join(built, 'assets'));
      writeFileSync(path.join(built, 'index.html'), '<!doctype html><title>Console</title><div id="root"></div>');
      writeFileSync(path.join(built, 'assets', 'index-abc123.js'), 'console.log("console")');
      api = await startTestApp({ consoleDir: built });
    }, 60_000);

    afterAll(async () => {
      await api.close();
      rmSync(built, { recursive: true, force: true });
    });

    it('leads / and /app to /app/', async () => {
      expect((await request(api.server).get('/').expect(302)).headers['location']).toBe('/app/');
      expect((await request(api.server).get('/app').expect(302)).headers['location']).toBe('/app/');
    });

    it('answers every page URL with the console, so a refresh anywhere loads it', async () => {
      for (const url of ['/app/', '/app/academies/142567?asOf=2025-01-20T12:00:00Z', '/app/finance?year=2024/25']) {
        const response = await request(api.server).get(url).expect(200);
        expect(response.text).toContain('<div id="root">');
        expect(response.headers['cache-control']).toBe('no-cache');
      }
    });

    it('serves the hashed assets for good, and no asset that is not there', async () => {
      const asset = await request(api.server).get('/app/assets/index-abc123.js').expect(200);
      expect(asset.headers['cache-control']).toContain('immutable');
      expect(asset.headers['content-type']).toContain('javascript');
    });

    it('leaves the API\'s own routes alone', async () => {
      await request(api.server).get('/academies').expect(401);
    });
  });

  describe('before the console is built', () => {
    let api: TestApp;

    beforeAll(async () => {
      api = await startTestApp({ consoleDir: path.join(tmpdir(), 'no-console-here') });
    }, 60_000);

    afterAll(async () => {
      await api.close();
    });

    it('says how to build it', async () => {
      const response = await request(api.server).get('/app/').expect(503);
      expect(response.text).toContain('npm run build');
    });
  });
});
