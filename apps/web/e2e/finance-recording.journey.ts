import { describe, expect, it } from 'vitest';
import { browserSignedInAs, apiGet, seriousViolations, tokenOf } from './support/browser';

interface Reconciliation {
  academies: { academyId: string; name: string | null; spentPence: number }[];
}

interface RateCard {
  rates: Record<string, number>;
}

const pounds = (pence: number): string => new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' }).format(pence / 100);

// The demo's finances are all in 2024/25, on fixed dates: a day of it is accepted whatever day the journey runs.
const YEAR = '2024/25';
const DELIVERED_ON = '2025-03-12';

describe('finance logs a recharge, sees the reconciliation move, and reverses it', () => {
  const journey = browserSignedInAs({ role: 'finance', name: 'Fiona Finance' });
  const { url } = journey;
  // Unique to this run: the journeys share one ledger.
  const description = `Lead teacher: maths mastery modelling (journey ${Date.now()})`;
  let supported: { academyId: string; name: string; spentBefore: number };
  let amountPence: number;

  const spentOf = async (academyId: string): Promise<number> => {
    const reconciliation = await apiGet<Reconciliation>(url, await tokenOf(journey.page), `/finance/reconciliation?academicYear=${encodeURIComponent(YEAR)}`);
    return reconciliation.academies.find((academy) => academy.academyId === academyId)?.spentPence ?? 0;
  };

  const reconciliationRow = (academyId: string) => journey.page.getByRole('table', { name: 'Reconciliation' }).locator('tbody tr', { hasText: `URN ${academyId}` });


  it('logs a recharge priced before it is sent, and the academy\'s spend moves by exactly its amount', async () => {
    await journey.page.getByRole('link', { name: 'Finance' }).click();
    await journey.page.getByLabel('Academic year').selectOption(YEAR);
    await journey.page.getByRole('table', { name: 'Reconciliation' }).locator('tbody tr').first().waitFor();

    const token = await tokenOf(journey.page);
    const reconciliation = await apiGet<Reconciliation>(url, token, `/finance/reconciliation?academicYear=${encodeURIComponent(YEAR)}`);
    const [first, second] = reconciliation.academies;
    if (first === undefined || second === undefined) throw new Error('the demo has fewer than two academies in the reconciliation');
    supported = { academyId: first.academyId, name: first.name ?? first.academyId, spentBefore: first.spentPence };
    const { rates } = await apiGet<RateCard>(url, token, `/finance/rate-card?academicYear=${encodeURIComponent(YEAR)}`);
    amountPence = (rates['teacher'] ?? 0) * 1.5;

    const form = journey.page.getByRole('form', { name: 'Log a recharge' });
    await form.getByLabel('Academy supported').selectOption(supported.academyId);
    await form.getByLabel('Who gave the support').selectOption('teacher');
    await form.getByLabel('Their academy').selectOption(second.academyId);
    await form.getByLabel('Days of support').fill('1.5');
    await form.getByLabel('Date the support was given').fill(DELIVERED_ON);
    await form.getByLabel('What the support was').fill(description);
    await form.getByText(`Price: 1.5 days at ${pounds(rates['teacher'] ?? 0)} a day for a teacher`).waitFor();
    expect(await form.getByTestId('recharge-price').textContent()).toContain(`: ${pounds(amountPence)}.`);
    expect(await seriousViolations(journey.page)).toEqual([]);

    await form.getByRole('button', { name: 'Log the recharge' }).click();
    await form.getByText(`Recharge logged: ${pounds(amountPence)} for 1.5 days of a teacher on 12 March 2025, charged to ${supported.name}`).waitFor();

    expect((await spentOf(supported.academyId)) - supported.spentBefore).toBe(amountPence);
    await reconciliationRow(supported.academyId).getByText(pounds(supported.spentBefore + amountPence), { exact: true }).first().waitFor();
    expect(await seriousViolations(journey.page)).toEqual([]);
  });

  it('reverses it from its ledger line with a reason, and the spend moves back', async () => {
    await journey.page.getByLabel('Academy', { exact: true }).selectOption(supported.academyId);
    await journey.page.getByLabel('From', { exact: true }).fill(DELIVERED_ON);
    await journey.page.getByLabel('To', { exact: true }).fill(DELIVERED_ON);
    const line = journey.page.getByRole('table', { name: 'Ledger' }).locator('tbody tr', { hasText: description });
    await line.getByRole('button', { name: /^Reverse the recharge/ }).click();

    const form = journey.page.getByRole('form', { name: 'Reverse a recharge' });
    await form.getByText(`${description}, 12 March 2025: ${pounds(amountPence)} charged to ${supported.name}`).waitFor();
    await form.getByRole('button', { name: 'Reverse the recharge' }).click();
    await form.getByText('Enter why the recharge is reversed').waitFor();
    expect(await seriousViolations(journey.page)).toEqual([]);

    await form.getByLabel('Why it is reversed').fill('Logged against the wrong academy');
    await form.getByRole('button', { name: 'Reverse the recharge' }).click();
    await form.getByText(`Reversed: ${pounds(amountPence)} credited back to ${supported.name}`).waitFor();
    expect(await seriousViolations(journey.page)).toEqual([]);

    expect(await spentOf(supported.academyId)).toBe(supported.spentBefore);
    await journey.page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });
    await reconciliationRow(supported.academyId).getByText(pounds(supported.spentBefore), { exact: true }).first().waitFor();
  });

  it('finds the budget form accessible, its checks said beside the fields', async () => {
    const form = journey.page.getByRole('form', { name: 'Agree a budget' });
    await form.getByRole('button', { name: 'Agree the budget' }).click();
    await form.getByText("Enter the headteacher's name").waitFor();
    expect(await seriousViolations(journey.page)).toEqual([]);
  });
});

