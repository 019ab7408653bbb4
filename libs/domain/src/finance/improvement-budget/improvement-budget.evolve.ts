import type { ImprovementBudgetEvent } from './improvement-budget.events.js';
import type { ImprovementBudgetState } from './improvement-budget.state.js';

export const initialImprovementBudgetState = (): ImprovementBudgetState => ({ status: 'none' });

export function evolveImprovementBudget(
  _state: ImprovementBudgetState,
  event: ImprovementBudgetEvent,
): ImprovementBudgetState {
  switch (event.type) {
    case 'ImprovementBudgetAgreed': {
      const { academyId, academicYear, amountPence, agreedBy } = event.data;
      return { status: 'agreed', academyId, academicYear, amountPence, agreedBy };
    }
    default: {
      const _exhaustive: never = event.type;
      return _exhaustive;
    }
  }
}
