import type { PublishAimReport } from './aim.commands.js';
import {
  AIM_ID,
  aimHeld,
  aimReportPublished,
  given,
  recordedAfterTheFact,
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

    it('dates it by the clock (today) when the sender names no day', () => {
      given([scheduledInThePast, aimHeld()]).when(publish()).then([aimReportPublished({ publishedOn: '2025-03-12' })]);
    });

    it('takes the day it was published for a meeting recorded after the fact', () => {
      given([recordedAfterTheFact, aimHeld({ heldOn: '2025-03-03' })])
        .when({ ...publish(), publishedOn: '2025-03-07' })
        .then([aimReportPublished({ publishedOn: '2025-03-07' })]);
    });
  });

  describe('a named day', () => {
    it('is refused for a meeting planned ahead (400)', () => {
      given([scheduledInThePast, aimHeld()]).when({ ...publish(), publishedOn: '2025-03-10' }).thenThrows('invalid', 'publishedOn');
    });

    it.each(['2025-03-02', '2025-03-13'])('%p is refused before the meeting or in the future (400)', (publishedOn) => {
      given([recordedAfterTheFact, aimHeld({ heldOn: '2025-03-03' })]).when({ ...publish(), publishedOn }).thenThrows('invalid', 'publishedOn');
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
