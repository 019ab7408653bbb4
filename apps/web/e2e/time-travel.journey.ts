import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiGet, launchBrowser, newContext, seriousViolations, signIn, tokenOf } from './support/browser';

const OAKFIELD = '141023';

interface TimelineEntry {
  type: string;
  recordedAt: string;
  data: { kpi?: string; term?: string; academicYear?: string; value?: number; previousValue?: number };
}
interface Kpi {
  kpi: string;
  academicYear: string;
  term: string | null;
  value: number | null;
  corrected: boolean;
}
interface Compliance {
  academies: { academyId: string; sipVisits: { held: number }; reviews: { held: number } }[];
}

/** What the Academy card table shows for one KPI and term. */
async function cell(page: Page, kpi: string, term: string): Promise<string> {
  return (await page.getByRole('table', { name: 'Academy card KPIs' }).locator(`tr[data-kpi="${kpi}"] td[data-term="${term}"]`).textContent()) ?? '';
}

describe('time travel by URL: the page shows exactly what the API answers for a past instant', () => {
  const url = inject('ledgerUrl');
  let browser: Browser;
  let page: Page;
  let token: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await newContext(browser)).newPage();
    await signIn(page, url, { role: 'trust-admin', name: 'Tess Admin' });
    token = await tokenOf(page);
  });

  afterAll(async () => {
    await browser.close();
  });

  it('shows the card as recorded just before a correction: the first figure, as the API gave it then', async () => {
    const timeline = await apiGet<TimelineEntry[]>(url, token, `/academies/${OAKFIELD}/timeline`);
    const correction = timeline.find((entry) => entry.type === 'KpiCorrected')!;
    const { kpi, term, academicYear } = correction.data as Required<TimelineEntry['data']>;
    const before = new Date(Date.parse(correction.recordedAt) - 1).toISOString();

    await page.goto(`${url}/app/academies/${OAKFIELD}?asOf=${encodeURIComponent(before)}`);
    await page.getByRole('status').filter({ hasText: 'As recorded on' }).waitFor();
    await page.getByLabel('KPIs of the academic year').selectOption(academicYear);
    const past = await apiGet<{ kpis: Kpi[] }>(url, token, `/academies/${OAKFIELD}/card?asOf=${encodeURIComponent(before)}`);
    for (const figure of past.kpis.filter((row) => row.academicYear === academicYear && row.term !== null)) {
      const shown = await cell(page, figure.kpi, figure.term!);
      expect(shown).toContain(String(figure.value));
      expect(shown.includes('Corrected')).toBe(figure.corrected);
    }
    expect(await cell(page, kpi, term)).toContain(String(correction.data.previousValue));

    // The same page now: the corrected figure, marked.
    await page.getByRole('button', { name: 'Now' }).click();
    // The year is chosen once the page is back to now (the banner gone), so the choice is not made on the past page it replaces.
    await page.getByRole('status').filter({ hasText: 'As recorded on' }).waitFor({ state: 'detached' });
    await page.getByLabel('KPIs of the academic year').selectOption(academicYear);
    await page.waitForFunction(
      ({ kpi: k, term: t, value }) => document.querySelector(`tr[data-kpi="${k}"] td[data-term="${t}"]`)?.textContent?.includes(String(value)) ?? false,
      { kpi, term, value: correction.data.value },
    );
    expect(await cell(page, kpi, term)).toContain('Corrected');
    expect(await page.getByText('As recorded on', { exact: false }).filter({ hasText: /\d{4}, \d{2}:\d{2}/ }).count()).toBe(0);
  });

  it('shows compliance as at a date, exactly as the API answers, and keeps it through a refresh', async () => {
    const path = '/app/compliance?year=2024/25&on=2025-01-31';
    await page.goto(`${url}${path}`);
    await page.getByRole('status').filter({ hasText: 'As at 31 January 2025' }).waitFor();
    const table = page.getByRole('table', { name: 'Compliance 2024/25' });
    await table.locator('tbody tr').first().waitFor();
    const answer = await apiGet<Compliance>(url, token, '/compliance?academicYear=2024/25&on=2025-01-31');
    await page.reload();
    await table.locator('tbody tr').first().waitFor();
    expect(page.url()).toBe(`${url}${path}`);
    for (const academy of answer.academies) {
      const row = table.locator('tbody tr', { hasText: `URN ${academy.academyId}` });
      const cells = await row.locator('td').allTextContents();
      expect(cells[2]).toMatch(new RegExp(`^${academy.sipVisits.held} of `));
      expect(cells[3]).toMatch(new RegExp(`^${academy.reviews.held} of `));
    }
    expect(await seriousViolations(page)).toEqual([]);
  });
});
