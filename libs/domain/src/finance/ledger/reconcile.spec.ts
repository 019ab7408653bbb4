import { DomainError } from '../../shared/domain-error.js';
import type { RechargeEvent } from '../recharge/recharge.events.js';
import { PROVIDER, rechargeLogged, rechargeReversed, SUPPORTED } from '../test-support/finance-fixtures.js';
import type { LedgerLine } from './ledger-line.js';
import { postingsFor } from './postings.js';
import { reconcile, type ImprovementBudget } from './reconcile.js';

const THIRD = '111111';
const ledger = (...events: RechargeEvent[]): LedgerLine[] => events.flatMap(postingsFor);
const budget = (academyId: string, amountPence: number, academicYear = '2024/25'): ImprovementBudget => ({
  academyId,
  academicYear,
  amountPence,
});

describe('reconcile', () => {
  it('sets spend and income against budgets, and the ledger balances', () => {
    const lines = ledger(
      rechargeLogged(),
      rechargeLogged({
        rechargeId: 'r-2',
        providerRole: 'hub-lead',
        providerAcademyId: null,
        days: 2,
        amountPence: 70_000,
      }),
      rechargeLogged({
        rechargeId: 'r-3',
        supportedAcademyId: PROVIDER,
        providerRole: 'support-staff',
        providerAcademyId: THIRD,
        days: 0.5,
        ratePence: 15_000,
        amountPence: 7_500,
      }),
    );
    expect(reconcile(lines, [budget(SUPPORTED, 100_000), budget(PROVIDER, 50_000)], '2024/25')).toEqual({
      academicYear: '2024/25',
      academies: [
        {
          academyId: THIRD,
          budgetPence: null,
          spentPence: 0,
          incomePence: 7_500,
          remainingPence: null,
          overBudget: false,
        },
        {
          academyId: SUPPORTED,
          budgetPence: 100_000,
          spentPence: 122_500,
          incomePence: 0,
          remainingPence: -22_500,
          overBudget: true,
        },
        {
          academyId: PROVIDER,
          budgetPence: 50_000,
          spentPence: 7_500,
          incomePence: 52_500,
          remainingPence: 42_500,
          overBudget: false,
        },
      ],
      trustCentre: { incomePence: 70_000 },
      totals: { debitsPence: 130_000, creditsPence: 130_000, internalNetPence: 0 },
    });
  });

  it('takes a reversed recharge out of spend and income, keeping both sets of lines in the totals', () => {
    const result = reconcile(ledger(rechargeLogged(), rechargeReversed()), [budget(SUPPORTED, 10_000)], '2024/25');
    expect(result.academies).toEqual([
      expect.objectContaining({ academyId: SUPPORTED, spentPence: 0, incomePence: 0, remainingPence: 10_000 }),
      expect.objectContaining({ academyId: PROVIDER, spentPence: 0, incomePence: 0, overBudget: false }),
    ]);
    expect(result.totals).toEqual({ debitsPence: 105_000, creditsPence: 105_000, internalNetPence: 0 });
  });

  it('counts a reversal in the year of its recharge, even when made the next year', () => {
    const lines = ledger(rechargeLogged(), rechargeReversed({ reversedOn: '2025-10-01' }));
    expect(reconcile(lines, [], '2024/25').totals.debitsPence).toBe(105_000);
    expect(reconcile(lines, [], '2025/26')).toEqual({
      academicYear: '2025/26',
      academies: [],
      trustCentre: { incomePence: 0 },
      totals: { debitsPence: 0, creditsPence: 0, internalNetPence: 0 },
    });
  });

  it('lists an academy with a budget and no recharges, and ignores budgets of other years', () => {
    const budgets = [budget(SUPPORTED, 5_000), budget(PROVIDER, 9_000, '2023/24')];
    expect(reconcile([], budgets, '2024/25').academies).toEqual([
      {
        academyId: SUPPORTED,
        budgetPence: 5_000,
        spentPence: 0,
        incomePence: 0,
        remainingPence: 5_000,
        overBudget: false,
      },
    ]);
  });

  it('flags spend with no agreed budget as over budget, and spend of exactly the budget as within it', () => {
    const lines = ledger(rechargeLogged(), rechargeLogged({ rechargeId: 'r-2', supportedAcademyId: THIRD }));
    const [third, supported] = reconcile(lines, [budget(SUPPORTED, 52_500)], '2024/25').academies;
    expect(third).toMatchObject({ academyId: THIRD, budgetPence: null, overBudget: true });
    expect(supported).toMatchObject({ academyId: SUPPORTED, remainingPence: 0, overBudget: false });
  });

  it('takes the later of two budgets listed for the same academy and year', () => {
    const [academy] = reconcile([], [budget(SUPPORTED, 1), budget(SUPPORTED, 2)], '2024/25').academies;
    expect(academy?.budgetPence).toBe(2);
  });

  it('shows an internal recharge that has lost a line as not netting to zero', () => {
    const [spend] = ledger(rechargeLogged());
    expect(reconcile(spend === undefined ? [] : [spend], [], '2024/25').totals).toEqual({
      debitsPence: 52_500,
      creditsPence: 0,
      internalNetPence: 52_500,
    });
  });

  it('nets only recharges between academies: a central recharge that has lost a line is in the totals, not the internal net', () => {
    const [, trustCentreIncome] = ledger(rechargeLogged({ providerRole: 'hub-lead', providerAcademyId: null }));
    expect(reconcile(trustCentreIncome === undefined ? [] : [trustCentreIncome], [], '2024/25').totals).toEqual({
      debitsPence: 0,
      creditsPence: 52_500,
      internalNetPence: 0,
    });
  });

  it('refuses a malformed academic year, naming the field', () => {
    let caught: unknown;
    try {
      reconcile([], [], '2024-25');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DomainError);
    expect(caught).toMatchObject({ kind: 'invalid', field: 'academicYear' });
  });
});
