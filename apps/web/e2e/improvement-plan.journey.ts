import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiGet, browserSignedInAs, seriousViolations, tokenOf } from './support/browser';

/** An academy no other journey reads, so the plan drafted here changes nothing they check. */
const MILLBROOK = '144212';

const london = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
/** Today on the trust's calendar, as the ledger dates what it records. */
const TODAY = london.format(new Date());
/** The first calendar year of today's academic year: the year the Academy page shows first. */
const THIS_YEAR_START = Number(TODAY.slice(5, 7)) >= 9 ? Number(TODAY.slice(0, 4)) : Number(TODAY.slice(0, 4)) - 1;
const academicYear = (start: number): string => `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const british = (date: string): string => `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
/** Before anything this journey records. */
const BEFORE = new Date(Date.now() - 1000).toISOString();

const PRIORITY = 'Raise attainment in Key Stage 3 writing';

interface Plan {
  status: string;
  priorities: {
    priorityId: string;
    title: string;
    targets: { kpi: string; successCriteria: string }[];
    owners: { kind: string; role: string | null }[];
    actions: { description: string; owner: { role: string | null }; dueOn: string; status: string }[];
    ragHistory: { rating: string; ratedOn: string; ratedBy: { name: string; role: string } | null; comment: string | null; source: { kind: string } }[];
    impact: { kpi: string; target: number | null }[];
  }[];
}

