import { DomainError } from '../shared/domain-error.js';
import { findExpertise, type ExpertiseListing } from './find-expertise.js';

type ListingFields = Partial<ExpertiseListing> & Pick<ExpertiseListing, 'staffId' | 'name'>;

/** By default, a headteacher of 111111 in the North hub, with no areas. */
const listing = (overrides: ListingFields): ExpertiseListing => ({
  employerAcademyId: '111111',
  hub: 'North',
  role: 'headteacher',
  areas: [],
  otherAreas: [],
  ...overrides,
});

const northPhonics = listing({ staffId: 's-1', name: 'Zoe North', areas: ['phonics'] });
const southPhonics = listing({
  staffId: 's-2',
  name: 'Amy South',
  employerAcademyId: '222222',
  hub: 'South',
  areas: ['phonics'],
});
const northMentionsPhonics = listing({
  staffId: 's-3',
  name: 'Bea North',
  employerAcademyId: '333333',
  otherAreas: ['Phonics catch-up'],
});
const hubLead = listing({
  staffId: 's-4',
  name: 'Hal Lead',
  employerAcademyId: null,
  hub: 'North',
  role: 'hub-lead',
  areas: ['phonics'],
});
const supported = listing({ staffId: 's-5', name: 'Cy Self', employerAcademyId: '999999', areas: ['phonics'] });
const maths = listing({ staffId: 's-6', name: 'Max Maths', areas: ['maths-mastery'], otherAreas: ['Maths No Problem'] });

const all = [northPhonics, southPhonics, northMentionsPhonics, hubLead, supported, maths];

const names = (matches: ReturnType<typeof findExpertise>): string[] => matches.map((match) => match.listing.name);

describe('findExpertise', () => {
  it('offers the same hub first, listed under the area before mentioning it, then by name; then anyone', () => {
    const matches = findExpertise(all, { area: 'phonics', excludeAcademyId: '999999', hub: 'North' });
    expect(names(matches)).toEqual(['Hal Lead', 'Zoe North', 'Bea North', 'Amy South']);
    expect(matches.map((match) => [match.sameHub, match.matchedOn])).toEqual([
      [true, 'area'],
      [true, 'area'],
      [true, 'other-area'],
      [false, 'area'],
    ]);
  });

  it('offers anyone, by how they match and by name, when no hub is given', () => {
    expect(names(findExpertise(all, { area: 'phonics' }))).toEqual([
      'Amy South',
      'Cy Self',
      'Hal Lead',
      'Zoe North',
      'Bea North',
    ]);
  });

  it("leaves out the supported academy's own staff, never the trust centre's", () => {
    expect(names(findExpertise(all, { area: 'phonics', excludeAcademyId: '111111' }))).toEqual([
      'Amy South',
      'Cy Self',
      'Hal Lead',
      'Bea North',
    ]);
  });

  it('matches free text against other areas, whatever the case, spaces or hyphens', () => {
    expect(names(findExpertise(all, { area: 'maths no problem' }))).toEqual(['Max Maths']);
    expect(names(findExpertise(all, { area: 'Phonics Catch Up' }))).toEqual(['Bea North']);
    expect(names(findExpertise(all, { area: 'maths-mastery' }))).toEqual(['Max Maths']);
    expect(findExpertise(all, { area: 'oracy' })).toEqual([]);
  });

  it('orders people of the same name by staff id', () => {
    const twins = [
      listing({ staffId: 'b', name: 'Sam', areas: ['send'] }),
      listing({ staffId: 'a', name: 'Sam', areas: ['send'] }),
    ];
    expect(findExpertise(twins, { area: 'send' }).map((match) => match.listing.staffId)).toEqual(['a', 'b']);
  });

  it.each([
    ['area', { area: ' ' }],
    ['excludeAcademyId', { area: 'send', excludeAcademyId: 'oak' }],
    ['hub', { area: 'send', hub: '' }],
  ])('refuses a bad %s', (field, query) => {
    let caught: unknown;
    try {
      findExpertise(all, query);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DomainError);
    expect((caught as DomainError).field).toBe(field);
  });
});
