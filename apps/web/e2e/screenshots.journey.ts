import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { launchBrowser, newContext, signIn } from './support/browser';
import { ROOT } from './support/ledger';

const OUT = path.join(ROOT, 'docs/screenshots');

/** `npm run screenshots`: every page of the console on the demo trust, into docs/screenshots/. Skipped otherwise. */
describe.skipIf(process.env['SCREENSHOTS'] !== '1')('screenshots of the console on the demo trust', () => {
  const url = inject('ledgerUrl');
  let browser: Browser;

  beforeAll(async () => {
    await mkdir(OUT, { recursive: true });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  async function shoot(page: Page, name: string, path_: string, ready: (page: Page) => Promise<unknown>): Promise<void> {
    await page.goto(`${url}${path_}`);
    await ready(page);
    await page.waitForLoadState('networkidle');
    // Charts animate in: let them settle.
    await page.waitForTimeout(1200);
    await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: true });
  }

  it('takes every page', async () => {
    const page = await (await newContext(browser)).newPage();
    await shoot(page, 'sign-in', '/app/sign-in', (p) => p.getByLabel('Role').waitFor());
    await signIn(page, url, { role: 'trust-admin', name: 'Tess Admin' });
    const table = (name: string) => (p: Page) => p.getByRole('table', { name }).locator('tbody tr').first().waitFor();
    await shoot(page, 'trust-overview', '/app/?year=2024/25', table('Academies'));
    await shoot(page, 'academy', '/app/academies/142567', (p) => p.getByRole('heading', { name: 'KPI trends' }).waitFor());
    await shoot(page, 'tier-decisions', '/app/tier-decisions?year=2024/25', table('Tier decisions 2024/25'));
    await shoot(page, 'compliance', '/app/compliance?year=2024/25', table('Compliance 2024/25'));
    await shoot(page, 'finance', '/app/finance?year=2024/25', table('Ledger'));
    await shoot(page, 'time-travel', '/app/compliance?year=2024/25&on=2025-01-31', table('Compliance 2024/25'));
    await shoot(page, 'administration', '/app/admin', table('Read models'));
    await shoot(page, 'imports', '/app/admin/imports', (p) => p.getByRole('heading', { name: 'Templates' }).waitFor());

    const director = await (await newContext(browser)).newPage();
    await signIn(director, url, { role: 'improvement-director', name: 'Dee Director' });
    await shoot(director, 'decide-a-tier', '/app/academies/142567', async (p) => {
      await p.getByRole('heading', { level: 2, name: 'Record' }).waitFor();
      await p.getByRole('button', { name: 'Decide a tier' }).click();
      await p.getByRole('button', { name: 'Decide the tier' }).waitFor();
    });

    const governor = await (await newContext(browser)).newPage();
    await signIn(governor, url, { role: 'governor', academy: '142567', name: 'Gail Governor' });
    await shoot(governor, 'governor-overview', '/app/?year=2024/25', table('Academies'));
  });
});
