import { describe, expect, it } from 'vitest';
import { browserSignedInAs, seriousViolations } from './support/browser';

const RIVERSIDE = '142567';
const OAKFIELD = '141023';

describe('a governor sees only their own academy', () => {
  const journey = browserSignedInAs({ role: 'governor', academy: RIVERSIDE, name: 'Gail Governor' });
  const { url } = journey;


  it('lists their academy alone, with only the navigation a governor may use', async () => {
    await journey.page.getByRole('heading', { level: 1, name: 'Trust overview' }).waitFor();
    const rows = journey.page.getByRole('table', { name: 'Academies' }).locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain(`URN ${RIVERSIDE}`);
    const links = await journey.page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents();
    expect(links).toEqual(['Trust overview']);
    expect(await journey.page.getByTestId('signed-in-user').textContent()).toContain('Gail Governor, Governor');
    expect(await seriousViolations(journey.page)).toEqual([]);
  });

  it('opens their academy, but is shown nothing of another one, nor the trust\'s finance or decisions', async () => {
    await journey.page.getByRole('table', { name: 'Academies' }).getByRole('link').first().click();
    await journey.page.getByRole('heading', { level: 2, name: 'Academy card' }).waitFor();
    expect(await journey.page.getByRole('heading', { level: 2, name: 'Compliance' }).count()).toBe(0);

    await journey.page.goto(`${url}/app/academies/${OAKFIELD}`);
    await journey.page.getByText(`You may not see academy ${OAKFIELD}.`).waitFor();
    expect(await journey.page.getByText('Oakfield').count()).toBe(0);

    await journey.page.goto(`${url}/app/finance?year=2024/25`);
    await journey.page.getByText('You may not see the reconciliation of 2024/25.').waitFor();
    await journey.page.goto(`${url}/app/tier-decisions?year=2024/25`);
    await journey.page.getByText('You may not see the tier decisions of 2024/25.').waitFor();
    expect(await journey.page.locator('table').count()).toBe(0);
  });
});
