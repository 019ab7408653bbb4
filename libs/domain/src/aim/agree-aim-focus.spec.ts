import type { AgreeAimFocus } from './aim.commands.js';
import {
  AIM_ID,
  aimFocusAgreed,
  aimHeld,
  aimScheduled,
  badTexts,
  given,
  scheduled,
  scheduledInThePast,
} from './test-support/aim-fixtures.js';

const agree = (overrides: Partial<AgreeAimFocus> = {}): AgreeAimFocus => ({
  type: 'AgreeAimFocus',
  aimId: AIM_ID,
  focus: 'Early reading in Key Stage 1',
  ...overrides,
});

describe('AgreeAimFocus', () => {
  describe('allowed', () => {
    it('agrees the focus, dated today', () => {
      given([scheduled]).when(agree()).then([aimFocusAgreed()]);
    });

    it('agrees the focus proposed when scheduling', () => {
      given([aimScheduled({ focus: 'Early reading in Key Stage 1' })])
        .when(agree())
        .then([aimFocusAgreed()]);
    });

    it('agrees a different focus later, which replaces the first', () => {
      given([scheduled, aimFocusAgreed()])
        .when(agree({ focus: 'Writing' }))
        .then([aimFocusAgreed({ focus: 'Writing' })]);
    });
  });

  describe('no-op', () => {
    it('agreeing the focus already agreed', () => {
      given([scheduled, aimFocusAgreed()]).when(agree({ focus: ' Early reading in Key Stage 1 ' })).thenNothing();
    });
  });

  describe('refused', () => {
    it('an AIM never scheduled (404)', () => {
      given([]).when(agree()).thenThrows('not-found');
    });

    it('an AIM other than the one of the stream (404)', () => {
      given([scheduled]).when(agree({ aimId: 'aim-2' })).thenThrows('not-found');
    });

    it('an AIM already held (422)', () => {
      const error = given([scheduledInThePast, aimHeld()]).when(agree()).thenThrows('refused');
      expect(error.message).toBe('AIM aim-1 was held on 2025-03-10, so it can no longer have its focus agreed');
    });
  });

  describe('invalid', () => {
    it('aimId', () => {
      given([scheduled]).when(agree({ aimId: 'aim/1' })).thenThrows('invalid', 'aimId');
    });

    it.each(badTexts(2000))('focus %s', (_label, focus) => {
      given([scheduled]).when(agree({ focus: focus as string })).thenThrows('invalid', 'focus');
    });
  });
});
