import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiGet, launchBrowser, newContext, seriousViolations, signIn, tokenOf } from './support/browser';

interface Projections {
  headPosition: string;
  projections: { name: string; position: string; status: string }[];
}

interface Report {
  id: string;
  position: string;
  contentHash: string;
}

const HEADER = 'academyId,name,phase,hub,joinedOn,predecessorUrns';
const GOOD_ROW = '199001,Larkspur Primary Academy,primary,North,01/09/2025,';

/** Two academies joining the trust; the second's phase as given (the bad file says "nursery"). */
const academiesCsv = (phase: string): Buffer => Buffer.from(`${HEADER}\r\n${GOOD_ROW}\r\n199002,Foxglove Academy,${phase},South,01/09/2025,\r\n`, 'utf8');

describe('an admin rebuilds a read model, builds and verifies a report, and imports a file', () => {
  const url = inject('ledgerUrl');
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await newContext(browser)).newPage();
    await signIn(page, url, { role: 'trust-admin', name: 'Ada Admin' });
  });

  afterAll(async () => {
    await browser.close();
  });

  it('rebuilds the academy cards while the progress bar moves to 100%', async () => {
    await page.getByRole('link', { name: 'Administration' }).click();
    await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    const table = page.getByRole('table', { name: 'Read models' });
    await table.locator('tr[data-projection="academy-card"]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Rebuild academy-card' }).click();
    const bar = page.getByRole('progressbar', { name: 'Rebuilding academy-card' });
    await bar.waitFor();
    // Watch the bar as a person would: every value it shows until it is full.
    const seen: number[] = [];
    for (let tries = 0; tries < 600; tries += 1) {
      seen.push(Number(await bar.getAttribute('aria-valuenow')));
      if (seen.at(-1) === 100) break;
      await page.waitForTimeout(100);
    }
    expect(seen.at(-1)).toBe(100);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    await page.getByText(/^Rebuilt from [\d,]+ events, to position \d+$/).waitFor();

    const projections = await apiGet<Projections>(url, await tokenOf(page), '/admin/projections');
    const card = projections.projections.find((projection) => projection.name === 'academy-card')!;
    expect(card.status).toBe('running');
    const jobs = page.getByRole('table', { name: 'Background jobs' });
    await jobs.locator('tr', { hasText: 'Rebuild' }).filter({ hasText: 'Completed' }).first().waitFor();
  });

  it('builds the tier decisions of 2024/25 as a report, and verifies it gives the same hash built again', async () => {
    await page.getByLabel('Report', { exact: true }).selectOption('tier-decisions');
    await page.getByLabel('Academic year', { exact: true }).fill('2024/25');
    await page.getByRole('button', { name: 'Build report' }).click();
    await page.getByText(/^Report built at position \d+/).waitFor();
    const reports = await apiGet<Report[]>(url, await tokenOf(page), '/admin/reports?limit=1');
    const built = reports[0]!;
    const row = page.locator(`tr[data-report="${built.id}"]`);
    await row.waitFor();
    expect(await row.locator('[data-content-hash]').getAttribute('data-content-hash')).toBe(built.contentHash);
    await row.getByRole('button', { name: /^Verify/ }).click();
    await row.getByText('Same hash: verified').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('imports a file of academies: refused whole for one bad row, then fixed and imported', async () => {
    await page.getByRole('link', { name: 'Imports' }).click();
    await page.getByRole('heading', { level: 1, name: 'Imports' }).waitFor();
    const head = (await apiGet<Projections>(url, await tokenOf(page), '/admin/projections')).headPosition;

    await page.locator('input[type="file"]').setInputFiles({ name: 'academies.csv', mimeType: 'text/csv', buffer: academiesCsv('nursery') });
    await page.getByRole('button', { name: 'Check file' }).click();
    const refused = page.getByRole('table', { name: 'Rows refused' });
    await refused.waitFor();
    const badRow = refused.locator('tbody tr');
    expect(await badRow.count()).toBe(1);
    expect(await badRow.locator('td').nth(0).textContent()).toBe('3');
    expect(await badRow.locator('td').nth(1).textContent()).toBe('phase');
    expect(await page.getByRole('button', { name: 'Import', exact: true }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect((await apiGet<Projections>(url, await tokenOf(page), '/admin/projections')).headPosition).toBe(head);

    await page.locator('input[type="file"]').setInputFiles({ name: 'academies-fixed.csv', mimeType: 'text/csv', buffer: academiesCsv('secondary') });
    await page.getByRole('button', { name: 'Check file' }).click();
    await page.getByText('Every row is good').waitFor();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('progressbar', { name: 'Importing academies-fixed.csv' }).waitFor();
    await page.getByText(/Imported academies-fixed\.csv: 2 rows stored/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const token = await tokenOf(page);
    const after = await apiGet<Projections>(url, token, '/admin/projections');
    const card = await apiGet<{ academyId: string; name: string }>(url, token, `/academies/199002/card?minPosition=${after.headPosition}`);
    expect(card).toMatchObject({ academyId: '199002', name: 'Foxglove Academy' });
  });
});
