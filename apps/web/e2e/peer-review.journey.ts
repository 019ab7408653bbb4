import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiGet, launchBrowser, newContext, seriousViolations, signIn, tokenOf, type Person } from './support/browser';

/** Academies no other journey reads, so the group formed here changes nothing they check. */
const SALTMARSH = '150904';
const BEACON = '150338';
const FENWICK = '148320';
/** A past school day of 2024/25: the visit is entered after it took place, so every step may be recorded whatever today is. */
const VISIT_DAY = '2025-06-18';
const REPORT_DAY = '2025-06-24';
/** A priority of Saltmarsh's improvement plan for 2024/25 in the demo (apps/cli demo-plans.ts). */
const PLAN_PRIORITY = 'Curriculum sequencing in the foundation subjects';

const DIRECTOR: Person = { role: 'improvement-director', name: 'Dee Director' };
const HOST: Person = { role: 'headteacher', name: 'Sam Salt', academy: SALTMARSH };
const LEAD: Person = { role: 'headteacher', name: 'Bea Beacon', academy: BEACON };
const VISITOR: Person = { role: 'headteacher', name: 'Fen Wick', academy: FENWICK };
/** The id the development sign-in gives a person (apps/api's developmentUserId): the group names its headteachers by it. */
const userIdOf = (person: Person): string => `dev-${person.role}-${person.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

interface Visit {
  focus: { aspects: { aspect: string; rag: string; planPriorityId: string | null }[] } | null;
  observations: { observations: string[]; recordedBy: { personId: string; role: string } | null }[];
  safeguardingConcerns: { concern: string }[];
  findings: { feedback: string; actionsForNextAim: string[] } | null;
  report: { summary: string; submittedOn: string } | null;
}

describe('a peer review from the console: formed, visited, recorded and reported on by each in their part', () => {
  const url = inject('ledgerUrl');
  let browser: Browser;
  let groupUrl: string;
  let visitUrl: string;

  async function signedIn(person: Person): Promise<Page> {
    const page = await (await newContext(browser)).newPage();
    await signIn(page, url, person);
    return page;
  }

  const form = (page: Page, name: string): Locator => page.getByRole('form', { name });

  async function openVisit(person: Person): Promise<Page> {
    const page = await signedIn(person);
    await page.goto(visitUrl);
    await page.getByRole('heading', { level: 3, name: /^Visit to Saltmarsh Primary Academy on 18 June 2025$/ }).waitFor();
    return page;
  }

  const visitAsLead = async (page: Page): Promise<Visit> => {
    const params = new URL(visitUrl).searchParams;
    return apiGet<Visit>(url, await tokenOf(page), `/peer-reviews/${params.get('group') ?? ''}/visits/${params.get('visit') ?? ''}`);
  };

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('the improvement director forms a group of three academies, by name, led by Bea Beacon', async () => {
    const page = await signedIn(DIRECTOR);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Peer reviews' }).click();
    await page.getByRole('heading', { level: 1, name: 'Peer reviews' }).waitFor();
    const group = form(page, 'Form a group');
    await group.getByRole('button', { name: 'Form the group' }).click();
    await group.getByText("Write the group's name").waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await group.getByLabel(/^Name of the group/).fill('Coastal and Central journey group');
    await group.getByLabel(/^Academic year/).selectOption('2024/25');
    await group.getByRole('button', { name: 'Add a member' }).click();
    for (const [index, person] of [HOST, LEAD, VISITOR].entries()) {
      await group.getByLabel(new RegExp(`^Member ${index + 1}: academy`)).selectOption(person.academy!);
      await group.getByRole('textbox', { name: new RegExp(`^Member ${index + 1}: headteacher( \\*)?$`) }).fill(person.name);
      await group.getByLabel(new RegExp(`^Member ${index + 1}: headteacher's user id`)).fill(userIdOf(person));
    }
    await group.getByLabel(/^Lead headteacher/).selectOption(userIdOf(LEAD));
    await group.getByRole('button', { name: 'Form the group' }).click();
    await group.getByText('Coastal and Central journey group is formed for 2024/25, with 3 academies.').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Coastal and Central journey group, 2024/25' }).waitFor();
    groupUrl = page.url();

    const visit = form(page, 'Schedule a visit');
    await visit.getByLabel(/^Academy visited/).selectOption(SALTMARSH);
    await visit.getByLabel(/^Day of the visit/).fill(VISIT_DAY);
    await visit.getByLabel(new RegExp(`^${LEAD.name},`)).check();
    await visit.getByLabel(new RegExp(`^${VISITOR.name},`)).check();
    expect(await visit.getByLabel(/^Facilitator's user id/).inputValue()).toBe(userIdOf(DIRECTOR));
    await visit.getByRole('button', { name: 'Schedule the visit' }).click();
    await visit.getByText('Visit to Saltmarsh Primary Academy on 18 June 2025 is in the diary.').waitFor();
    await page.getByRole('heading', { level: 3, name: 'Visit to Saltmarsh Primary Academy on 18 June 2025' }).waitFor();
    visitUrl = page.url();
    expect(new URL(visitUrl).searchParams.get('visit')).not.toBeNull();
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('the host headteacher sets the focus, and is offered nothing else', async () => {
    const page = await openVisit(HOST);
    for (const other of ['Record your observations', 'Record the visit held', 'Submit the report', 'Schedule a visit', 'Form a group']) expect(await form(page, other).count()).toBe(0);
    const focus = form(page, 'Set the focus');
    // Saltmarsh has the demo's improvement plan for 2024/25: the aspect is one of its priorities.
    await focus.getByRole('combobox', { name: /^Aspect 1( \*)?$/ }).selectOption({ label: PLAN_PRIORITY });
    await focus.getByLabel(/^Aspect 1: RAG rating/).selectOption('amber');
    await focus.getByRole('button', { name: 'Set the focus' }).click();
    await focus.getByText(`Focus set: ${PLAN_PRIORITY} (amber).`).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('a visiting headteacher records observations and flags a safeguarding concern', async () => {
    const page = await openVisit(VISITOR);
    expect(await form(page, 'Record the visit held').count()).toBe(0);
    const observations = form(page, 'Record your observations');
    await observations.getByLabel(/^Observations/).fill('Phonics groups well matched to need\nReading corner well used');
    await observations.getByLabel(/^Safeguarding concerns/).fill('Side gate left unlocked during the school day');
    await observations.getByRole('button', { name: 'Record the observations' }).click();
    await observations.getByText('2 observations recorded; 1 safeguarding concern flagged to the chief executive.').waitFor();
    await page.getByText('Side gate left unlocked during the school day', { exact: false }).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('the lead records the visit held and submits the report on the day it was sent', async () => {
    const page = await openVisit(LEAD);
    const held = form(page, 'Record the visit held');
    await held.getByLabel(/^Feedback to the host headteacher/).fill('Strong start to phonics; align reading books with the scheme.');
    await held.getByLabel(/^Actions for the next AIM/).fill('Audit reading books against the phonics scheme');
    await held.getByRole('button', { name: 'Record the visit held' }).click();
    const report = form(page, 'Submit the report');
    await report.waitFor();
    await report.getByLabel(/^Summary report/).fill('Phonics is well led; reading books need aligning with the scheme.');
    await report.getByLabel(/^Day it was sent/).fill(REPORT_DAY);
    await report.getByRole('button', { name: 'Submit the report' }).click();
    await page.getByText('Phonics is well led; reading books need aligning with the scheme. (submitted 24 June 2025)').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const answer = await visitAsLead(page);
    // The host's plan priority, named by its id, under its title.
    expect(answer.focus?.aspects).toEqual([{ aspect: PLAN_PRIORITY, rag: 'amber', planPriorityId: expect.any(String) as string }]);
    expect(answer.observations).toEqual([expect.objectContaining({ observations: ['Phonics groups well matched to need', 'Reading corner well used'], recordedBy: { personId: userIdOf(VISITOR), role: 'reviewer' } })]);
    expect(answer.safeguardingConcerns.map((concern) => concern.concern)).toEqual(['Side gate left unlocked during the school day']);
    expect(answer.findings).toMatchObject({ feedback: 'Strong start to phonics; align reading books with the scheme.', actionsForNextAim: ['Audit reading books against the phonics scheme'] });
    expect(answer.report).toMatchObject({ summary: 'Phonics is well led; reading books need aligning with the scheme.', submittedOn: REPORT_DAY });
    await page.goto(groupUrl);
    expect(await page.getByRole('table', { name: 'Diary of visits' }).getByRole('row', { name: /18 June 2025/ }).textContent()).toContain('Reported');
    await page.context().close();
  });
});
