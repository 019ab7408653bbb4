import type { WithdrawExpertise } from './expertise.commands.js';
import { expertiseWithdrawn, given, registered, STAFF_ID } from './test-support/expertise-fixtures.js';

const withdraw = (overrides: Partial<WithdrawExpertise> = {}): WithdrawExpertise => ({
  type: 'WithdrawExpertise',
  staffId: STAFF_ID,
  reason: 'Left the trust',
  ...overrides,
});

describe('WithdrawExpertise', () => {
  it('withdraws an entry, with its reason, dated today', () => {
    given([registered]).when(withdraw()).then([expertiseWithdrawn()]);
  });

  it('withdraws an entry with no reason given', () => {
    given([registered]).when(withdraw({ reason: undefined })).then([expertiseWithdrawn({ reason: null })]);
    given([registered]).when(withdraw({ reason: null })).then([expertiseWithdrawn({ reason: null })]);
  });

  it('changes nothing the second time', () => {
    given([registered, expertiseWithdrawn()]).when(withdraw()).thenNothing();
  });

  it('refuses someone never listed (404)', () => {
    given([]).when(withdraw()).thenThrows('not-found');
  });

  it.each<[string, Partial<WithdrawExpertise>]>([
    ['staffId', { staffId: '' }],
    ['reason', { reason: ' ' }],
    ['reason', { reason: 'x'.repeat(2001) }],
  ])('refuses a bad %s', (field, overrides) => {
    given([registered]).when(withdraw(overrides)).thenThrows('invalid', field);
  });
});
