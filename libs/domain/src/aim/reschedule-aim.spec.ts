import type { RescheduleAim } from './aim.commands.js';
import {
  AIM_ID,
  aimHeld,
  aimRescheduled,
  badTexts,
  given,
  scheduled,
  scheduledInThePast,
} from './test-support/aim-fixtures.js';

const reschedule = (overrides: Partial<RescheduleAim> = {}): RescheduleAim => ({
  type: 'RescheduleAim',
  aimId: AIM_ID,
  date: '2025-04-03',
  reason: 'Headteacher on jury service',
  ...overrides,
});

describe('RescheduleAim', () => {
  describe('allowed', () => {
    it('moves the AIM, keeping the previous date, and moves the documents deadline with it', () => {
      given([scheduled]).when(reschedule()).then([aimRescheduled()]);
    });

    it('moves it again, from the date it was moved to', () => {
      given([scheduled, aimRescheduled()])
        .when(reschedule({ date: '2025-04-08' }))
        .then([aimRescheduled({ date: '2025-04-08', previousDate: '2025-04-03', documentsDueOn: '2025-04-01' })]);
    });

    it('moves an AIM whose day has passed without a meeting', () => {
      given([scheduledInThePast])
        .when(reschedule())
        .then([aimRescheduled({ previousDate: '2025-03-10' })]);
    });

    it('moves it into the next academic year', () => {
      given([scheduled])
        .when(reschedule({ date: '2025-09-10' }))
        .then([aimRescheduled({ date: '2025-09-10', academicYear: '2025/26', documentsDueOn: '2025-09-03' })]);
    });

    it('moves it to today', () => {
      given([scheduled])
        .when(reschedule({ date: '2025-03-12' }))
        .then([aimRescheduled({ date: '2025-03-12', documentsDueOn: '2025-03-05' })]);
    });
  });

  describe('no-op', () => {
    it('moving it to the date it already has', () => {
      given([scheduled]).when(reschedule({ date: '2025-03-26' })).thenNothing();
      given([scheduled, aimRescheduled()]).when(reschedule({ date: '2025-04-03' })).thenNothing();
    });
  });

  describe('refused', () => {
    it('an AIM never scheduled (404)', () => {
      given([]).when(reschedule()).thenThrows('not-found');
    });

    it('an AIM already held (422)', () => {
      const error = given([scheduledInThePast, aimHeld()]).when(reschedule()).thenThrows('refused');
      expect(error.message).toBe('AIM aim-1 was held on 2025-03-10, so it can no longer be rescheduled');
    });
  });

  describe('invalid', () => {
    it.each([
      ['not a date', 'next week'],
      ['in the past', '2025-03-11'],
      ['a Sunday', '2025-04-06'],
    ])('date %s', (_label, date) => {
      given([scheduled]).when(reschedule({ date })).thenThrows('invalid', 'date');
    });

    it.each(badTexts(2000))('reason %s', (_label, reason) => {
      given([scheduled]).when(reschedule({ reason: reason as string })).thenThrows('invalid', 'reason');
    });

    it('reports bad input before the held AIM', () => {
      given([scheduledInThePast, aimHeld()]).when(reschedule({ reason: '' })).thenThrows('invalid', 'reason');
    });
  });
});
