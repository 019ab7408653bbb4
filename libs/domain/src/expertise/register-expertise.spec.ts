import type { RegisterExpertise } from './expertise.commands.js';
import { EXPERTISE_AREAS } from './expertise-area.js';
import {
  expertiseRegistered,
  expertiseUpdated,
  expertiseWithdrawn,
  given,
  registered,
  STAFF_ID,
} from './test-support/expertise-fixtures.js';

const register = (overrides: Partial<RegisterExpertise> = {}): RegisterExpertise => ({
  type: 'RegisterExpertise',
  staffId: STAFF_ID,
  name: 'Ann Head',
  academyId: '123456',
  role: 'headteacher',
  areas: ['phonics', 'early-reading'],
  ...overrides,
});

describe('RegisterExpertise', () => {
  describe('allowed', () => {
    it('lists a headteacher with their areas, dated today', () => {
      given([]).when(register()).then([registered]);
    });

    it('lists centrally employed staff with no academy, and other areas as free text, trimmed', () => {
      given([])
        .when(
          register({
            role: 'hub-lead',
            academyId: null,
            areas: [],
            otherAreas: [' Talk for Writing ', 'Maths No Problem'],
          }),
        )
        .then([
          expertiseRegistered({
            role: 'hub-lead',
            employerAcademyId: null,
            areas: [],
            otherAreas: ['Talk for Writing', 'Maths No Problem'],
          }),
        ]);
    });

    it('lists a teacher employed centrally, and takes null other areas as none', () => {
      given([])
        .when(register({ role: 'teacher', academyId: null, otherAreas: null }))
        .then([expertiseRegistered({ role: 'teacher', employerAcademyId: null })]);
    });

    it('lists every known area', () => {
      given([])
        .when(register({ areas: EXPERTISE_AREAS }))
        .then([expertiseRegistered({ areas: [...EXPERTISE_AREAS] })]);
    });

    it('lists again someone withdrawn earlier', () => {
      given([registered, expertiseUpdated(), expertiseWithdrawn()]).when(register()).then([registered]);
    });
  });

  describe('refused', () => {
    it('someone already listed (409)', () => {
      given([registered]).when(register()).thenThrows('conflict');
    });
  });

  describe('invalid', () => {
    it.each<[string, Partial<RegisterExpertise>]>([
      ['staffId', { staffId: 'staff 1' }],
      ['name', { name: ' ' }],
      ['name', { name: 'x'.repeat(201) }],
      ['role', { role: 'deputy-headteacher' }],
      ['academyId', { academyId: '12345' }],
      ['academyId', { role: 'improvement-director', academyId: '123456' }],
      ['academyId', { role: 'headteacher', academyId: null }],
      ['areas', { areas: 'phonics' as unknown as string[] }],
      ['areas', { areas: [], otherAreas: [] }],
      ['areas', { areas: [] }],
      ['areas[1]', { areas: ['phonics', 'reading'] }],
      ['areas[1]', { areas: ['phonics', 'phonics'] }],
      ['otherAreas', { otherAreas: 'Talk for Writing' as unknown as string[] }],
      ['otherAreas[0]', { otherAreas: [''] }],
      ['otherAreas[0]', { otherAreas: ['x'.repeat(101)] }],
      ['otherAreas[1]', { otherAreas: ['Talk for Writing', 'talk for writing'] }],
      ['otherAreas', { otherAreas: Array.from({ length: 21 }, (_, i) => `Area ${i}`) }],
    ])('%s', (field, overrides) => {
      given([]).when(register(overrides)).thenThrows('invalid', field);
    });
  });
});
