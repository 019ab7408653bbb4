import { SignJWT } from 'jose';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiGet, launchBrowser, newContext, seriousViolations, signIn, tokenOf } from './support/browser';

// The ledger under test runs with its published development secret (it offers the development sign-in).
const DEVELOPMENT_SECRET = 'trust-improvement-ledger-development-secret-do-not-use-in-production';

describe('sessions and every page\'s accessibility', () => {
  const url = inject('ledgerUrl');
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('leads an expired session back to sign-in, then returns to the page the user was on', async () => {
    const page = await (await newContext(browser)).newPage();
    const expired = await new SignJWT({ name: 'Fiona Finance', roles: ['finance'], academies: [] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('fiona')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(new TextEncoder().encode(DEVELOPMENT_SECRET));
    await page.goto(`${url}/app/sign-in`);
    await page.evaluate((token) => window.localStorage.setItem('trust-ledger.session', JSON.stringify({ token, kind: 'development' })), expired);
    await page.goto(`${url}/app/finance?year=2024/25&on=2025-01-31`);
    await page.getByText('Your session has ended').waitFor();
    expect(new URL(page.url()).searchParams.get('returnTo')).toBe('/finance?year=2024/25&on=2025-01-31');
    await page.getByLabel('Role').selectOption('finance');
    await page.getByLabel('Name').fill('Fiona Finance');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Finance' }).waitFor();
    expect(page.url()).toBe(`${url}/app/finance?year=2024/25&on=2025-01-31`);
  });

  it('signs out back to the sign-in page, and the pages then need signing in again', async () => {
    const page = await (await newContext(browser)).newPage();
    await signIn(page, url, { role: 'trust-admin', name: 'Tess Admin' });
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.goto(`${url}/app/compliance`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  });

  it('has no serious or critical accessibility violation on any page, each with one h1', async () => {
    const page = await (await newContext(browser)).newPage();
    await page.goto(`${url}/app/sign-in`);
    await page.getByLabel('Role').waitFor();
    const pages: Record<string, string[]> = { '/app/sign-in': await seriousViolations(page).then((found) => found.map((violation) => violation.id)) };
    await signIn(page, url, { role: 'trust-admin', name: 'Tess Admin' });
    // A past the ledger knew: halfway through Hawthorn Park's history as it was recorded.
    const history = await apiGet<{ recordedAt: string }[]>(url, await tokenOf(page), '/academies/145678/timeline');
    const midway = encodeURIComponent(history[Math.floor(history.length / 2)]!.recordedAt);
    const visits: [string, string][] = [
      ['/app/?year=2024/25', 'Academies'],
      ['/app/academies/145678', 'Academy card KPIs'],
      ['/app/tier-decisions?year=2024/25', 'Tier decisions 2024/25'],
      ['/app/compliance?year=2024/25', 'Compliance 2024/25'],
      ['/app/finance?year=2024/25', 'Ledger'],
      [`/app/academies/145678?asOf=${midway}&on=2024-12-31`, 'Timeline'],
    ];
    for (const [path, waitFor] of visits) {
      await page.goto(`${url}${path}`);
      await page.getByRole(waitFor === 'Timeline' ? 'heading' : 'table', { name: waitFor }).first().waitFor();
      await page.waitForLoadState('networkidle');
      expect({ path, h1: await page.getByRole('heading', { level: 1 }).count() }).toEqual({ path, h1: 1 });
      pages[path] = (await seriousViolations(page)).map((violation) => `${violation.id}: ${violation.help} (${violation.nodes})`);
    }
    expect(pages).toEqual(Object.fromEntries(Object.keys(pages).map((path) => [path, []])));
  });
});
