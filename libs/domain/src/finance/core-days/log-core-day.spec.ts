import { noPlan, planOf } from '../../improvement-plan/test-support/plan-look-up-fixtures.js';
import { deciderSpec } from '../../test-support/decider-spec.js';
import { badTexts, coreDayLogged, givenCoreDays as given, SUPPORTED } from '../test-support/finance-fixtures.js';
import type { LogCoreDay } from './core-days.commands.js';
import type { CoreDaysEvent } from './core-days.events.js';
import { coreDaysDecider } from './core-days.decider.js';

const logCoreDay = (overrides: Partial<LogCoreDay> = {}): LogCoreDay => ({
  type: 'LogCoreDay',
  academyId: SUPPORTED,
  deliveredOn: '2024-10-08',
  days: 1,
  description: 'Autumn AIM',
  aimDays: 0,
  ...overrides,
});

/** The academy's plan for 2024/25, with its support commitment c-1. */
const plan = planOf(SUPPORTED, '2024/25', { commitmentIds: ['c-1'] });

/** Core days already logged in 2024/25, adding up to `total`. */
const used = (total: number): CoreDaysEvent[] =>
  Array.from({ length: total * 2 }, () => coreDayLogged({ days: 0.5, description: 'Monitoring visit' }));

describe('LogCoreDay', () => {
  describe('allowed', () => {
    it('logs a core day in the academic year of the day it was delivered', () => {
      given([]).when(logCoreDay()).then([coreDayLogged()]);
    });

    it.each([
      ['2024-09-01', '2024/25'],
      ['2025-01-01', '2024/25'],
      ['2024-08-31', '2023/24'],
    ])('places a day delivered on %s in %s', (deliveredOn, academicYear) => {
      given([]).when(logCoreDay({ deliveredOn })).then([coreDayLogged({ deliveredOn, academicYear })]);
    });

    it('logs half days and a day and a half (a one-and-a-half-day AIM)', () => {
      given([]).when(logCoreDay({ days: 0.5 })).then([coreDayLogged({ days: 0.5 })]);
      given([]).when(logCoreDay({ days: 1.5 })).then([coreDayLogged({ days: 1.5 })]);
    });

    it('logs what the Academy Improvement Meetings leave of the six days', () => {
      given(used(1)).when(logCoreDay({ days: 0.5, aimDays: 4.5 })).then([coreDayLogged({ days: 0.5 })]);
      given([]).when(logCoreDay({ days: 3, aimDays: 3 })).then([coreDayLogged({ days: 3 })]);
    });

    it('logs up to exactly the six days of the entitlement', () => {
      given(used(5)).when(logCoreDay()).then([coreDayLogged()]);
      given(used(4.5)).when(logCoreDay({ days: 1.5 })).then([coreDayLogged({ days: 1.5 })]);
      given([]).when(logCoreDay({ days: 6 })).then([coreDayLogged({ days: 6 })]);
    });

    it('logs a day delivered today, by the London calendar', () => {
      given([]).when(logCoreDay({ deliveredOn: '2025-03-15' })).then([coreDayLogged({ deliveredOn: '2025-03-15' })]);
      const givenJustAfterMidnight = deciderSpec(coreDaysDecider, { now: new Date('2025-08-31T23:30:00Z') });
      givenJustAfterMidnight([])
        .when(logCoreDay({ deliveredOn: '2025-09-01' }))
        .then([coreDayLogged({ deliveredOn: '2025-09-01', academicYear: '2025/26' })]);
    });

    it('trims the description', () => {
      given([]).when(logCoreDay({ description: '  Autumn AIM\n' })).then([coreDayLogged()]);
    });

    it("names the support commitment of the academy's plan for the day's year that it delivers", () => {
      given([]).when(logCoreDay({ commitmentId: 'c-1', plan })).then([coreDayLogged({ commitmentId: 'c-1' })]);
    });

    it('names none when commitmentId is left out or null', () => {
      given([]).when(logCoreDay({ commitmentId: null })).then([coreDayLogged()]);
      given([]).when(logCoreDay({ plan })).then([coreDayLogged()]);
    });
  });

  describe("refused (422): a support commitment \"shows its delivery\", so only one of the academy's plan for the year", () => {
    it('a commitment the plan does not have', () => {
      const error = given([]).when(logCoreDay({ commitmentId: 'c-9', plan })).thenThrows('refused');
      expect(error.message).toBe('commitmentId: the improvement plan of academy 123456 for 2024/25 has no support commitment c-9');
    });

    it('a commitment when the academy has no plan for the year', () => {
      const error = given([]).when(logCoreDay({ commitmentId: 'c-1', plan: noPlan(SUPPORTED, '2024/25') })).thenThrows('refused');
      expect(error.message).toBe('commitmentId: academy 123456 has no improvement plan for 2024/25, so it has no support commitment c-1');
    });

    it("a commitment of the plan of another year than the day's (409: not the plan looked up for it)", () => {
      given([])
        .when(logCoreDay({ deliveredOn: '2024-08-30', commitmentId: 'c-1', plan }))
        .thenThrows('conflict');
    });
  });

  describe('refused (422): seed 003, "entitled to up to six days of improvement support"', () => {
    it('a day that would take the year past six, saying how many remain', () => {
      const error = given(used(5.5)).when(logCoreDay()).thenThrows('refused');
      expect(error.message).toBe(
        'academy 123456 has 0.5 days left of its 6 core improvement director days in 2024/25, so 1 day cannot be ' +
          'logged as core days; further days are Academy Development Days, which are recharged',
      );
    });

    it('more than six days at once', () => {
      const error = given([]).when(logCoreDay({ days: 6.5 })).thenThrows('refused');
      expect(error.message).toContain('has 6 days left');
    });

    it('a day that would take the year past six with its Academy Improvement Meetings counted in', () => {
      // seed 003: "Included within these days are three Academy Improvement Meetings"
      const error = given(used(1)).when(logCoreDay({ aimDays: 4.5 })).thenThrows('refused');
      expect(error.message).toBe(
        'academy 123456 has 0.5 days left of its 6 core improvement director days in 2024/25 (4.5 days of them for ' +
          'its Academy Improvement Meetings), so 1 day cannot be logged as core days; further days are Academy ' +
          'Development Days, which are recharged',
      );
    });

    it('any day once the Academy Improvement Meetings and logged days make six', () => {
      const error = given(used(3)).when(logCoreDay({ days: 0.5, aimDays: 3 })).thenThrows('refused');
      expect(error.message).toContain('has used all 6 of its core improvement director days in 2024/25 (3 days of them for');
    });

    it('any day once all six are used', () => {
      const error = given(used(6)).when(logCoreDay({ days: 0.5 })).thenThrows('refused');
      expect(error.message).toBe(
        'academy 123456 has used all 6 of its core improvement director days in 2024/25; ' +
          'further days are Academy Development Days, which are recharged',
      );
    });
  });

  describe('invalid', () => {
    it('academyId', () => {
      given([]).when(logCoreDay({ academyId: 'ABCDEF' })).thenThrows('invalid', 'academyId');
    });

    it.each([
      ['not ISO', '08/10/2024'],
      ['not a real date', '2024-09-31'],
      ['in the future', '2025-03-16'],
    ])('deliveredOn %s', (_label, deliveredOn) => {
      given([]).when(logCoreDay({ deliveredOn })).thenThrows('invalid', 'deliveredOn');
    });

    it.each([[0], [-1], [0.25], [1.2], [201], [Number.NaN], [Number.POSITIVE_INFINITY], ['1']])(
      'days %p',
      (days) => {
        given([])
          .when(logCoreDay({ days: days as number }))
          .thenThrows('invalid', 'days');
      },
    );

    it.each(badTexts(2000))('description %s', (_label, description) => {
      given([])
        .when(logCoreDay({ description: description as string }))
        .thenThrows('invalid', 'description');
    });

    it.each([[''], ['c/1'], [1]])('commitmentId %p', (commitmentId) => {
      given([]).when(logCoreDay({ commitmentId: commitmentId as string, plan })).thenThrows('invalid', 'commitmentId');
    });

    it('reports bad input before the entitlement', () => {
      given(used(6)).when(logCoreDay({ days: 0.3 })).thenThrows('invalid', 'days');
    });
  });
});
