import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext, seriousViolations, signIn } from './support/browser';

const RIVERSIDE = '142567';
const OAKFIELD = '141023';

describe('a governor sees only their own academy', () => {
  const url = inject('ledgerUrl');
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await newContext(browser)).newPage();
    await signIn(page, url, { role: 'governor', academy: RIVERSIDE, name: 'Gail Governor' });
  });

  afterAll(async () => {
    await browser.close();
  });

  it('lists their academy alone, with only the navigation a governor may use', async () => {
    await page.getByRole('heading', { level: 1, name: 'Trust overview' }).waitFor();
    const rows = page.getByRole('table', { name: 'Academies' }).locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain(`URN ${RIVERSIDE}`);
    const links = await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents();
    expect(links).toEqual(['Trust overview', 'Peer reviews']);
    expect(await page.getByTestId('signed-in-user').textContent()).toContain('Gail Governor, Governor');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('opens their academy, but is shown nothing of another one, nor the trust\'s finance or decisions', async () => {
    await page.getByRole('table', { name: 'Academies' }).getByRole('link').first().click();
    await page.getByRole('heading', { level: 2, name: 'Academy card' }).waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Compliance' }).count()).toBe(0);

    await page.goto(`${url}/app/academies/${OAKFIELD}`);
    await page.getByText(`You may not see academy ${OAKFIELD}.`).waitFor();
    expect(await page.getByText('Oakfield').count()).toBe(0);

    await page.goto(`${url}/app/finance?year=2024/25`);
    await page.getByText('You may not see the reconciliation of 2024/25.').waitFor();
    await page.goto(`${url}/app/tier-decisions?year=2024/25`);
    await page.getByText('You may not see the tier decisions of 2024/25.').waitFor();
    expect(await page.locator('table').count()).toBe(0);
  });
});
