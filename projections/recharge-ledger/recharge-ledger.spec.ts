import type { DomainEvent, RechargeLoggedData } from '@trust/domain';
import { budgetKey, evolveRechargeLedger, initialRechargeLedger, rechargeLedgerChange, type RechargeLedger } from './recharge-ledger.js';
import { nextBalances } from './recharge-ledger.projection.js';

const SUPPORTED = '140001';
const PROVIDER = '140002';

const logged = (data: Partial<RechargeLoggedData> = {}): DomainEvent => ({
  type: 'RechargeLogged',
  data: {
    rechargeId: 'r-1',
    supportedAcademyId: SUPPORTED,
    providerRole: 'teacher',
    providerAcademyId: PROVIDER,
    days: 1.5,
    deliveredOn: '2024-11-12',
    academicYear: '2024/25',
    description: 'Phonics modelling',
    ratePence: 25_000,
    amountPence: 37_500,
    commitmentId: null,
    ...data,
  },
});
const reversed: DomainEvent = {
  type: 'RechargeReversed',
  data: {
    rechargeId: 'r-1',
    supportedAcademyId: SUPPORTED,
    providerAcademyId: PROVIDER,
    academicYear: '2024/25',
    deliveredOn: '2024-11-12',
    amountPence: 37_500,
    reason: 'Wrong academy',
    reversedOn: '2025-01-06',
  },
};
const budget = (amountPence: number, academyId = SUPPORTED): DomainEvent => ({
  type: 'ImprovementBudgetAgreed',
  data: { academyId, academicYear: '2024/25', amountPence, agreedBy: [], revisesAmountPence: null },
});

function given(...events: DomainEvent[]): RechargeLedger {
  return events.reduce((ledger, event, index) => evolveRechargeLedger(ledger, event, BigInt(index + 1)), initialRechargeLedger());
}

describe('the recharge-ledger fold', () => {
  it('posts a recharge as a debit to the supported academy and an equal credit to the provider, numbered under its position', () => {
    expect(rechargeLedgerChange(logged(), 7n)).toEqual({
      budget: null,
      lines: [
        {
          rechargeId: 'r-1',
          academicYear: '2024/25',
          date: '2024-11-12',
          account: `academy:${SUPPORTED}:improvement-spend`,
          academyId: SUPPORTED,
          debitPence: 37_500,
          creditPence: 0,
          description: 'Phonics modelling',
          position: 7n,
          lineNumber: 1,
        },
        {
          rechargeId: 'r-1',
          academicYear: '2024/25',
          date: '2024-11-12',
          account: `academy:${PROVIDER}:improvement-income`,
          academyId: PROVIDER,
          debitPence: 0,
          creditPence: 37_500,
          description: 'Phonics modelling',
          position: 7n,
          lineNumber: 2,
        },
      ],
    });
  });

  it('posts the income of centrally employed staff to the trust centre', () => {
    const { lines } = rechargeLedgerChange(logged({ providerRole: 'improvement-director', providerAcademyId: null, ratePence: 35_000, amountPence: 35_000, days: 1 }), 1n);
    expect(lines.map(({ account, academyId, debitPence, creditPence }) => ({ account, academyId, debitPence, creditPence }))).toEqual([
      { account: `academy:${SUPPORTED}:improvement-spend`, academyId: SUPPORTED, debitPence: 35_000, creditPence: 0 },
      { account: 'trust-centre:improvement-income', academyId: null, debitPence: 0, creditPence: 35_000 },
    ]);
  });

  it('posts a reversal as the contra entries, in the recharge\'s year, dated the day it was reversed', () => {
    const ledger = given(logged(), reversed);
    expect(ledger.lines.slice(2).map(({ account, debitPence, creditPence, date, academicYear, position }) => ({ account, debitPence, creditPence, date, academicYear, position }))).toEqual([
      { account: `academy:${SUPPORTED}:improvement-spend`, debitPence: 0, creditPence: 37_500, date: '2025-01-06', academicYear: '2024/25', position: 2n },
      { account: `academy:${PROVIDER}:improvement-income`, debitPence: 37_500, creditPence: 0, date: '2025-01-06', academicYear: '2024/25', position: 2n },
    ]);
    expect(ledger.lines[2]?.description).toBe('Reversal of recharge r-1: Wrong academy');
  });

  it('keeps the latest budget agreed per academy and year', () => {
    const ledger = given(budget(400_000), budget(100_000, PROVIDER), budget(450_000));
    expect(ledger.budgets.get(budgetKey(SUPPORTED, '2024/25'))).toEqual({ academyId: SUPPORTED, academicYear: '2024/25', amountPence: 450_000, position: 3n });
    expect(ledger.budgets.get(budgetKey(PROVIDER, '2024/25'))?.amountPence).toBe(100_000);
    expect(ledger.lines).toEqual([]);
  });

  it('given an event at or below the last position, then nothing changes', () => {
    const ledger = given(logged(), budget(400_000));
    expect(evolveRechargeLedger(ledger, logged({ rechargeId: 'r-2' }), 2n)).toBe(ledger);
    expect(evolveRechargeLedger(ledger, reversed, 1n)).toBe(ledger);
  });

  it('ignores events that neither post nor agree a budget', () => {
    const ledger = given({ type: 'CoreDayLogged', data: { academyId: SUPPORTED, academicYear: '2024/25', deliveredOn: '2024-10-01', days: 1, description: 'AIM', commitmentId: null } });
    expect(ledger).toEqual({ lines: [], budgets: new Map(), lastPosition: 1n });
  });
});

describe('the running balances per year and account', () => {
  const spend = `academy:${SUPPORTED}:improvement-spend`;

  it('adds each posting event as one new version per account, internal unless the trust centre is paid', () => {
    const internal = rechargeLedgerChange(logged(), 1n).lines;
    const central = rechargeLedgerChange(logged({ rechargeId: 'r-2', providerAcademyId: null, providerRole: 'improvement-director', amountPence: 70_000 }), 2n).lines;
    const versions = nextBalances(new Map(), [internal, central, rechargeLedgerChange(reversed, 3n).lines]);

    expect(versions.filter((version) => version.account === spend).map(({ debitPence, creditPence, internalDebitPence, internalCreditPence, lineCount, position }) => [debitPence, creditPence, internalDebitPence, internalCreditPence, lineCount, position])).toEqual([
      [37_500, 0, 37_500, 0, 1, 1n],
      [107_500, 0, 37_500, 0, 2, 2n],
      [107_500, 37_500, 37_500, 37_500, 3, 3n],
    ]);
    expect(versions.map((version) => version.position)).toEqual([1n, 1n, 2n, 2n, 3n, 3n]);
  });

  it('given an event at or before the stored version of an account, then it is not added again', () => {
    const lines = rechargeLedgerChange(logged(), 1n).lines;
    const [first] = nextBalances(new Map(), [lines]);
    if (first === undefined) throw new Error('no balance');
    const stored = new Map([[`${first.academicYear}|${first.account}`, first]]);
    expect(nextBalances(stored, [lines, lines]).map((version) => version.account)).toEqual([`academy:${PROVIDER}:improvement-income`]);
  });
});
