import { describe, expect, it } from 'vitest';
import { browserSignedInAs, apiGet, seriousViolations, tokenOf } from './support/browser';

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
  const journey = browserSignedInAs({ role: 'trust-admin', name: 'Ada Admin' });
  const { url } = journey;


  it('rebuilds the academy cards while the progress bar moves to 100%', async () => {
    await journey.page.getByRole('link', { name: 'Administration' }).click();
    await journey.page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    const table = journey.page.getByRole('table', { name: 'Read models' });
    await table.locator('tr[data-projection="academy-card"]').waitFor();
    // The retention schedule is shown with its categories (applying it is left alone here: on a real
    // clock years from now it would erase the demo's early years under the other journeys).
    const retention = journey.page.getByRole('table', { name: 'Retention schedule' });
    await retention.getByRole('rowheader', { name: 'Peer reviews' }).waitFor();
    await retention.getByRole('rowheader', { name: 'Improvement plans' }).waitFor();
    expect(await retention.locator('tbody tr').count()).toBe(6);
    await journey.page.getByRole('button', { name: 'Apply retention now' }).waitFor();
    expect(await seriousViolations(journey.page)).toEqual([]);

    await journey.page.getByRole('button', { name: 'Rebuild academy-card' }).click();
    const bar = journey.page.getByRole('progressbar', { name: 'Rebuilding academy-card' });
    await bar.waitFor();
    // Watch the bar as a person would: every value it shows until it is full.
    const seen: number[] = [];
    for (let tries = 0; tries < 600; tries += 1) {
      seen.push(Number(await bar.getAttribute('aria-valuenow')));
      if (seen.at(-1) === 100) break;
      await journey.page.waitForTimeout(100);
    }
    expect(seen.at(-1)).toBe(100);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    await journey.page.getByText(/^Rebuilt from [\d,]+ events, to position \d+$/).waitFor();

    const projections = await apiGet<Projections>(url, await tokenOf(journey.page), '/admin/projections');
    const card = projections.projections.find((projection) => projection.name === 'academy-card')!;
    expect(card.status).toBe('running');
    const jobs = journey.page.getByRole('table', { name: 'Background jobs' });
    await jobs.locator('tr', { hasText: 'Rebuild' }).filter({ hasText: 'Completed' }).first().waitFor();
  });

  it('builds the tier decisions of 2024/25 as a report, and verifies it gives the same hash built again', async () => {
    await journey.page.getByLabel('Report', { exact: true }).selectOption('tier-decisions');
    await journey.page.getByLabel('Academic year', { exact: true }).fill('2024/25');
    await journey.page.getByRole('button', { name: 'Build report' }).click();
    await journey.page.getByText(/^Report built at position \d+/).waitFor();
    const reports = await apiGet<Report[]>(url, await tokenOf(journey.page), '/admin/reports?limit=1');
    const built = reports[0]!;
    const row = journey.page.locator(`tr[data-report="${built.id}"]`);
    await row.waitFor();
    expect(await row.locator('[data-content-hash]').getAttribute('data-content-hash')).toBe(built.contentHash);
    await row.getByRole('button', { name: /^Verify/ }).click();
    await row.getByText('Same hash: verified').waitFor();
    expect(await seriousViolations(journey.page)).toEqual([]);
  });

  it('imports a file of academies: refused whole for one bad row, then fixed and imported', async () => {
    await journey.page.getByRole('link', { name: 'Imports' }).click();
    await journey.page.getByRole('heading', { level: 1, name: 'Imports' }).waitFor();
    const head = (await apiGet<Projections>(url, await tokenOf(journey.page), '/admin/projections')).headPosition;

    await journey.page.locator('input[type="file"]').setInputFiles({ name: 'academies.csv', mimeType: 'text/csv', buffer: academiesCsv('nursery') });
    await journey.page.getByRole('button', { name: 'Check file' }).click();
    const refused = journey.page.getByRole('table', { name: 'Rows refused' });
    await refused.waitFor();
    const badRow = refused.locator('tbody tr');
    expect(await badRow.count()).toBe(1);
    expect(await badRow.locator('td').nth(0).textContent()).toBe('3');
    expect(await badRow.locator('td').nth(1).textContent()).toBe('phase');
    expect(await journey.page.getByRole('button', { name: 'Import', exact: true }).count()).toBe(0);
    expect(await seriousViolations(journey.page)).toEqual([]);
    expect((await apiGet<Projections>(url, await tokenOf(journey.page), '/admin/projections')).headPosition).toBe(head);

    await journey.page.locator('input[type="file"]').setInputFiles({ name: 'academies-fixed.csv', mimeType: 'text/csv', buffer: academiesCsv('secondary') });
    await journey.page.getByRole('button', { name: 'Check file' }).click();
    await journey.page.getByText('Every row is good').waitFor();
    await journey.page.getByRole('button', { name: 'Import', exact: true }).click();
    await journey.page.getByRole('progressbar', { name: 'Importing academies-fixed.csv' }).waitFor();
    await journey.page.getByText(/Imported academies-fixed\.csv: 2 rows stored/).waitFor();
    expect(await seriousViolations(journey.page)).toEqual([]);

    const token = await tokenOf(journey.page);
    const after = await apiGet<Projections>(url, token, '/admin/projections');
    const card = await apiGet<{ academyId: string; name: string }>(url, token, `/academies/199002/card?minPosition=${after.headPosition}`);
    expect(card).toMatchObject({ academyId: '199002', name: 'Foxglove Academy' });
  });
});
