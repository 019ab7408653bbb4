import { createServer, type Server } from 'node:http';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, seriousViolations } from './support/browser';
import { freePort, startLedger, type RunningLedger } from './support/ledger';

const CLIENT_ID = 'trust-console';

/**
 * A real OpenID Connect provider (oidc-provider) on 127.0.0.1, and the ledger configured to trust it: the
 * console signs in with the authorization code flow and PKCE, and the API accepts the issuer's ID token.
 */
describe('signing in with the organisation\'s OpenID Connect provider', () => {
  let issuer: string;
  let server: Server;
  let ledger: RunningLedger;
  let browser: Browser;

  beforeAll(async () => {
    const port = await freePort();
    issuer = `http://127.0.0.1:${port}`;
    const ledgerPort = await freePort();
    const { privateKey } = await generateKeyPair('RS256', { extractable: true });
    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: CLIENT_ID,
          redirect_uris: [`http://127.0.0.1:${ledgerPort}/app/oidc-callback`],
          post_logout_redirect_uris: [`http://127.0.0.1:${ledgerPort}/app/sign-in`],
          response_types: ['code'],
          grant_types: ['authorization_code'],
          token_endpoint_auth_method: 'none',
        },
      ],
      jwks: { keys: [{ ...(await exportJWK(privateKey)), kid: 'journey', use: 'sig', alg: 'RS256' }] },
      scopes: ['openid', 'profile', 'trust'],
      claims: { openid: ['sub'], profile: ['name'], trust: ['roles', 'academies'] },
      // The claims of the scopes granted go into the ID token, which is what the console sends the API.
      conformIdTokenClaims: false,
      findAccount: (_context, sub) => ({
        accountId: sub,
        claims: () => ({ sub, name: 'Olive Organisation', roles: ['standards-committee'], academies: [] }),
      }),
      features: { devInteractions: { enabled: true } },
      pkce: { required: () => true },
    });
    const handle = provider.callback();
    server = createServer((request, response) => {
      void handle(request, response);
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    ledger = await startLedger({
      PORT: String(ledgerPort),
      JWT_JWKS_URL: `${issuer}/jwks`,
      JWT_ISSUER: issuer,
      JWT_AUDIENCE: CLIENT_ID,
      OIDC_SCOPE: 'openid profile trust',
      // An issuer makes it a deployment: it must be given the master key its personal data is sealed under.
      PERSONAL_DATA_MASTER_KEY: 'b2lkYy1qb3VybmV5LW1hc3Rlci1rZXktMDEyMzQ1Njc=',
    });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await ledger?.stop();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('offers only the organisation\'s sign-in, runs the code flow with PKCE, and lands signed in on the page asked for', async () => {
    const page = await (await newContext(browser)).newPage();
    const authorizeRequests: URL[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(`${issuer}/auth`)) authorizeRequests.push(new URL(request.url()));
    });
    await page.goto(`${ledger.url}/app/compliance?year=2024/25`);
    await page.getByRole('button', { name: 'Sign in with your organisation' }).waitFor();
    expect(await page.getByLabel('Role').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Sign in with your organisation' }).click();

    await page.locator('input[name="login"]').fill('olive');
    await page.locator('input[name="password"]').fill('anything');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.getByRole('heading', { level: 1, name: 'Compliance' }).waitFor();
    expect(page.url()).toBe(`${ledger.url}/app/compliance?year=2024/25`);
    expect(await page.getByTestId('signed-in-user').textContent()).toContain('Olive Organisation, Standards committee');
    const authorize = authorizeRequests[0]!;
    expect(authorize.searchParams.get('response_type')).toBe('code');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // The API took the issuer's token: the page shows the answer, not a refusal.
    await page.getByRole('table', { name: 'Compliance 2024/25' }).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in with your organisation' }).waitFor();
  });

  it('has no development sign-in beside the issuer', async () => {
    const response = await fetch(`${ledger.url}/auth/development-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"role":"trust-admin","name":"Mallory"}' });
    expect(response.status).toBe(404);
  });
});
