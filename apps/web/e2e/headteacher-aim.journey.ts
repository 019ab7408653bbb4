import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiGet, launchBrowser, newContext, seriousViolations, signIn, tokenOf } from './support/browser';

const RIVERSIDE = '142567';
/** A school day for an AIM the journey schedules itself when the demo has none to prepare: any weekday does, past or coming. */
const FALLBACK_AIM_DAY = '2025-07-09';

interface AimDocument {
  type: string;
  submitted: boolean;
  rag: string | null;
  submittedOn: string | null;
}

interface Aim {
  aimId: string;
  date: string;
  status: string;
  documents: AimDocument[];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const british = (date: string): string => `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;

async function developmentToken(url: string, person: { role: string; name: string; academy?: string }): Promise<string> {
  const response = await fetch(`${url}/auth/development-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(person) });
  if (!response.ok) throw new Error(`development token: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

/**
 * The AIM the headteacher prepares: one the director scheduled that is not held yet and lacks the documents the
 * journey submits (the demo plans each academy's next AIM from the day it is loaded); when the demo has none,
 * the director schedules one through the API first.
 */
async function aimToPrepare(url: string): Promise<Aim> {
  const director = await developmentToken(url, { role: 'improvement-director', name: 'Dee Director' });
  const aims = await apiGet<Aim[]>(url, director, `/academies/${RIVERSIDE}/aims`);
  const open = aims.find((aim) => aim.status === 'scheduled' && aim.documents.every((document) => !(document.submitted && ['previous-aim-report', 'sef'].includes(document.type))));
  if (open !== undefined) return open;
  const response = await fetch(`${url}/academies/${RIVERSIDE}/aims`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${director}`, 'content-type': 'application/json', 'Idempotency-Key': 'headteacher-aim-journey' },
    body: JSON.stringify({ date: FALLBACK_AIM_DAY, format: 'one-day', focus: 'Early reading in Key Stage 1' }),
  });
  if (response.status !== 201) throw new Error(`scheduling an AIM: ${response.status} ${await response.text()}`);
  const { id, position } = (await response.json()) as { id: string; position: string };
  return apiGet<Aim>(url, director, `/aims/${id}?minPosition=${position}`);
}

describe("a headteacher prepares their academy's AIM", () => {
  const url = inject('ledgerUrl');
  let browser: Browser;
  let page: Page;
  let aim: Aim;

  beforeAll(async () => {
    aim = await aimToPrepare(url);
    browser = await launchBrowser();
    page = await (await newContext(browser)).newPage();
    await signIn(page, url, { role: 'headteacher', academy: RIVERSIDE, name: 'Hana Headteacher' });
  });

  afterAll(async () => {
    await browser.close();
  });

  it("opens the AIM from the academy's list and is offered only the documents' form", async () => {
    await page.goto(`${url}/app/academies/${RIVERSIDE}`);
    await page.getByRole('heading', { level: 2, name: 'Meetings' }).waitFor();
    await page.getByRole('button', { name: `Open the AIM on ${british(aim.date)}` }).click();
    await page.getByRole('heading', { level: 3, name: `AIM on ${british(aim.date)}` }).waitFor();
    expect(new URL(page.url()).searchParams.get('aim')).toBe(aim.aimId);
    await page.getByRole('heading', { name: 'Submit a document' }).waitFor();
    for (const form of ['Schedule an AIM', 'Agree the focus', 'Record the AIM held', 'Publish the report']) expect(await page.getByRole('heading', { name: form }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('is told what is missing, then submits the previous AIM report RAG rated', async () => {
    const form = page.getByRole('form', { name: 'Submit a document' });
    await form.getByLabel('Document').selectOption('previous-aim-report');
    await form.getByRole('button', { name: 'Submit the document' }).click();
    await form.getByText('Rate it red, amber or green: it is circulated RAG rated').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await form.getByLabel('RAG rating').selectOption('amber');
    await form.getByRole('button', { name: 'Submit the document' }).click();
    await form.getByText('Previous AIM report submitted, rated amber.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const documents = page.getByRole('table', { name: 'Documents' });
    await documents.getByRole('row', { name: /Previous AIM report/ }).getByText('Amber').waitFor();
    const answer = await apiGet<Aim>(url, await tokenOf(page), `/aims/${aim.aimId}`);
    const report = answer.documents.find((document) => document.type === 'previous-aim-report');
    expect(report).toMatchObject({ submitted: true, rag: 'amber' });
    expect(report?.submittedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await documents.getByRole('row', { name: /Previous AIM report/ }).textContent()).toContain(british(report!.submittedOn!));
  });

  it('submits the SEF without a RAG; a double click records it once', async () => {
    const form = page.getByRole('form', { name: 'Submit a document' });
    await form.getByLabel('Document').selectOption('sef');
    expect(await form.getByLabel('RAG rating').count()).toBe(0);
    await form.getByRole('button', { name: 'Submit the document' }).dblclick();
    await form.getByText('Self-evaluation form (SEF) submitted.').waitFor();

    const answer = await apiGet<Aim>(url, await tokenOf(page), `/aims/${aim.aimId}`);
    expect(answer.documents.find((document) => document.type === 'sef')).toMatchObject({ submitted: true, rag: null });
    const admin = await developmentToken(url, { role: 'trust-admin', name: 'Audit Reader' });
    const events = await apiGet<{ data: { documentType: string } }[]>(url, admin, `/audit?streamId=aim-${aim.aimId}&type=AimDocumentSubmitted`);
    expect(events.filter((event) => event.data.documentType === 'sef')).toHaveLength(1);
    expect(events.filter((event) => event.data.documentType === 'previous-aim-report')).toHaveLength(1);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
