import { DomainError } from '../../shared/domain-error.js';
import { parseAcademicYear } from '../../values/academic-year.js';
import { parseAcademyId } from '../../values/academy-id.js';
import { parseMoney } from '../../values/money.js';
import { parseOneOf } from '../../values/one-of.js';
import { parseText } from '../../values/text.js';
import { BUDGET_AGREEMENT_ROLES, budgetAgreementRoleTitle } from './budget-agreement-role.js';
import type { AgreeImprovementBudget } from './improvement-budget.commands.js';
import type { BudgetAgreementParty, ImprovementBudgetEvent } from './improvement-budget.events.js';
import type { ImprovementBudgetState } from './improvement-budget.state.js';
import { MAX_NAME_LENGTH } from '../../values/limits.js';

export function agreeImprovementBudget(
  command: AgreeImprovementBudget,
  state: ImprovementBudgetState,
): ImprovementBudgetEvent[] {
  const academyId = parseAcademyId(command.academyId, 'academyId');
  const academicYear = parseAcademicYear(command.academicYear, 'academicYear');
  const amountPence = parseMoney(command.amountPence, 'amountPence');
  const agreedBy = parseAgreedBy(command.agreedBy);

  const missing = BUDGET_AGREEMENT_ROLES.filter((role) => !agreedBy.some((party) => party.role === role));
  if (missing.length > 0) {
    throw DomainError.refused(
      'an improvement budget is agreed by the headteacher, the academy improvement director, the chief executive ' +
        `and the finance director; not agreed by ${missing.map((role) => budgetAgreementRoleTitle[role]).join(', ')}`,
    );
  }

  const current =
    state.status === 'agreed' && state.academyId === academyId && state.academicYear === academicYear ? state : null;
  if (current !== null && current.amountPence === amountPence && sameParties(current.agreedBy, agreedBy)) {
    return [];
  }
  return [
    {
      type: 'ImprovementBudgetAgreed',
      data: { academyId, academicYear, amountPence, agreedBy, revisesAmountPence: current?.amountPence ?? null },
    },
  ];
}

function parseAgreedBy(input: unknown): BudgetAgreementParty[] {
  if (!Array.isArray(input)) {
    throw DomainError.invalid('agreedBy', 'must be a list of { name, role }');
  }
  const parties: BudgetAgreementParty[] = [];
  input.forEach((raw: unknown, index) => {
    const field = `agreedBy[${index}]`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      throw DomainError.invalid(field, 'must be { name, role }');
    }
    const entry = new Map<string, unknown>(Object.entries(raw));
    const name = parseText(entry.get('name'), `${field}.name`, MAX_NAME_LENGTH);
    const role = parseOneOf(BUDGET_AGREEMENT_ROLES, entry.get('role'), `${field}.role`);
    if (parties.some((party) => party.name === name && party.role === role)) {
      throw DomainError.invalid(field, `${name} (${role}) is listed more than once`);
    }
    parties.push({ name, role });
  });
  return parties;
}

function sameParties(a: readonly BudgetAgreementParty[], b: readonly BudgetAgreementParty[]): boolean {
  const key = (party: BudgetAgreementParty): string => `${party.role}|${party.name}`;
  const keysOfB = new Set(b.map(key));
  return a.length === b.length && a.every((party) => keysOfB.has(key(party)));
}
