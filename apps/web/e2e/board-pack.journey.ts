import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSignedInAs, apiGet, tokenOf } from './support/browser';

interface Position {
  position: string;
  recordedAt: string | null;
}

/** Replaces the browser's print dialog with a flag, so the journey sees that the pack was sent to print. */
async function catchPrinting(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
}

const printed = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as { printed: number }).printed);

describe('a governing board prints its packs: an academy\'s page and a year\'s tier decisions, reproducible later', () => {
  const journey = browserSignedInAs({ role: 'standards-committee', name: 'Colin Committee' });
  const { url } = journey;


  it('prints the tier decisions of 2024/25 pinned to the moment of the latest event, naming it and its position', async () => {
    await journey.page.goto(`${url}/app/tier-decisions?year=2024/25`);
    await journey.page.getByRole('table', { name: 'Tier decisions 2024/25' }).waitFor();
    await catchPrinting(journey.page);
    await journey.page.getByRole('button', { name: 'Print board pack' }).click();
    await journey.page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1);
    const asOf = new URL(journey.page.url()).searchParams.get('asOf');
    expect(asOf).not.toBeNull();
    const position = await apiGet<Position>(url, await tokenOf(journey.page), `/audit/position?asOf=${encodeURIComponent(asOf!)}`);
    expect(position.recordedAt).toBe(asOf);

    await journey.page.emulateMedia({ media: 'print' });
    const heading = journey.page.getByTestId('board-pack-heading');
    expect(await heading.isVisible()).toBe(true);
    const text = (await heading.textContent()) ?? '';
    expect(text).toContain('Tier decisions 2024/25: board pack');
    expect(text).toContain(`position ${position.position}`);
    expect(text).toContain(`asOf=${encodeURIComponent(asOf!)}`);
    expect(await journey.page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    expect(await journey.page.getByRole('button', { name: 'Print board pack' }).isVisible()).toBe(false);
    expect(await journey.page.getByRole('table', { name: 'Tier decisions 2024/25' }).isVisible()).toBe(true);
    const pdf = await journey.page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await journey.page.emulateMedia({ media: 'screen' });
  });

  it('prints an academy\'s page as it is when it is already in the past, the page reproducing the same figures', async () => {
    const academies = await apiGet<{ academyId: string; name: string }[]>(url, await tokenOf(journey.page), '/academies');
    const academy = academies[0]!;
    const asOf = (await apiGet<Position>(url, await tokenOf(journey.page), '/audit/position')).recordedAt!;
    await journey.page.goto(`${url}/app/academies/${academy.academyId}?asOf=${encodeURIComponent(asOf)}`);
    await journey.page.getByRole('heading', { level: 1, name: academy.name }).waitFor();
    await journey.page.getByRole('heading', { level: 2, name: 'Academy card' }).waitFor();
    await catchPrinting(journey.page);
    await journey.page.getByRole('button', { name: 'Print board pack' }).click();
    await journey.page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1);
    expect(new URL(journey.page.url()).searchParams.get('asOf')).toBe(asOf);
    expect(await printed(journey.page)).toBe(1);
    await journey.page.emulateMedia({ media: 'print' });
    expect(await journey.page.getByTestId('board-pack-heading').textContent()).toContain(`${academy.name}: board pack`);
    expect(await journey.page.getByRole('heading', { level: 2, name: 'Academy card' }).isVisible()).toBe(true);
    await journey.page.emulateMedia({ media: 'screen' });
  });
});
