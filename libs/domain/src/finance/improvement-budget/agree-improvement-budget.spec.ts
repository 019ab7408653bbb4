import {
  budgetAgreed,
  FULL_AGREEMENT,
  givenBudget as given,
  SUPPORTED,
} from '../test-support/finance-fixtures.js';
import type { AgreeImprovementBudget } from './improvement-budget.commands.js';

const agree = (overrides: Partial<AgreeImprovementBudget> = {}): AgreeImprovementBudget => ({
  type: 'AgreeImprovementBudget',
  academyId: SUPPORTED,
  academicYear: '2024/25',
  amountPence: 500_000,
  agreedBy: FULL_AGREEMENT,
  ...overrides,
});

const without = (role: string): (typeof FULL_AGREEMENT)[number][] =>
  FULL_AGREEMENT.filter((party) => party.role !== role);

describe('AgreeImprovementBudget', () => {
  describe('allowed', () => {
    it('agrees the first budget of the year', () => {
      given([]).when(agree()).then([budgetAgreed()]);
    });

    it('agrees a budget of nothing', () => {
      given([]).when(agree({ amountPence: 0 })).then([budgetAgreed({ amountPence: 0 })]);
    });

    it('revises the budget with a later agreement, keeping the amount it replaces', () => {
      given([budgetAgreed()])
        .when(agree({ amountPence: 650_000 }))
        .then([budgetAgreed({ amountPence: 650_000, revisesAmountPence: 500_000 })]);
    });

    it('revises against the latest agreement', () => {
      given([budgetAgreed(), budgetAgreed({ amountPence: 650_000, revisesAmountPence: 500_000 })])
        .when(agree({ amountPence: 400_000 }))
        .then([budgetAgreed({ amountPence: 400_000, revisesAmountPence: 650_000 })]);
    });

    it('records a new agreement of the same amount by other people', () => {
      const agreedBy = [...without('headteacher'), { name: 'Nina New', role: 'headteacher' } as const];
      given([budgetAgreed()])
        .when(agree({ agreedBy }))
        .then([budgetAgreed({ agreedBy, revisesAmountPence: 500_000 })]);
    });

    it('records the same amount again when one more person agrees it', () => {
      const agreedBy = [...FULL_AGREEMENT, { name: 'Bob Cohead', role: 'headteacher' } as const];
      given([budgetAgreed()])
        .when(agree({ agreedBy }))
        .then([budgetAgreed({ agreedBy, revisesAmountPence: 500_000 })]);
    });

    it('takes one person agreeing in two of the roles, such as a chief executive who is also finance director', () => {
      const agreedBy = [...without('finance-director'), { name: 'Cath Executive', role: 'finance-director' } as const];
      given([]).when(agree({ agreedBy })).then([budgetAgreed({ agreedBy })]);
    });

    it("revises no agreement of another academy or another year: each is a first agreement of its own", () => {
      given([budgetAgreed({ academyId: '654321' })]).when(agree()).then([budgetAgreed()]);
      given([budgetAgreed({ academicYear: '2023/24' })]).when(agree()).then([budgetAgreed()]);
    });

    it('accepts others of the four roles too, such as co-headteachers, and trims names', () => {
      const agreedBy = [...FULL_AGREEMENT, { name: '  Bob Cohead ', role: 'headteacher' }];
      given([])
        .when(agree({ agreedBy }))
        .then([budgetAgreed({ agreedBy: [...FULL_AGREEMENT, { name: 'Bob Cohead', role: 'headteacher' }] })]);
    });
  });

  describe('no-op', () => {
    it('changes nothing when the same people agree the same amount again, in any order', () => {
      given([budgetAgreed()])
        .when(agree({ agreedBy: [...FULL_AGREEMENT].reverse() }))
        .thenNothing();
    });
  });

  describe('refused (422)', () => {
    it.each([
      ['headteacher', 'the headteacher'],
      ['improvement-director', 'the academy improvement director'],
      ['chief-executive', 'the chief executive'],
      ['finance-director', 'the finance director'],
    ])('a budget not agreed by the %s, naming who is missing', (role, title) => {
      const error = given([]).when(agree({ agreedBy: without(role) })).thenThrows('refused');
      expect(error.message).toMatch(new RegExp(`not agreed by ${title}$`));
    });

    it('a budget agreed by nobody, naming all four', () => {
      const error = given([]).when(agree({ agreedBy: [] })).thenThrows('refused');
      expect(error.message).toBe(
        'an improvement budget is agreed by the headteacher, the academy improvement director, the chief executive ' +
          'and the finance director; not agreed by the headteacher, the academy improvement director, ' +
          'the chief executive, the finance director',
      );
    });

    it('a revision that is not agreed by all four', () => {
      given([budgetAgreed()])
        .when(agree({ amountPence: 1, agreedBy: without('finance-director') }))
        .thenThrows('refused');
    });
  });

  describe('invalid', () => {
    it('academyId', () => {
      given([]).when(agree({ academyId: '12345' })).thenThrows('invalid', 'academyId');
    });

    it('academicYear', () => {
      given([]).when(agree({ academicYear: '2024/2025' })).thenThrows('invalid', 'academicYear');
    });

    it.each([[-1], [0.5], [Number.MAX_SAFE_INTEGER + 1], ['500000']])('amountPence %p', (amountPence) => {
      given([])
        .when(agree({ amountPence: amountPence as number }))
        .thenThrows('invalid', 'amountPence');
    });

    it('agreedBy that is not a list', () => {
      const error = given([])
        .when(agree({ agreedBy: 'everyone' as unknown as AgreeImprovementBudget['agreedBy'] }))
        .thenThrows('invalid', 'agreedBy');
      expect(error.message).toBe('agreedBy: must be a list of { name, role }');
    });

    it.each([[null], ['Ann Head'], [['Ann Head', 'headteacher']]])('a party %p that is not { name, role }', (party) => {
      const error = given([])
        .when(agree({ agreedBy: [...FULL_AGREEMENT, party] as unknown as AgreeImprovementBudget['agreedBy'] }))
        .thenThrows('invalid', 'agreedBy[4]');
      expect(error.message).toBe('agreedBy[4]: must be { name, role }');
    });

    it.each([['', 'agreedBy[1].name'], [' ', 'agreedBy[1].name'], ['x'.repeat(201), 'agreedBy[1].name']])(
      'a name %p',
      (name, field) => {
        const agreedBy = FULL_AGREEMENT.map((party, index) => (index === 1 ? { ...party, name } : party));
        given([]).when(agree({ agreedBy })).thenThrows('invalid', field);
      },
    );

    it.each(['governor', 'Headteacher', ''])('a role %p', (role) => {
      const agreedBy = FULL_AGREEMENT.map((party, index) => (index === 2 ? { ...party, role } : party));
      given([]).when(agree({ agreedBy })).thenThrows('invalid', 'agreedBy[2].role');
    });

    it('the same person in the same role twice', () => {
      const error = given([])
        .when(agree({ agreedBy: [...FULL_AGREEMENT, { name: 'Fred Finance', role: 'finance-director' }] }))
        .thenThrows('invalid', 'agreedBy[4]');
      expect(error.message).toBe('agreedBy[4]: Fred Finance (finance-director) is listed more than once');
    });

    it('reports bad input before the missing parties', () => {
      given([])
        .when(agree({ amountPence: -1, agreedBy: [] }))
        .thenThrows('invalid', 'amountPence');
    });
  });
});
