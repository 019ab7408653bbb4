import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiGet, launchBrowser, newContext, signIn, tokenOf } from './support/browser';

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

  it('prints the tier decisions of 2024/25 pinned to the moment of the latest event, naming it and its position', async () => {
    await page.goto(`${url}/app/tier-decisions?year=2024/25`);
    await page.getByRole('table', { name: 'Tier decisions 2024/25' }).waitFor();
    await catchPrinting(page);
    await page.getByRole('button', { name: 'Print board pack' }).click();
    await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1);
    const asOf = new URL(page.url()).searchParams.get('asOf');
    expect(asOf).not.toBeNull();
    const position = await apiGet<Position>(url, await tokenOf(page), `/audit/position?asOf=${encodeURIComponent(asOf!)}`);
    expect(position.recordedAt).toBe(asOf);

    await page.emulateMedia({ media: 'print' });
    const heading = page.getByTestId('board-pack-heading');
    expect(await heading.isVisible()).toBe(true);
    const text = (await heading.textContent()) ?? '';
    expect(text).toContain('Tier decisions 2024/25: board pack');
    expect(text).toContain(`position ${position.position}`);
    expect(text).toContain(`asOf=${encodeURIComponent(asOf!)}`);
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print board pack' }).isVisible()).toBe(false);
    expect(await page.getByRole('table', { name: 'Tier decisions 2024/25' }).isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
  });

  it('prints an academy\'s page as it is when it is already in the past, the page reproducing the same figures', async () => {
    const academies = await apiGet<{ academyId: string; name: string }[]>(url, await tokenOf(page), '/academies');
    const academy = academies[0]!;
    const asOf = (await apiGet<Position>(url, await tokenOf(page), '/audit/position')).recordedAt!;
    await page.goto(`${url}/app/academies/${academy.academyId}?asOf=${encodeURIComponent(asOf)}`);
    await page.getByRole('heading', { level: 1, name: academy.name }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Academy card' }).waitFor();
    await catchPrinting(page);
    await page.getByRole('button', { name: 'Print board pack' }).click();
    await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1);
    expect(new URL(page.url()).searchParams.get('asOf')).toBe(asOf);
    expect(await printed(page)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('board-pack-heading').textContent()).toContain(`${academy.name}: board pack`);
    expect(await page.getByRole('heading', { level: 2, name: 'Academy card' }).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });
});
