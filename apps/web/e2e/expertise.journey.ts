import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiGet, launchBrowser, newContext, seriousViolations, signIn, tokenOf } from './support/browser';

const SEAVIEW = '149102';
const KINGSMEAD = '146034';
/** Someone no demo entry names, so the journey's searches find exactly what it recorded. */
const STAFF_ID = 'journey-oracy-lead';
const AREA = 'Journey oracy coaching';

interface Match {
  staffId: string;
  name: string;
  academyId: string | null;
  role: string;
  areas: string[];
  otherAreas: string[];
}

describe('the improvement director keeps the database of expertise', () => {
  const url = inject('ledgerUrl');
  let browser: Browser;
  let page: Page;

  const form = (name: string): Locator => page.getByRole('form', { name });
  const search = async (area: string): Promise<Match[]> => apiGet<Match[]>(url, await tokenOf(page), `/expertise?area=${encodeURIComponent(area)}`);

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await newContext(browser)).newPage();
    await signIn(page, url, { role: 'improvement-director', name: 'Dee Director' });
  });

  afterAll(async () => {
    await browser.close();
  });

  it('registers a teacher of Seaview with an area of their own', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Expertise' }).click();
    await page.getByRole('heading', { level: 1, name: 'Database of expertise' }).waitFor();
    const register = form('Register a member of staff');
    await register.getByRole('button', { name: 'Register' }).click();
    await register.getByText('Choose at least one area, or write another').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await register.getByLabel('Staff id').fill(STAFF_ID);
    await register.getByLabel(/^Name/).fill('Olu Oracy');
    await register.getByLabel('Role').selectOption('teacher');
    await register.getByLabel(/^Academy/).selectOption(SEAVIEW);
    await register.getByLabel('Writing', { exact: true }).check();
    await register.getByLabel('Other areas').fill(AREA);
    await register.getByRole('button', { name: 'Register' }).click();
    await register.getByText('Olu Oracy is listed in the database of expertise.').waitFor();
    expect(await search(AREA)).toEqual([expect.objectContaining({ staffId: STAFF_ID, academyId: SEAVIEW, role: 'teacher', areas: ['writing'], otherAreas: [AREA] })]);
  });

  it('finds them for an academy to support, by name, and updates their entry', async () => {
    const searchForm = form('Search');
    await searchForm.getByLabel(/^Area/).selectOption('__another__');
    await searchForm.getByLabel('Another area').fill(AREA);
    await searchForm.getByLabel('Academy to support').selectOption(KINGSMEAD);
    await searchForm.getByRole('button', { name: 'Search' }).click();
    const row = page.getByRole('table', { name: 'Staff with this expertise' }).getByRole('row', { name: /Olu Oracy/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('Seaview Academy (URN 149102)');
    expect(await seriousViolations(page)).toEqual([]);

    await row.getByRole('button', { name: "Update Olu Oracy's entry" }).click();
    const update = form("Update Olu Oracy's entry");
    await update.getByLabel('Role').selectOption('support-staff');
    await update.getByLabel('Phonics', { exact: true }).check();
    await update.getByRole('button', { name: 'Update the entry' }).click();
    await update.getByText("Olu Oracy's entry is updated.").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await search(AREA)).toEqual([expect.objectContaining({ staffId: STAFF_ID, role: 'support-staff', areas: ['writing', 'phonics'] })]);
  });

  it('withdraws them: searches no longer offer them', async () => {
    await page.getByRole('button', { name: 'Withdraw Olu Oracy' }).click();
    const withdraw = form('Withdraw Olu Oracy');
    await withdraw.getByLabel('Reason').fill('Left the trust');
    await withdraw.getByRole('button', { name: 'Withdraw' }).click();
    await withdraw.getByText('Olu Oracy is withdrawn: searches no longer offer them.').waitFor();
    expect(await search(AREA)).toEqual([]);
    await page.getByText('No one listed offers this area.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
