import type { Locator } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserSignedInAs, apiGet, seriousViolations, tokenOf } from './support/browser';

interface CardKpi {
  kpi: string;
  academicYear: string;
  term: string | null;
  value: number | null;
  nationalAverage: number | null;
}

interface Recommendation {
  recommendedTier: 1 | 2 | 3 | null;
  reasons: string[];
}

interface Decision {
  decisionId: string;
  academicYear: string;
  tier: number;
  recommendedTier: number;
  override: boolean;
  rationale: string | null;
  decidedOn: string;
  decidedBy: { name: string; role: string };
  supersedes: string | null;
  supersededBy: string | null;
}

// Harbour Lights Primary Academy, in the demo since January 2021 with no figures before 2022/23 (apps/cli demo-trust.ts):
// the director brings its 2021/22 summer figures in, whatever day the demo was loaded on.
const HARBOUR_LIGHTS = '149765';
const YEAR = '2021/22';
const TERM = 'summer';
const FIGURES = [
  { kpi: 'progress', label: 'Progress', value: '76.5' },
  { kpi: 'curriculum', label: 'Curriculum', value: '2' },
  { kpi: 'teaching', label: 'Teaching', value: '85' },
  { kpi: 'attendance', label: 'Attendance', value: '94.2', national: '93.7' },
  { kpi: 'transition', label: 'Transition', value: '96.25' },
] as const;
// The demo decided 2024/25 on 12 September 2024 (demo-evidence.ts); the director revises it on a fixed day after,
// so the decision reads the evidence in effect then, not today's.
const DECIDED_YEAR = '2024/25';
const DECIDED_ON = '2025-07-01';
const RATIONALE = 'The new headteacher has secured reading across the school; the committee agreed to step support down a tier early.';

