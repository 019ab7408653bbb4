import { expertiseDecider, findExpertise, type ExpertiseEvent, type ExpertiseListing } from '@trust/domain';
import { buildDemoExpertise } from './demo-expertise.js';
import { buildDemoTrust } from './demo-trust.js';

const NOW = { now: new Date('2026-11-23T10:00:00Z') };

describe('the demo database of expertise', () => {
  const academies = buildDemoTrust();
  const { entries, withdrawn } = buildDemoExpertise(academies);

  it('lists twenty staff: every headteacher, two central hub leads and six teachers and support staff, each accepted by the domain', () => {
    expect(entries).toHaveLength(20);
    expect(new Set(entries.map((entry) => entry.staffId)).size).toBe(20);
    expect(entries.filter((entry) => entry.role === 'headteacher').map((entry) => entry.academyId)).toEqual(academies.map((academy) => academy.academyId));
    expect(entries.filter((entry) => entry.academyId === null).map((entry) => entry.role)).toEqual(['hub-lead', 'hub-lead']);
    for (const entry of entries) {
      expect(expertiseDecider.decide({ type: 'RegisterExpertise', ...entry }, expertiseDecider.initialState(), NOW)).toHaveLength(1);
    }
  });

  it('withdraws one who left, and a search for phonics then offers the others, hub staff first', () => {
    expect(withdrawn).toEqual([{ staffId: 'attendance-officer-150338', reason: 'Left the trust' }]);
    const events: ExpertiseEvent[] = entries.flatMap((entry) => expertiseDecider.decide({ type: 'RegisterExpertise', ...entry }, expertiseDecider.initialState(), NOW));
    const hubOf = new Map(academies.map((academy) => [academy.academyId, academy.hub]));
    const listings: ExpertiseListing[] = events.flatMap((event) =>
      event.type === 'ExpertiseRegistered' && !withdrawn.some((gone) => gone.staffId === event.data.staffId)
        ? [{ ...event.data, hub: event.data.employerAcademyId === null ? null : (hubOf.get(event.data.employerAcademyId) ?? null) }]
        : [],
    );
    const phonics = findExpertise(listings, { area: 'phonics', hub: 'Central', excludeAcademyId: '145678' });
    expect(phonics.length).toBeGreaterThanOrEqual(4);
    expect(phonics[0]?.sameHub).toBe(true);
    expect(phonics.some((match) => match.listing.employerAcademyId === '145678')).toBe(false);
  });
});
