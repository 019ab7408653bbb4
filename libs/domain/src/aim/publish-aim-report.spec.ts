import type { PublishAimReport } from './aim.commands.js';
import {
  AIM_ID,
  aimHeld,
  aimReportPublished,
  given,
  scheduled,
  scheduledInThePast,
} from './test-support/aim-fixtures.js';

const publish = (overrides: Partial<PublishAimReport> = {}): PublishAimReport => ({
  type: 'PublishAimReport',
  aimId: AIM_ID,
  summary: 'Good progress on reading; writing and attendance remain priorities.',
  ...overrides,
});

describe('PublishAimReport', () => {
  describe('allowed', () => {
    it('publishes the report of a held AIM', () => {
      given([scheduledInThePast, aimHeld()]).when(publish()).then([aimReportPublished()]);
    });

    it('dates it by the clock (today), not by a day the sender names', () => {
      given([scheduledInThePast, aimHeld()])
        .when({ ...publish(), publishedOn: '2025-03-10' } as PublishAimReport)
        .then([aimReportPublished({ publishedOn: '2025-03-12' })]);
    });
  });

  describe('refused', () => {
    it('an AIM never scheduled (404)', () => {
      given([]).when(publish()).thenThrows('not-found');
    });

    it('an AIM not yet held (422)', () => {
      const error = given([scheduled]).when(publish()).thenThrows('refused');
      expect(error.message).toBe('AIM aim-1 has not been held, so it has no report to publish');
    });

    it('a second report (409)', () => {
      given([scheduledInThePast, aimHeld(), aimReportPublished()]).when(publish()).thenThrows('conflict');
    });
  });

  describe('invalid', () => {
    it.each([
      ['empty', ''],
      ['4001 characters', 'x'.repeat(4001)],
      ['not text', null],
    ])('summary %s', (_label, summary) => {
      given([scheduledInThePast, aimHeld()])
        .when(publish({ summary: summary as string }))
        .thenThrows('invalid', 'summary');
    });
  });
});