/** Polls the API until it answers what the check accepts (the read models follow the event store). */
async function eventually<T>(read: () => Promise<T>, accept: (answer: T) => boolean): Promise<T> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const answer = await read();
    if (accept(answer) || Date.now() > deadline) return answer;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('the improvement director records a term\'s KPIs and decides a tier', () => {
  const journey = browserSignedInAs({ role: 'improvement-director', name: 'Dee Director' });
  const { url } = journey;

  beforeAll(async () => {
    await journey.page.goto(`${url}/app/academies/${HARBOUR_LIGHTS}`);
    await journey.page.getByRole('heading', { level: 2, name: 'Record' }).waitFor();
  });

  async function openForm(title: string): Promise<Locator> {
    await journey.page.getByRole('button', { name: title }).click();
    const form = journey.page.getByRole('form', { name: title });
    await form.waitFor();
    return form;
  }

  it('records the summer term\'s five KPIs of 2021/22, which the card then holds', async () => {
    const form = await openForm('Record a KPI figure');
    expect(await seriousViolations(journey.page)).toEqual([]);
    await form.getByLabel('Academic year').fill(YEAR);
    await form.getByLabel('Term').selectOption(TERM);
    for (const figure of FIGURES) {
      await form.getByLabel('KPI').selectOption(figure.kpi);
      await form.getByLabel('Figure').fill(figure.value);
      if ('national' in figure) await form.getByLabel('National average (%)').fill(figure.national);
      await form.getByRole('button', { name: 'Record the figure' }).click();
      await form.getByRole('status').filter({ hasText: `${figure.label} for the ${TERM} term of ${YEAR} recorded: ${Number(figure.value)}` }).waitFor();
    }
    expect(await seriousViolations(journey.page)).toEqual([]);

    const token = await tokenOf(journey.page);
    const card = await eventually(
      () => apiGet<{ kpis: CardKpi[] }>(url, token, `/academies/${HARBOUR_LIGHTS}/card`),
      (answer) => answer.kpis.filter((kpi) => kpi.academicYear === YEAR && kpi.term === TERM && kpi.value !== null).length === FIGURES.length,
    );
    for (const figure of FIGURES) {
      const row = card.kpis.find((kpi) => kpi.kpi === figure.kpi && kpi.academicYear === YEAR && kpi.term === TERM);
      expect(row?.value).toBe(Number(figure.value));
      if ('national' in figure) expect(row?.nationalAverage).toBe(Number(figure.national));
    }

    // The page's card shows them too, once the director looks at that year.
    await journey.page.getByLabel('KPIs of the academic year').selectOption(YEAR);
    const table = journey.page.getByRole('table', { name: 'Academy card KPIs' });
    for (const figure of FIGURES) {
      await expect.poll(() => table.locator(`tr[data-kpi="${figure.kpi}"] td[data-term="${TERM}"]`).textContent()).toContain(String(Number(figure.value)));
    }
  });

  it('decides 2024/25 again, against the recommendation shown first, with the rationale the override needs', async () => {
    const token = await tokenOf(journey.page);
    const form = await openForm('Decide a tier');
    await form.getByLabel('Academic year').fill(DECIDED_YEAR);
    await form.getByLabel('Decided on').fill(DECIDED_ON);
    const recommendation = await apiGet<Recommendation>(url, token, `/academies/${HARBOUR_LIGHTS}/tier-recommendation?academicYear=${DECIDED_YEAR}&decidedOn=${DECIDED_ON}`);
    expect(recommendation.recommendedTier).not.toBeNull();
    const recommended = recommendation.recommendedTier ?? 0;
    const panel = form.getByRole('region', { name: 'Recommendation' });
    await panel.getByText(`The tier criteria recommend Tier ${recommended} for ${DECIDED_YEAR}, on the evidence in effect on 1 July 2025.`).waitFor();
    for (const reason of recommendation.reasons) await panel.getByText(reason, { exact: true }).waitFor();

    const before = await apiGet<Decision[]>(url, token, `/academies/${HARBOUR_LIGHTS}/tier-history`);
    const inForce = before.find((decision) => decision.academicYear === DECIDED_YEAR && decision.supersededBy === null);
    expect(inForce).toBeDefined();
    await form.getByRole('note').filter({ hasText: 'This is a revision' }).getByText(`already has a decision in force: Tier ${inForce?.tier}`, { exact: false }).waitFor();

    const chosen = recommended === 1 ? 2 : 1;
    await form.getByRole('radio', { name: `Tier ${chosen}`, exact: true }).check();
    await form.getByRole('button', { name: 'Decide the tier' }).click();
    await form.getByText(`Write why Tier ${chosen} differs from the recommended Tier ${recommended}`).waitFor();
    expect(await seriousViolations(journey.page)).toEqual([]);

    await form.getByLabel('Rationale').fill(RATIONALE);
    await form.getByRole('button', { name: 'Decide the tier' }).click();
    await form
      .getByRole('status')
      .filter({ hasText: `Tier ${chosen} decided for ${DECIDED_YEAR} on 1 July 2025: an override of the recommended Tier ${recommended}, with its rationale.` })
      .waitFor();
    expect(await seriousViolations(journey.page)).toEqual([]);

    const history = await eventually(
      () => apiGet<Decision[]>(url, token, `/academies/${HARBOUR_LIGHTS}/tier-history`),
      (answer) => answer.some((decision) => decision.academicYear === DECIDED_YEAR && decision.decidedOn === DECIDED_ON),
    );
    const decided = history.find((decision) => decision.academicYear === DECIDED_YEAR && decision.decidedOn === DECIDED_ON);
    expect(decided).toMatchObject({ tier: chosen, recommendedTier: recommended, override: true, rationale: RATIONALE, supersedes: inForce?.decisionId, supersededBy: null });
    expect(decided?.decidedBy).toMatchObject({ name: 'Dee Director', role: 'improvement-director' });
    expect(history.find((decision) => decision.decisionId === inForce?.decisionId)?.supersededBy).toBe(decided?.decisionId);

    // The page's tier history shows the override with its rationale, in force, and the decision it superseded.
    const article = journey.page.locator(`article[data-decision="${decided?.decisionId}"]`);
    await article.getByText('Override').waitFor();
    expect(await article.textContent()).toContain(`Rationale: ${RATIONALE}`);
    await article.getByText('In force').waitFor();
    await journey.page.locator(`article[data-decision="${inForce?.decisionId}"]`).getByText('Superseded').waitFor();
  });

  it('is told in plain words when the ledger refuses, a figure recorded twice or a correction of none', async () => {
    const record = await openForm('Record a KPI figure');
    await record.getByLabel('Academic year').fill(YEAR);
    await record.getByLabel('Term').selectOption(TERM);
    await record.getByLabel('KPI').selectOption('progress');
    await record.getByLabel('Figure').fill('77');
    await record.getByRole('button', { name: 'Record the figure' }).click();
    await record.getByRole('alert').getByText(`progress for ${TERM} ${YEAR} is already recorded for academy ${HARBOUR_LIGHTS}; send a correction to change it`).waitFor();
    expect(await seriousViolations(journey.page)).toEqual([]);

    const correct = await openForm('Correct a KPI figure');
    await correct.getByLabel('Academic year').fill('2020/21');
    await correct.getByLabel('Corrected figure').fill('77');
    await correct.getByLabel('Reason for the correction').fill('Moderation adjusted the assessments');
    await correct.getByRole('button', { name: 'Correct the figure' }).click();
    await correct.getByRole('alert').getByText('The ledger refused this').waitFor();
    expect(await correct.getByRole('alert').textContent()).toContain('has never been recorded');
    expect(await seriousViolations(journey.page)).toEqual([]);
  });

  it('offers every evidence form, each passing axe when open', async () => {
    for (const title of ['Record an inspection', 'Record outcomes', 'Record an annual review', 'Record a risk assessment', 'Record a SIP visit', 'Record a commissioned review']) {
      await openForm(title);
      expect(await seriousViolations(journey.page), title).toEqual([]);
    }
  });
});
