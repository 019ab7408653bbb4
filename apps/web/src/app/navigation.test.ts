import { describe, expect, it } from 'vitest';
import { navigationFor } from './navigation';

describe('the navigation', () => {
  it('shows each role only the pages its permissions allow', () => {
    const governor = ['academies.list', 'academy-card.read', 'tier-history.read'];
    expect(navigationFor(governor).map((item) => item.label)).toEqual(['Trust overview']);
    const committee = ['academies.list', 'tier-decisions.list', 'compliance.read'];
    expect(navigationFor(committee).map((item) => item.label)).toEqual(['Trust overview', 'Tier decisions', 'Compliance']);
    const finance = ['academies.list', 'compliance.read', 'reconciliation.read', 'ledger.read'];
    expect(navigationFor(finance).map((item) => item.label)).toEqual(['Trust overview', 'Compliance', 'Finance']);
    const admin = ['academies.list', 'tier-decisions.list', 'compliance.read', 'reconciliation.read', 'projections.read'];
    expect(navigationFor(admin).map((item) => item.label)).toEqual(['Trust overview', 'Tier decisions', 'Compliance', 'Finance', 'Administration']);
    const director = ['academies.list', 'tier-decisions.list', 'compliance.read', 'recharges.log', 'core-days.log', 'peer-reviews.read-group', 'expertise.search', 'expertise.register'];
    expect(navigationFor(director).map((item) => item.label)).toEqual(['Trust overview', 'Tier decisions', 'Compliance', 'Finance', 'Peer reviews', 'Expertise']);
    const headteacher = ['academies.list', 'academy-card.read', 'ledger.read', 'peer-reviews.read-group', 'peer-reviews.observe'];
    expect(navigationFor(headteacher).map((item) => item.label)).toEqual(['Trust overview', 'Peer reviews']);
  });
});
