import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiGet, launchBrowser, newContext, seriousViolations, signIn, tokenOf } from './support/browser';

interface Decision {
  academyId: string;
  academicYear: string;
  tier: number;
  override: boolean;
  rationale: string | null;
  supersededBy: string | null;
}

describe('the standards committee finds why an academy was given its tier', () => {
  const url = inject('ledgerUrl');
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await newContext(browser)).newPage();
    await signIn(page, url, { role: 'standards-committee', name: 'Colin Committee' });
  });

  afterAll(async () => {
    await browser.close();
  });

  it('opens Tier decisions for 2024/25 and reads the override\'s rationale, as the API records it', async () => {
    await page.getByRole('link', { name: 'Tier decisions' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tier decisions' }).waitFor();
    await page.getByLabel('Academic year').selectOption('2024/25');
    const table = page.getByRole('table', { name: 'Tier decisions 2024/25' });
    await table.waitFor();

    const decisions = await apiGet<Decision[]>(url, await tokenOf(page), '/tier-decisions?academicYear=2024/25');
    const overrides = decisions.filter((decision) => decision.override);
    expect(overrides.length).toBeGreaterThan(0);
    for (const override of overrides) {
      const row = table.locator('tr', { hasText: `URN ${override.academyId}` }).filter({ hasText: 'Override' });
      await row.getByText('Override').waitFor();
      expect(await row.textContent()).toContain(override.rationale);
    }
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('follows the academy to its tier history, where the same rationale stands beside the evidence known then', async () => {
    const decisions = await apiGet<Decision[]>(url, await tokenOf(page), '/tier-decisions?academicYear=2024/25');
    const override = decisions.find((decision) => decision.override)!;
    await page.getByRole('table', { name: 'Tier decisions 2024/25' }).locator('tr', { hasText: `URN ${override.academyId}` }).getByRole('link').first().click();
    await page.getByRole('heading', { level: 2, name: 'Tier history' }).waitFor();
    const decision = page.getByRole('article', { name: `2024/25: Tier ${override.tier}` });
    await decision.waitFor();
    const text = await decision.textContent();
    expect(text).toContain(`Rationale: ${override.rationale ?? ''}`);
    expect(text).toContain('Evidence known then');
    expect(text).toContain('Override');
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

