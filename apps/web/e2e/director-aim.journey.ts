import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiGet, launchBrowser, newContext, seriousViolations, signIn, tokenOf } from './support/browser';

/** An academy no other journey reads, so the AIM recorded here changes nothing they check. */
const HARBOUR_LIGHTS = '149765';
/** A past school day: the AIM is recorded after it took place, so it may be held and reported on whatever today is. */
const AIM_DAY = '2025-07-09';
const REPORT_DAY = '2025-07-14';
/** A priority of Harbour Lights' improvement plan for 2024/25 in the demo (apps/cli demo-plans.ts: its weakest KPI, attendance). */
const PLAN_PRIORITY = 'Attendance and persistent absence of disadvantaged pupils';

interface Aim {
  aimId: string;
  status: string;
  focus: string | null;
  focusAgreed: boolean;
  outcome: { heldOn: string; attendees: { name: string; role: string; chair: boolean }[]; judgements: { heading: string; judgement: string }[]; priorities: { priority: string; rag: string; planPriorityId: string | null }[]; nextSteps: string[] } | null;
  report: { publishedOn: string; summary: string } | null;
}

describe('the improvement director schedules, holds and reports on an AIM from the console', () => {
  const url = inject('ledgerUrl');
  let browser: Browser;
  let page: Page;
  let aimId: string;

  const form = (name: string): Locator => page.getByRole('form', { name });

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await newContext(browser)).newPage();
    await signIn(page, url, { role: 'improvement-director', name: 'Dee Director' });
  });

  afterAll(async () => {
    await browser.close();
  });

  it('schedules an AIM with a focus proposed, and the page opens it', async () => {
    await page.goto(`${url}/app/academies/${HARBOUR_LIGHTS}`);
    const schedule = form('Schedule an AIM');
    await schedule.waitFor();
    await schedule.getByRole('button', { name: 'Schedule the AIM' }).click();
    await schedule.getByText('Enter the day of the AIM').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await schedule.getByLabel('Day of the AIM').fill(AIM_DAY);
    await schedule.getByLabel('Format').selectOption('one-day');
    await schedule.getByLabel('Focus proposed').fill('Attendance of disadvantaged pupils');
    await schedule.getByRole('button', { name: 'Schedule the AIM' }).click();
    await schedule.getByText('AIM scheduled for 9 July 2025 (one day).').waitFor();
    await page.getByRole('heading', { level: 3, name: 'AIM on 9 July 2025' }).waitFor();
    aimId = new URL(page.url()).searchParams.get('aim') ?? '';
    const answer = await apiGet<Aim>(url, await tokenOf(page), `/aims/${aimId}`);
    expect(answer).toMatchObject({ status: 'scheduled', focus: 'Attendance of disadvantaged pupils', focusAgreed: false });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('agrees the focus', async () => {
    const agree = form('Agree the focus');
    await agree.getByLabel('Focus agreed with the headteacher').fill('Attendance of disadvantaged pupils in Key Stage 2');
    await agree.getByRole('button', { name: 'Record the focus agreed' }).click();
    await agree.getByText('Focus agreed: Attendance of disadvantaged pupils in Key Stage 2').waitFor();
    expect(await apiGet<Aim>(url, await tokenOf(page), `/aims/${aimId}`)).toMatchObject({ focus: 'Attendance of disadvantaged pupils in Key Stage 2', focusAgreed: true });
  });

  it('records it held, told first what is missing and that only the improvement director chairs', async () => {
    const hold = form('Record the AIM held');
    await hold.getByRole('button', { name: 'Record the AIM held' }).click();
    await hold.getByText('Judge at least one heading').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await hold.getByLabel('Attendee 1: name').fill('Dee Director');
    await hold.getByLabel('Attendee 2: name').fill('Harriet Head');
    await hold.getByLabel('Quality of education: judgement').selectOption('good');
    await hold.getByLabel('Quality of education: comment').fill('Reading is well taught; writing less consistent.');
    await hold.getByLabel('Leadership and management: judgement').selectOption('requires-improvement');
    await hold.getByLabel('Leadership and management: comment').fill('Attendance strategy not yet driving improvement.');
    // Harbour Lights has the demo's improvement plan for 2024/25: the priority is chosen from it.
    await hold.getByRole('combobox', { name: /^Priority 1( \*)?$/ }).selectOption({ label: PLAN_PRIORITY });
    await hold.getByLabel('Priority 1: RAG rating').selectOption('red');
    await hold.getByRole('textbox', { name: /^Next step 1/ }).fill('Weekly attendance review with the family liaison officer');
    await hold.getByRole('group', { name: 'Attendee 2' }).getByLabel('Chairs the meeting').check();
    await hold.getByRole('button', { name: 'Record the AIM held' }).click();
    await hold.getByRole('alert').getByText(/an AIM is chaired by exactly one attendee/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await hold.getByRole('group', { name: 'Attendee 2' }).getByLabel('Chairs the meeting').uncheck();
    await hold.getByRole('button', { name: 'Record the AIM held' }).click();
    await page.getByRole('heading', { level: 4, name: 'Held on 9 July 2025' }).waitFor();
    const answer = await apiGet<Aim>(url, await tokenOf(page), `/aims/${aimId}`);
    expect(answer.status).toBe('held');
    expect(answer.outcome).toEqual({
      heldOn: AIM_DAY,
      attendees: [
        // Neither given a staff id in the form: named only, so a staff erasure would not reach them.
        { name: 'Dee Director', role: 'improvement-director', chair: true, staffId: null },
        { name: 'Harriet Head', role: 'headteacher', chair: false, staffId: null },
      ],
      judgements: [
        { heading: 'quality-of-education', judgement: 'good', comment: 'Reading is well taught; writing less consistent.' },
        { heading: 'leadership-and-management', judgement: 'requires-improvement', comment: 'Attendance strategy not yet driving improvement.' },
      ],
      // The plan's priority, named by its id, under its title.
      priorities: [{ priority: PLAN_PRIORITY, rag: 'red', planPriorityId: expect.any(String) as string }],
      nextSteps: ['Weekly attendance review with the family liaison officer'],
    });
  });

  it('publishes the report on the day it was published', async () => {
    const publish = form('Publish the report');
    await publish.getByLabel('Summary').fill('Attendance remains the priority; leaders have a credible plan.');
    await publish.getByLabel('Day it was published').fill(REPORT_DAY);
    await publish.getByRole('button', { name: 'Publish the report' }).click();
    await page.getByRole('heading', { level: 4, name: 'Report published on 14 July 2025' }).waitFor();
    const answer = await apiGet<Aim>(url, await tokenOf(page), `/aims/${aimId}`);
    expect(answer).toMatchObject({ status: 'reported', report: { publishedOn: REPORT_DAY, summary: 'Attendance remains the priority; leaders have a credible plan.' } });
    expect(await page.getByRole('table', { name: 'Academy Improvement Meetings' }).getByRole('row', { name: /9 July 2025/ }).textContent()).toContain('Reported');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
