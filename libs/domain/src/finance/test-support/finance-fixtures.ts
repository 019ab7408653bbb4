import { deciderSpec } from '../../test-support/decider-spec.js';
import { coreDaysDecider } from '../core-days/core-days.decider.js';
import type { CoreDayLoggedData, CoreDaysEvent } from '../core-days/core-days.events.js';
import { improvementBudgetDecider } from '../improvement-budget/improvement-budget.decider.js';
import type {
  ImprovementBudgetAgreedData,
  ImprovementBudgetEvent,
} from '../improvement-budget/improvement-budget.events.js';
import { rateCardDecider } from '../rate-card/rate-card.decider.js';
import type { RateCardEvent, RateCardSetData } from '../rate-card/rate-card.events.js';
import { rechargeDecider } from '../recharge/recharge.decider.js';
import type { RechargeEvent, RechargeLoggedData, RechargeReversedData } from '../recharge/recharge.events.js';

/** Fixtures for the finance decider specs. */

export const NOW = new Date('2025-03-15T12:00:00Z');
export const TODAY = '2025-03-15';

export const givenRateCard = deciderSpec(rateCardDecider, { now: NOW });
export const givenBudget = deciderSpec(improvementBudgetDecider, { now: NOW });
export const givenCoreDays = deciderSpec(coreDaysDecider, { now: NOW });
export const givenRecharge = deciderSpec(rechargeDecider, { now: NOW });

export const SUPPORTED = '123456';
export const PROVIDER = '654321';

export const CUSTOM_RATES = {
  'improvement-director': 40_000,
  'hub-lead': 38_000,
  headteacher: 36_000,
  teacher: 26_000,
  'support-staff': 16_000,
};

export function rateCardSet(data: Partial<RateCardSetData> = {}): RateCardEvent {
  return { type: 'RateCardSet', data: { academicYear: '2024/25', rates: CUSTOM_RATES, ...data } };
}

export const FULL_AGREEMENT = [
  { name: 'Ann Head', role: 'headteacher' },
  { name: 'Ian Director', role: 'improvement-director' },
  { name: 'Cath Executive', role: 'chief-executive' },
  { name: 'Fred Finance', role: 'finance-director' },
] as const;

export function budgetAgreed(data: Partial<ImprovementBudgetAgreedData> = {}): ImprovementBudgetEvent {
  return {
    type: 'ImprovementBudgetAgreed',
    data: {
      academyId: SUPPORTED,
      academicYear: '2024/25',
      amountPence: 500_000,
      agreedBy: [...FULL_AGREEMENT],
      revisesAmountPence: null,
      ...data,
    },
  };
}

export function coreDayLogged(data: Partial<CoreDayLoggedData> = {}): CoreDaysEvent {
  return {
    type: 'CoreDayLogged',
    data: {
      academyId: SUPPORTED,
      academicYear: '2024/25',
      deliveredOn: '2024-10-08',
      days: 1,
      description: 'Autumn AIM',
      commitmentId: null,
      ...data,
    },
  };
}

/** By default, a headteacher from PROVIDER giving SUPPORTED 1.5 days at the default £350. */
export function rechargeLogged(
  data: Partial<RechargeLoggedData> = {},
): Extract<RechargeEvent, { type: 'RechargeLogged' }> {
  return {
    type: 'RechargeLogged',
    data: {
      rechargeId: 'r-1',
      supportedAcademyId: SUPPORTED,
      providerRole: 'headteacher',
      providerAcademyId: PROVIDER,
      days: 1.5,
      deliveredOn: '2024-11-12',
      academicYear: '2024/25',
      description: 'Phonics development day',
      ratePence: 35_000,
      amountPence: 52_500,
      commitmentId: null,
      ...data,
    },
  };
}

/** The reversal of the default rechargeLogged(). */
export function rechargeReversed(
  data: Partial<RechargeReversedData> = {},
): Extract<RechargeEvent, { type: 'RechargeReversed' }> {
  return {
    type: 'RechargeReversed',
    data: {
      rechargeId: 'r-1',
      supportedAcademyId: SUPPORTED,
      providerAcademyId: PROVIDER,
      academicYear: '2024/25',
      deliveredOn: '2024-11-12',
      amountPence: 52_500,
      reason: 'Logged against the wrong academy',
      reversedOn: TODAY,
      ...data,
    },
  };
}

/** Strings that are not text of 1–`max` characters once trimmed. */
export const badTexts = (max: number): [string, unknown][] => [
  ['empty', ''],
  ['only spaces', '   '],
  [`longer than ${max} characters`, 'x'.repeat(max + 1)],
  ['not a string', 42],
];