describe('the improvement director drafts an academy improvement plan, adds a priority and an action, rates it and sees its RAG history', () => {
  const director = browserSignedInAs({ role: 'improvement-director', name: 'Dee Director' });
  const section = (): Locator => director.page.getByRole('region', { name: 'Improvement plan' });
  const priority = (): Locator => section().getByRole('article', { name: PRIORITY });
  /** The year of the plan drafted here: this year's, unless the academy has one (the demo's), then the latest year before without one. */
  let year = academicYear(THIS_YEAR_START);
  /** The day the form rates it on: today, or for a past year its last day. */
  let ratedOn = TODAY;
  /** An action due in the summer term of the plan's year. */
  let due = `${THIS_YEAR_START + 1}-06-26`;
  const planPath = (): string => `/academies/${MILLBROOK}/improvement-plans/${year.replace('/', '-')}`;
  const plan = async (): Promise<Plan> => apiGet<Plan>(director.url, await tokenOf(director.page), planPath());

  it('finds no plan for the year, and drafts one', async () => {
    const { page, url } = director;
    await page.goto(`${url}/app/academies/${MILLBROOK}`);
    await section().waitFor();
    const token = await tokenOf(page);
    for (let start = THIS_YEAR_START; start > THIS_YEAR_START - 5; start -= 1) {
      const answer = await fetch(`${url}/academies/${MILLBROOK}/improvement-plans/${academicYear(start).replace('/', '-')}`, { headers: { Authorization: `Bearer ${token}` } });
      if (answer.status === 404) {
        year = academicYear(start);
        ratedOn = start === THIS_YEAR_START ? TODAY : `${start + 1}-08-31`;
        due = `${start + 1}-06-26`;
        break;
      }
    }
    if (year !== academicYear(THIS_YEAR_START)) await section().getByLabel('Year of the plan').selectOption(year);
    await section().getByText(`This academy has no improvement plan for ${year}.`).waitFor();
    const draft = section().getByRole('form', { name: `Draft the plan for ${year}` });
    await draft.getByRole('button', { name: 'Draft the plan' }).click();
    // Read back at the draft's position, the plan takes the form's place.
    await section().getByText(`The ${year} plan: drafted on ${british(TODAY)}.`).waitFor();
    expect(await section().locator('[data-plan-status]').getAttribute('data-plan-status')).toBe('draft');
    expect(await section().locator('[data-plan-status]').textContent()).toBe('Draft');
    expect((await plan()).status).toBe('draft');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('adds a priority targeting a KPI, told first what is missing', async () => {
    const add = section().getByRole('form', { name: 'Add a priority' });
    await add.getByRole('checkbox', { name: 'Progress' }).check();
    await add.getByRole('button', { name: 'Add the priority' }).click();
    await add.getByText('Write the evidence for it').waitFor();
    expect(await seriousViolations(director.page)).toEqual([]);

    await add.getByLabel('Title').fill(PRIORITY);
    await add.getByLabel('Evidence').fill('61% of Year 9 at the expected standard in writing, against 70% across the trust.');
    await add.getByLabel('Progress: success criteria').fill('70% of Year 9 at the expected standard in writing by the summer');
    await add.getByRole('combobox', { name: 'Owner 1', exact: true }).selectOption('senior-leader');
    await add.getByRole('button', { name: 'Add the priority' }).click();
    await add.getByText(`Priority added: ${PRIORITY}.`).waitFor();
    await priority().waitFor();
    expect(await priority().textContent()).toContain('Owners: Senior leader');
    const [added] = (await plan()).priorities;
    expect(added).toMatchObject({
      title: PRIORITY,
      targets: [{ kpi: 'progress', successCriteria: '70% of Year 9 at the expected standard in writing by the summer' }],
      owners: [{ kind: 'role', role: 'senior-leader' }],
      ragHistory: [],
    });
    // Its impact: the progress KPI of the academy card, term by term of the year, against its target.
    expect(added?.impact.map((impact) => impact.kpi)).toEqual(['progress']);
    await priority().getByRole('table', { name: 'Progress term by term against its target' }).waitFor();
  });

  it('adds an action with its owner and due date', async () => {
    await priority().getByRole('button', { name: 'Add an action' }).click();
    const action = priority().getByRole('form', { name: 'Add an action' });
    await action.getByLabel('Action').fill('Moderate Year 9 writing with the hub each half term');
    await action.getByRole('combobox', { name: 'Owner', exact: true }).selectOption('staff');
    await action.getByLabel('Owner: staff id').fill('st-millbrook-english');
    await action.getByLabel('Owner: name').fill('Priya English');
    await action.getByLabel('Due on').fill(due);
    await action.getByRole('button', { name: 'Add the action' }).click();
    await action.getByText(`Action added, due ${british(due)}.`).waitFor();
    const actions = priority().getByRole('table', { name: `Actions toward ${PRIORITY}` });
    await actions.getByRole('row', { name: /Moderate Year 9 writing/ }).waitFor();
    expect(await actions.getByRole('row', { name: /Moderate Year 9 writing/ }).textContent()).toBe(
      `Moderate Year 9 writing with the hub each half termPriya English (st-millbrook-english)${british(due)}Not started`,
    );
    expect(await seriousViolations(director.page)).toEqual([]);
  });

  it('rates the priority, and sees the rating in its RAG history as the API holds it', async () => {
    await priority().getByRole('button', { name: 'Rate this priority' }).click();
    const rate = priority().getByRole('form', { name: 'Rate this priority' });
    expect(await rate.getByLabel('Rated on').inputValue()).toBe(ratedOn);
    await rate.getByRole('button', { name: 'Record the rating' }).click();
    await rate.getByText('Rate it red, amber or green').waitFor();
    expect(await seriousViolations(director.page)).toEqual([]);

    await rate.getByLabel('RAG rating').selectOption('amber');
    await rate.getByLabel('Comment').fill('Moderation under way; the autumn assessment is still below the trust.');
    await rate.getByRole('button', { name: 'Record the rating' }).click();
    await rate.getByText(`Rated amber on ${british(ratedOn)}.`).waitFor();

    const history = priority().getByRole('table', { name: `RAG history of ${PRIORITY}` });
    await history.waitFor();
    const rows = await history.getByRole('row').allTextContents();
    expect(rows.slice(1)).toEqual([`${british(ratedOn)}AmberDee Director (improvement director)On the planModeration under way; the autumn assessment is still below the trust.`]);
    expect(await priority().getByRole('heading', { level: 3 }).textContent()).toBe(PRIORITY);
    expect(await priority().locator('[data-rag="amber"]').first().textContent()).toBe('Amber');

    const [rated] = (await plan()).priorities;
    expect(rated?.ragHistory).toEqual([
      {
        rating: 'amber',
        ratedOn,
        ratedBy: { userId: expect.any(String) as string, name: 'Dee Director', role: 'improvement-director' },
        comment: 'Moderation under way; the autumn assessment is still below the trust.',
        source: { kind: 'direct', aimId: null, visitId: null },
      },
    ]);
    expect(await seriousViolations(director.page)).toEqual([]);
  });

  it('shows the plan as recorded before it was drafted: none, and no form', async () => {
    const { page, url } = director;
    const query = `year=${encodeURIComponent(year)}`;
    await page.goto(`${url}/app/academies/${MILLBROOK}?${query}&asOf=${encodeURIComponent(BEFORE)}`);
    await section().getByText(`No improvement plan for ${year} in this view: none had been drafted.`).waitFor();
    expect(await section().getByRole('form').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${url}/app/academies/${MILLBROOK}?${query}`);
    await priority().getByRole('table', { name: `RAG history of ${PRIORITY}` }).waitFor();
  });
});