interface CoreDays {
  academicYear: string;
  logged: number;
  aimDays: number;
  left: number;
}

// The demo's 2024/25 uses every academy's six core days; 2023/24, a year of its tier decisions, has them to give.
const CORE_DAY_YEAR = '2023/24';
const CORE_DAY_ON = '2024-03-12';

describe('the improvement director logs a core day, the days left shown first', () => {
  const journey = browserSignedInAs({ role: 'improvement-director', name: 'Dr Helen Marsh' });
  const { url } = journey;


  it('finds Finance with the forms they may use, the days left as the API counts them, and logs half a day', async () => {
    await journey.page.getByRole('link', { name: 'Finance' }).click();
    const form = journey.page.getByRole('form', { name: 'Log a core day' });
    await form.waitFor();
    expect(await journey.page.getByRole('form', { name: 'Agree a budget' }).count()).toBe(0);
    expect(await journey.page.getByRole('table', { name: 'Reconciliation' }).count()).toBe(0);

    const token = await tokenOf(journey.page);
    const academies = await apiGet<{ academyId: string; name: string }[]>(url, token, '/academies');
    const coreDaysOf = (academyId: string): Promise<CoreDays> => apiGet<CoreDays>(url, token, `/academies/${academyId}/core-days?academicYear=${encodeURIComponent(CORE_DAY_YEAR)}`);
    const withDaysLeft = await Promise.all(academies.map(async (academy) => ({ ...academy, coreDays: await coreDaysOf(academy.academyId) })));
    const academy = withDaysLeft.sort((a, b) => b.coreDays.left - a.coreDays.left)[0];
    if (academy === undefined || academy.coreDays.left < 0.5) throw new Error(`no academy of the demo has a core day left in ${CORE_DAY_YEAR}`);

    await form.getByLabel('Academy given the core day').selectOption(academy.academyId);
    await form.getByLabel('Date of the core day').fill(CORE_DAY_ON);
    const { logged, aimDays, left } = academy.coreDays;
    const days = (count: number): string => `${count} ${count === 1 ? 'day' : 'days'}`;
    await form
      .getByTestId('core-days-left')
      .getByText(`${academy.name} has ${left} of its 6 core days left in ${CORE_DAY_YEAR} (${days(logged)} logged, ${days(aimDays)} for its Academy Improvement Meetings).`)
      .waitFor();
    expect(await seriousViolations(journey.page)).toEqual([]);

    await form.getByLabel('Core days given').fill('0.5');
    await form.getByLabel('What the day was').fill('Leadership coaching (journey)');
    await form.getByRole('button', { name: 'Log the core day' }).click();
    await form.getByText(`Core day logged: 0.5 days with ${academy.name} on 12 March 2024.`).waitFor();
    expect(await coreDaysOf(academy.academyId)).toMatchObject({ logged: academy.coreDays.logged + 0.5, left: academy.coreDays.left - 0.5 });
    expect(await seriousViolations(journey.page)).toEqual([]);
  });
});

