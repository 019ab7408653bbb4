import { readFile } from 'node:fs/promises';

import { describe, expect, it } from 'vitest';
import { browserSignedInAs, apiGet, seriousViolations, tokenOf } from './support/browser';

interface Reconciliation {
  academies: { academyId: string; name: string | null; spentPence: number; overBudget: boolean }[];
  totals: { debitsPence: number; creditsPence: number; internalNetPence: number };
}

const pounds = (pence: number): string => new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' }).format(pence / 100);

describe('finance reconciles a year and downloads the ledger', () => {
  const journey = browserSignedInAs({ role: 'finance', name: 'Fiona Finance' });
  const { url } = journey;


  it('reconciles 2024/25 by academy name, in pounds, with the ledger\'s checks', async () => {
    await journey.page.getByRole('link', { name: 'Finance' }).click();
    await journey.page.getByRole('heading', { level: 1, name: 'Finance' }).waitFor();
    await journey.page.getByLabel('Academic year').selectOption('2024/25');
    const table = journey.page.getByRole('table', { name: 'Reconciliation' });
    await table.locator('tbody tr').first().waitFor();
    const reconciliation = await apiGet<Reconciliation>(url, await tokenOf(journey.page), '/finance/reconciliation?academicYear=2024/25');
    expect(reconciliation.academies.length).toBeGreaterThan(0);
    for (const academy of reconciliation.academies) {
      const row = table.locator('tbody tr', { hasText: `URN ${academy.academyId}` });
      const text = (await row.textContent()) ?? '';
      expect(text).toContain(academy.name);
      expect(text).toContain(pounds(academy.spentPence));
      expect(text).toContain(academy.overBudget ? 'Over budget' : 'Within budget');
    }
    expect(reconciliation.totals.debitsPence).toBe(reconciliation.totals.creditsPence);
    await journey.page.getByText('Debits equal credits').waitFor();
    await journey.page.getByText('Internal recharges net to zero').waitFor();
    expect(await seriousViolations(journey.page)).toEqual([]);
  });

  it('filters the ledger by academy and downloads it as CSV, names beside URNs', async () => {
    const reconciliation = await apiGet<Reconciliation>(url, await tokenOf(journey.page), '/finance/reconciliation?academicYear=2024/25');
    const academy = reconciliation.academies.find((candidate) => candidate.spentPence > 0)!;
    await journey.page.getByLabel('Academy', { exact: true }).selectOption(academy.academyId);
    const lines = await apiGet<unknown[]>(url, await tokenOf(journey.page), `/finance/ledger?academicYear=2024/25&academyId=${academy.academyId}`);
    await journey.page.getByText(new RegExp(`of ${lines.length}$|^No ledger lines$`)).first().waitFor();

    const [download] = await Promise.all([journey.page.waitForEvent('download'), journey.page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe(`recharge-ledger-2024-25-${academy.academyId}.csv`);
    const csv = (await readFile((await download.path()), 'utf8')).replace(/^\uFEFF/, '');
    const rows = csv.trim().split('\r\n');
    expect(rows[0]).toContain('"academyId","academyName"');
    expect(rows).toHaveLength(lines.length + 1);
    expect(csv).toContain(`"${academy.name}"`);
  });
});
