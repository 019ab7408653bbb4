import type { Projection } from '@trust/projection-runner';
import { ACADEMY_CARD_PROJECTION, allProjections, selectProjections } from './index.js';

const projection = (name: string): Projection => ({ name, tables: [], apply: async () => undefined });

describe('selectProjections', () => {
  const registered = [projection('academy-card'), projection('tier-history'), projection('recharge-ledger')];

  it('gives every projection when no names are given', () => {
    expect(selectProjections([], registered)).toEqual(registered);
    expect(selectProjections([]).map((each) => each.name)).toEqual(allProjections().map((each) => each.name));
  });

  it('gives the named ones in registration order, whatever order they are named in', () => {
    expect(selectProjections(['recharge-ledger', 'academy-card'], registered).map((each) => each.name)).toEqual(['academy-card', 'recharge-ledger']);
    expect(selectProjections([ACADEMY_CARD_PROJECTION]).map((each) => each.name)).toEqual([ACADEMY_CARD_PROJECTION]);
  });

  it('refuses unknown names, listing the known ones', () => {
    expect(() => selectProjections(['academy-cards'], registered)).toThrow('Unknown projection "academy-cards": the projections are academy-card, tier-history, recharge-ledger');
    expect(() => selectProjections(['academy-card', 'x', 'y'], registered)).toThrow('Unknown projections "x", "y": the projections are academy-card, tier-history, recharge-ledger');
  });
});
