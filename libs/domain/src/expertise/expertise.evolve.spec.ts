import { expertiseDecider } from './expertise.decider.js';
import type { ExpertiseEvent } from './expertise.events.js';
import type { ExpertiseState } from './expertise.state.js';
import {
  expertiseRegistered,
  expertiseUpdated,
  expertiseWithdrawn,
  registered,
} from './test-support/expertise-fixtures.js';

const fold = (events: ExpertiseEvent[]): ExpertiseState =>
  events.reduce(expertiseDecider.evolve, expertiseDecider.initialState());

const profile = {
  name: 'Ann Head',
  employerAcademyId: '123456',
  role: 'headteacher',
  areas: ['phonics', 'early-reading'],
  otherAreas: [],
};

describe('expertise state', () => {
  it('starts not registered, and ignores updates and withdrawals before registration', () => {
    expect(fold([])).toEqual({ status: 'not-registered' });
    expect(fold([expertiseUpdated(), expertiseWithdrawn()])).toEqual({ status: 'not-registered' });
  });

  it('holds the profile registered, then updated', () => {
    expect(fold([registered])).toEqual({ status: 'registered', staffId: 'staff-1', profile });
    expect(fold([registered, expertiseUpdated()])).toEqual({
      status: 'registered',
      staffId: 'staff-1',
      profile: { ...profile, areas: ['phonics', 'early-reading', 'send'], otherAreas: ['Talk for Writing'] },
    });
  });

  it('is withdrawn, ignores updates then, and is registered again afresh', () => {
    expect(fold([registered, expertiseWithdrawn(), expertiseUpdated()])).toEqual({
      status: 'withdrawn',
      staffId: 'staff-1',
      profile,
    });
    expect(fold([registered, expertiseWithdrawn(), expertiseRegistered({ role: 'teacher' })])).toEqual({
      status: 'registered',
      staffId: 'staff-1',
      profile: { ...profile, role: 'teacher' },
    });
  });

  it('ignores a second registration while listed', () => {
    expect(fold([registered, expertiseRegistered({ name: 'Other' })])).toEqual(fold([registered]));
  });
});
