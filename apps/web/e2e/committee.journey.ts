import { describe, expect, it } from 'vitest';
import { browserSignedInAs, apiGet, seriousViolations, tokenOf } from './support/browser';

interface Decision {
  academyId: string;
  academicYear: string;
  tier: number;
  override: boolean;
  rationale: string | null;
  supersededBy: string | null;
}

describe('the standards committee finds why an academy was given its tier', () => {
  const journey = browserSignedInAs({ role: 'standards-committee', name: 'Colin Committee' });
  const { url } = journey;


  it('opens Tier decisions for 2024/25 and reads the override\'s rationale, as the API records it', async () => {
    await journey.page.getByRole('link', { name: 'Tier decisions' }).click();
    await journey.page.getByRole('heading', { level: 1, name: 'Tier decisions' }).waitFor();
    await journey.page.getByLabel('Academic year').selectOption('2024/25');
    const table = journey.page.getByRole('table', { name: 'Tier decisions 2024/25' });
    await table.waitFor();

    const decisions = await apiGet<Decision[]>(url, await tokenOf(journey.page), '/tier-decisions?academicYear=2024/25');
    const overrides = decisions.filter((decision) => decision.override);
    expect(overrides.length).toBeGreaterThan(0);
    for (const override of overrides) {
      const row = table.locator('tr', { hasText: `URN ${override.academyId}` }).filter({ hasText: 'Override' });
      await row.getByText('Override').waitFor();
      expect(await row.textContent()).toContain(override.rationale);
    }
    expect(await seriousViolations(journey.page)).toEqual([]);
  });

  it('follows the academy to its tier history, where the same rationale stands beside the evidence known then', async () => {
    const decisions = await apiGet<Decision[]>(url, await tokenOf(journey.page), '/tier-decisions?academicYear=2024/25');
    const override = decisions.find((decision) => decision.override)!;
    await journey.page.getByRole('table', { name: 'Tier decisions 2024/25' }).locator('tr', { hasText: `URN ${override.academyId}` }).getByRole('link').first().click();
    await journey.page.getByRole('heading', { level: 2, name: 'Tier history' }).waitFor();
    const decision = journey.page.getByRole('article', { name: `2024/25: Tier ${override.tier}` });
    await decision.waitFor();
    const text = await decision.textContent();
    expect(text).toContain(`Rationale: ${override.rationale ?? ''}`);
    expect(text).toContain('Evidence known then');
    expect(text).toContain('Override');
    expect(await journey.page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await seriousViolations(journey.page)).toEqual([]);
  });
});

