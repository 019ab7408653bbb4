import { DomainError } from '../shared/domain-error.js';
import { coreDaysStreamId } from './core-days/core-days.events.js';
import { academicYearOfDelivery, parseDeliveredOn } from './delivered-on.js';
import { improvementBudgetStreamId } from './improvement-budget/improvement-budget.events.js';
import { rateCardStreamId } from './rate-card/rate-card.events.js';
import { parseRechargeId } from './recharge/recharge-id.js';
import { rechargeStreamId } from './recharge/recharge.events.js';
import { formatDays, parseSupportDays } from './support-days.js';
import { parseSupportRole } from './support-role.js';

function invalidField(parse: () => unknown): string | undefined {
  try {
    parse();
  } catch (error) {
    if (error instanceof DomainError && error.kind === 'invalid') {
      return error.field;
    }
    throw error;
  }
  throw new Error('expected the input to be refused');
}

describe('parseSupportDays', () => {
  it.each([0.5, 1, 1.5, 6, 199.5, 200])('accepts %p days', (days) => {
    expect(parseSupportDays(days, 'days')).toBe(days);
  });

  it.each([[0], [-0.5], [0.25], [0.1], [1.75], [200.5], [Number.NaN], [Number.POSITIVE_INFINITY], ['1'], [null]])(
    'refuses %p',
    (days) => {
      expect(invalidField(() => parseSupportDays(days, 'days'))).toBe('days');
    },
  );

  it('says what a number of days must be', () => {
    expect(() => parseSupportDays(0.3, 'days')).toThrow(
      'days: must be a number of days in half days (0.5, 1, 1.5, ...), more than 0 and at most 200',
    );
  });
});

describe('formatDays', () => {
  it.each([
    [1, '1 day'],
    [0.5, '0.5 days'],
    [2.5, '2.5 days'],
    [0, '0 days'],
  ])('writes %p as %s', (days, text) => {
    expect(formatDays(days)).toBe(text);
  });
});

describe('parseDeliveredOn', () => {
  const now = new Date('2025-03-15T12:00:00Z');

  it('accepts today and any earlier day', () => {
    expect(parseDeliveredOn('2025-03-15', 'deliveredOn', now)).toBe('2025-03-15');
    expect(parseDeliveredOn('2019-09-02', 'deliveredOn', now)).toBe('2019-09-02');
  });

  it.each([['2025-03-16'], ['2025-02-30'], ['15/03/2025'], [null]])('refuses %p', (input) => {
    expect(invalidField(() => parseDeliveredOn(input, 'deliveredOn', now))).toBe('deliveredOn');
  });

  it('says a day after today has not been delivered yet', () => {
    expect(() => parseDeliveredOn('2025-03-16', 'deliveredOn', now)).toThrow('deliveredOn: must not be in the future');
  });
});

describe('academicYearOfDelivery', () => {
  it('gives the academic year the day falls in, for choosing a stream or a rate card', () => {
    expect(academicYearOfDelivery('2024-09-01')).toBe('2024/25');
    expect(academicYearOfDelivery('2024-08-31')).toBe('2023/24');
  });

  it('refuses a bad date naming deliveredOn', () => {
    expect(invalidField(() => academicYearOfDelivery('2024-02-30'))).toBe('deliveredOn');
    expect(invalidField(() => academicYearOfDelivery(undefined))).toBe('deliveredOn');
  });
});

describe('parseSupportRole', () => {
  it.each(['improvement-director', 'hub-lead', 'headteacher', 'teacher', 'support-staff'])('accepts %s', (role) => {
    expect(parseSupportRole(role, 'providerRole')).toBe(role);
  });

  it.each(['HIL', 'consultant', '', 7])('refuses %p', (role) => {
    expect(invalidField(() => parseSupportRole(role, 'providerRole'))).toBe('providerRole');
  });
});

describe('parseRechargeId', () => {
  it.each(['r-1', '0b3f7c9e-2d4a-4c1e-9f55-1a2b3c4d5e6f', 'A_1', 'x'.repeat(64)])('accepts %s', (id) => {
    expect(parseRechargeId(id, 'rechargeId')).toBe(id);
  });

  it.each(['', '-r1', '_r1', 'r 1', 'r/1', 'r:1', 'x'.repeat(65), 12])('refuses %p', (id) => {
    expect(invalidField(() => parseRechargeId(id, 'rechargeId'))).toBe('rechargeId');
  });

  it('says which characters an id may have', () => {
    expect(() => parseRechargeId('r/1', 'rechargeId')).toThrow(
      'rechargeId: must be 1 to 64 letters, digits, hyphens or underscores, starting with a letter or digit',
    );
  });
});

describe('stream ids', () => {
  it('names each finance stream, writing the academic year with a hyphen', () => {
    expect(rateCardStreamId('2024/25')).toBe('rate-card-2024-25');
    expect(improvementBudgetStreamId('123456', '2024/25')).toBe('budget-123456-2024-25');
    expect(coreDaysStreamId('123456', '2024/25')).toBe('core-days-123456-2024-25');
    expect(rechargeStreamId('r-1')).toBe('recharge-r-1');
  });
});
