import { deciderSpec } from '../test-support/decider-spec.js';
import { aimDecider } from './aim.decider.js';
import type { ScheduleAim } from './aim.commands.js';
import { ACADEMY_ID, AIM_ID, aimScheduled, badTexts, given, scheduled } from './test-support/aim-fixtures.js';

const schedule = (overrides: Partial<ScheduleAim> = {}): ScheduleAim => ({
  type: 'ScheduleAim',
  aimId: AIM_ID,
  academyId: ACADEMY_ID,
  date: '2025-03-26',
  format: 'one-day',
  ...overrides,
});

describe('ScheduleAim', () => {
  describe('allowed', () => {
    it('schedules an AIM, its documents due a week before ("one week before the meeting")', () => {
      given([]).when(schedule()).then([scheduled]);
    });

    it('schedules a one-and-a-half-day AIM with a proposed focus, trimmed', () => {
      given([])
        .when(schedule({ format: 'one-and-a-half-day', focus: '  Early reading\n' }))
        .then([aimScheduled({ format: 'one-and-a-half-day', focus: 'Early reading' })]);
    });

    it('takes a null focus as none', () => {
      given([]).when(schedule({ focus: null })).then([scheduled]);
    });

    it('schedules an AIM today, its documents already due', () => {
      given([])
        .when(schedule({ date: '2025-03-12' }))
        .then([aimScheduled({ date: '2025-03-12', documentsDueOn: '2025-03-05' })]);
    });

    it('places the AIM in the academic year of its date, with the due date across a month end', () => {
      given([])
        .when(schedule({ date: '2025-09-03' }))
        .then([aimScheduled({ date: '2025-09-03', academicYear: '2025/26', documentsDueOn: '2025-08-27' })]);
    });

    it('reads "today" on the London calendar', () => {
      const justAfterMidnight = deciderSpec(aimDecider, { now: new Date('2025-09-02T23:30:00Z') });
      justAfterMidnight([])
        .when(schedule({ date: '2025-09-03' }))
        .then([aimScheduled({ date: '2025-09-03', academicYear: '2025/26', documentsDueOn: '2025-08-27', scheduledOn: '2025-09-03' })]);
    });

    it('records a past meeting after the fact, on the day it took place, scheduled today', () => {
      given([])
        .when(schedule({ date: '2024-11-11' }))
        .then([aimScheduled({ date: '2024-11-11', academicYear: '2024/25', documentsDueOn: '2024-11-04', scheduledOn: '2025-03-12' })]);
    });
  });

  describe('refused', () => {
    it('an AIM id already scheduled (409)', () => {
      given([scheduled]).when(schedule({ date: '2025-04-02' })).thenThrows('conflict');
    });
  });

  describe('invalid', () => {
    it.each(['', 'aim 1', '-aim', 'x'.repeat(65), 7])('aimId %p', (aimId) => {
      given([]).when(schedule({ aimId: aimId as string })).thenThrows('invalid', 'aimId');
    });

    it('academyId', () => {
      given([]).when(schedule({ academyId: '12345' })).thenThrows('invalid', 'academyId');
    });

    it.each([
      ['not ISO', '26/03/2025'],
      ['not a real date', '2025-02-29'],
      ['a Saturday', '2025-03-29'],
      ['a Sunday', '2025-03-30'],
    ])('date %s', (_label, date) => {
      given([]).when(schedule({ date })).thenThrows('invalid', 'date');
    });

    it.each(['two-day', 'one day', '', null])('format %p', (format) => {
      given([]).when(schedule({ format: format as string })).thenThrows('invalid', 'format');
    });

    it.each(badTexts(2000))('focus %s', (_label, focus) => {
      given([]).when(schedule({ focus: focus as string })).thenThrows('invalid', 'focus');
    });

    it('reports bad input before the duplicate', () => {
      given([scheduled]).when(schedule({ date: '2025-03-29' })).thenThrows('invalid', 'date');
    });
  });
});
