import {
  badTexts,
  CUSTOM_RATES,
  givenRecharge as given,
  PROVIDER,
  rechargeLogged,
  rechargeReversed,
  SUPPORTED,
} from '../test-support/finance-fixtures.js';
import { noPlan, planOf } from '../../improvement-plan/test-support/plan-look-up-fixtures.js';
import type { LogRecharge } from './recharge.commands.js';

const logRecharge = (overrides: Partial<LogRecharge> = {}): LogRecharge => ({
  type: 'LogRecharge',
  rechargeId: 'r-1',
  supportedAcademyId: SUPPORTED,
  providerRole: 'headteacher',
  providerAcademyId: PROVIDER,
  days: 1.5,
  deliveredOn: '2024-11-12',
  description: 'Phonics development day',
  rateCard: null,
  ...overrides,
});

const rateCard2024 = { academicYear: '2024/25', rates: CUSTOM_RATES };

/** The supported academy's plan for 2024/25, with its support commitment c-1. */
const plan = planOf(SUPPORTED, '2024/25', { commitmentIds: ['c-1'] });

describe('LogRecharge', () => {
  describe('allowed', () => {
    it('charges the days of a headteacher at the default rate, as income to their academy', () => {
      given([]).when(logRecharge()).then([rechargeLogged()]);
    });

    it.each([
      ['improvement-director', null, 1, 35_000],
      ['hub-lead', null, 2.5, 87_500],
      ['headteacher', PROVIDER, 0.5, 17_500],
      ['teacher', PROVIDER, 1, 25_000],
      ['teacher', null, 3, 75_000],
      ['support-staff', PROVIDER, 0.5, 7_500],
      ['support-staff', null, 200, 3_000_000],
    ] as const)(
      'prices %s days (provider %p) × %p at the seed rates: %p pence',
      (providerRole, providerAcademyId, days, amountPence) => {
        given([])
          .when(logRecharge({ providerRole, providerAcademyId, days }))
          .then([
            rechargeLogged({ providerRole, providerAcademyId, days, ratePence: amountPence / days, amountPence }),
          ]);
      },
    );

    it('prices from the rate card in force for the year', () => {
      given([])
        .when(logRecharge({ rateCard: rateCard2024, providerRole: 'teacher', days: 2.5 }))
        .then([rechargeLogged({ providerRole: 'teacher', days: 2.5, ratePence: 26_000, amountPence: 65_000 })]);
    });

    it('takes the academic year from the day delivered', () => {
      given([])
        .when(logRecharge({ deliveredOn: '2024-08-30' }))
        .then([rechargeLogged({ deliveredOn: '2024-08-30', academicYear: '2023/24' })]);
    });

    it('logs a day delivered today, and trims the description', () => {
      given([])
        .when(logRecharge({ deliveredOn: '2025-03-15', description: ' Phonics development day ' }))
        .then([rechargeLogged({ deliveredOn: '2025-03-15' })]);
    });

    it("names the support commitment of the supported academy's plan the days deliver", () => {
      given([]).when(logRecharge({ commitmentId: 'c-1', plan })).then([rechargeLogged({ commitmentId: 'c-1' })]);
    });

    it('names none when commitmentId is left out or null, with or without a plan', () => {
      given([]).when(logRecharge({ commitmentId: null, plan })).then([rechargeLogged()]);
      given([]).when(logRecharge({ plan: noPlan(SUPPORTED, '2024/25') })).then([rechargeLogged()]);
    });
  });

  describe('refused', () => {
    it('a recharge id already logged (409)', () => {
      const error = given([rechargeLogged()]).when(logRecharge()).thenThrows('conflict');
      expect(error.message).toBe('recharge r-1 is already logged');
      given([rechargeLogged(), rechargeReversed()]).when(logRecharge()).thenThrows('conflict');
    });

    it('an academy recharging itself (422)', () => {
      const error = given([])
        .when(logRecharge({ providerAcademyId: SUPPORTED }))
        .thenThrows('refused');
      expect(error.message).toBe(
        'academy 123456 cannot recharge itself: the provider academy must be another academy of the trust',
      );
    });

    describe("(422) a support commitment \"shows its delivery\": only one of the supported academy's plan for the year", () => {
      it('a commitment the plan does not have', () => {
        const error = given([]).when(logRecharge({ commitmentId: 'c-9', plan })).thenThrows('refused');
        expect(error.message).toBe('commitmentId: the improvement plan of academy 123456 for 2024/25 has no support commitment c-9');
      });

      it('a commitment when the academy has no plan for the year', () => {
        const error = given([]).when(logRecharge({ commitmentId: 'c-1', plan: noPlan(SUPPORTED, '2024/25') })).thenThrows('refused');
        expect(error.message).toBe('commitmentId: academy 123456 has no improvement plan for 2024/25, so it has no support commitment c-1');
      });
    });

    it("a plan looked up for another academy or year than the recharge's (409)", () => {
      given([]).when(logRecharge({ commitmentId: 'c-1', plan: planOf(PROVIDER, '2024/25', { commitmentIds: ['c-1'] }) })).thenThrows('conflict');
      given([]).when(logRecharge({ commitmentId: 'c-1', plan: planOf(SUPPORTED, '2023/24', { commitmentIds: ['c-1'] }) })).thenThrows('conflict');
    });
  });

  describe('invalid', () => {
    it.each(['', 'has space', '-leading-hyphen', 'x'.repeat(65), 'r/1'])('rechargeId %p', (rechargeId) => {
      given([]).when(logRecharge({ rechargeId })).thenThrows('invalid', 'rechargeId');
    });

    it('supportedAcademyId', () => {
      given([]).when(logRecharge({ supportedAcademyId: '1234567' })).thenThrows('invalid', 'supportedAcademyId');
    });

    it.each(['consultant', 'Teacher', ''])('providerRole %p', (providerRole) => {
      given([]).when(logRecharge({ providerRole })).thenThrows('invalid', 'providerRole');
    });

    it.each(['improvement-director', 'hub-lead'])(
      'an academy for the %s, whom the trust employs (seed 003)',
      (providerRole) => {
        const error = given([]).when(logRecharge({ providerRole })).thenThrows('invalid', 'providerAcademyId');
        expect(error.message).toContain("the income is the trust centre's");
      },
    );

    it("no academy for a headteacher, whose academy back-fills their time (seed 003)", () => {
      const error = given([])
        .when(logRecharge({ providerAcademyId: null }))
        .thenThrows('invalid', 'providerAcademyId');
      expect(error.message).toBe(
        "providerAcademyId: must be the headteacher's academy: the recharge is income to the academy that back-fills their time",
      );
    });

    it.each([['12345'], [''], [654321]])('providerAcademyId %p', (providerAcademyId) => {
      given([])
        .when(logRecharge({ providerRole: 'teacher', providerAcademyId: providerAcademyId as string }))
        .thenThrows('invalid', 'providerAcademyId');
    });

    it.each([[0], [-0.5], [0.25], [200.5], ['1'], [null]])('days %p', (days) => {
      given([])
        .when(logRecharge({ days: days as number }))
        .thenThrows('invalid', 'days');
    });

    it.each([
      ['not ISO', '12/11/2024'],
      ['not a real date', '2025-02-29'],
      ['in the future', '2025-03-16'],
    ])('deliveredOn %s', (_label, deliveredOn) => {
      given([]).when(logRecharge({ deliveredOn })).thenThrows('invalid', 'deliveredOn');
    });

    it.each(badTexts(2000))('description %s', (_label, description) => {
      given([])
        .when(logRecharge({ description: description as string }))
        .thenThrows('invalid', 'description');
    });

    it('a rate card of another academic year than the day delivered', () => {
      const error = given([])
        .when(logRecharge({ rateCard: { ...rateCard2024, academicYear: '2023/24' } }))
        .thenThrows('invalid', 'rateCard');
      expect(error.message).toBe(
        'rateCard: is the rate card for 2023/24, but the support was delivered in 2024/25',
      );
    });

    it.each([[''], ['c 1'], [7]])('commitmentId %p', (commitmentId) => {
      given([]).when(logRecharge({ commitmentId: commitmentId as string, plan })).thenThrows('invalid', 'commitmentId');
    });

    it('reports bad input before the self-recharge and the duplicate', () => {
      given([rechargeLogged()])
        .when(logRecharge({ providerAcademyId: SUPPORTED, days: 0 }))
        .thenThrows('invalid', 'days');
    });
  });
});
