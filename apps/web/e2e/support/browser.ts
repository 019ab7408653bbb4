import axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

/** Debian's Chromium, never a downloaded browser. */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--lang=en-GB', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

/** A British user's browser: dates as the trust writes them. */
export function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London', viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
}

export interface Person {
  role: string;
  name: string;
  academy?: string;
}

/** A journey's browser: its page, signed in, and the ledger's address. */
export interface SignedInBrowser {
  readonly url: string;
  readonly page: Page;
}

/**
 * Opens a browser signed in as `person` before the journey's tests, and closes it after them: every
 * journey of one person starts so.
 */
export function browserSignedInAs(person: Person): SignedInBrowser {
  const url = inject('ledgerUrl');
  let browser: Browser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await newContext(browser)).newPage();
    await signIn(page, url, person);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    url,
    get page(): Page {
      if (page === undefined) throw new Error(`the browser of ${person.name} is not open yet: use it inside a test or a beforeAll`);
      return page;
    },
  };
}

/** Signs in through the development form, as a person would, and waits for the first page. */
export async function signIn(page: Page, ledgerUrl: string, person: Person, path = '/app/'): Promise<void> {
  await page.goto(`${ledgerUrl}${path}`);
  await page.getByLabel('Role').selectOption(person.role);
  if (person.academy !== undefined) await page.getByLabel('Academy').fill(person.academy);
  await page.getByLabel('Name').fill(person.name);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByTestId('signed-in-user').waitFor();
}

/** The session's token, to ask the API what the page should show. */
export function tokenOf(page: Page): Promise<string> {
  return page.evaluate(() => (JSON.parse(window.localStorage.getItem('trust-ledger.session') ?? '{}') as { token: string }).token);
}

export async function apiGet<T>(ledgerUrl: string, token: string, path: string): Promise<T> {
  const response = await fetch(`${ledgerUrl}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
}

/** axe-core's serious and critical violations on the page as it stands (WCAG 2.x A and AA rules). */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the console's content security policy rightly refuses inline scripts.
  await page.evaluate(axe.source);
  const results = await page.evaluate(async () => {
    const run = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: unknown[] }[] }> } }).axe.run;
    return run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
  });
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help, nodes: violation.nodes.length }));
}
