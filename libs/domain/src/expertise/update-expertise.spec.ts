import type { UpdateExpertise } from './expertise.commands.js';
import {
  expertiseUpdated,
  expertiseWithdrawn,
  given,
  registered,
  STAFF_ID,
} from './test-support/expertise-fixtures.js';

const update = (overrides: Partial<UpdateExpertise> = {}): UpdateExpertise => ({
  type: 'UpdateExpertise',
  staffId: STAFF_ID,
  name: 'Ann Head',
  academyId: '123456',
  role: 'headteacher',
  areas: ['phonics', 'early-reading', 'send'],
  otherAreas: ['Talk for Writing'],
  ...overrides,
});

describe('UpdateExpertise', () => {
  describe('allowed', () => {
    it('replaces the entry as it should now stand', () => {
      given([registered]).when(update()).then([expertiseUpdated()]);
    });

    it('moves someone to another academy in another role', () => {
      given([registered, expertiseUpdated()])
        .when(update({ academyId: '654321', role: 'teacher' }))
        .then([expertiseUpdated({ employerAcademyId: '654321', role: 'teacher' })]);
    });
  });

  describe('no-op', () => {
    it('an entry sent as it stands, in any order', () => {
      given([registered]).when(update({ areas: ['early-reading', 'phonics'], otherAreas: [] })).thenNothing();
      given([registered, expertiseUpdated()])
        .when(update({ areas: ['send', 'phonics', 'early-reading'] }))
        .thenNothing();
    });
  });

  describe('refused', () => {
    it('someone never listed (404)', () => {
      given([]).when(update()).thenThrows('not-found');
    });

    it('someone withdrawn (422)', () => {
      given([registered, expertiseWithdrawn()]).when(update()).thenThrows('refused');
    });
  });

  describe('invalid', () => {
    it('is validated as a registration is', () => {
      given([registered]).when(update({ areas: [], otherAreas: null })).thenThrows('invalid', 'areas');
      given([registered]).when(update({ role: 'hub-lead' })).thenThrows('invalid', 'academyId');
    });
  });
});
