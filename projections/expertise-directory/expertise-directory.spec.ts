import type { DomainEvent } from '@trust/domain';
import { evolveExpertiseDirectory, initialExpertiseDirectory, listingsOf, type ExpertiseDirectory } from './expertise-directory.js';

function given(...events: DomainEvent[]): ExpertiseDirectory {
  return events.reduce((directory, event, index) => evolveExpertiseDirectory(directory, event, BigInt(index + 1)), initialExpertiseDirectory());
}

const registered: DomainEvent = {
  type: 'ExpertiseRegistered',
  data: { staffId: 's-1', name: 'Ann Oak', employerAcademyId: '140001', role: 'teacher', areas: ['phonics'], otherAreas: [], registeredOn: '2025-03-12' },
};

describe('the expertise-directory fold', () => {
  it('given an academy and a member of its staff, then the listing carries the academy\'s hub', () => {
    const directory = given(
      { type: 'AcademyRegistered', data: { academyId: '140001', name: 'Oak', phase: 'primary', hub: 'North', joinedOn: '2019-09-01', predecessorUrns: [] } },
      registered,
    );
    expect(listingsOf(directory)).toEqual([{ staffId: 's-1', name: 'Ann Oak', employerAcademyId: '140001', role: 'teacher', areas: ['phonics'], otherAreas: [], hub: 'North' }]);
  });

  it('given a withdrawal, then the entry is kept but no longer listed; withdrawing again changes nothing', () => {
    const withdrawn: DomainEvent = { type: 'ExpertiseWithdrawn', data: { staffId: 's-1', reason: null, withdrawnOn: '2025-03-13' } };
    const directory = given(registered, withdrawn);
    expect(directory.entries.get('s-1')).toMatchObject({ listed: false, position: 2n });
    expect(listingsOf(directory)).toEqual([]);
    expect(evolveExpertiseDirectory(directory, withdrawn, 3n).entries.get('s-1')?.position).toBe(2n);
  });
});
