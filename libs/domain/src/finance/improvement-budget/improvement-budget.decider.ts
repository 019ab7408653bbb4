import type { Decider } from '../../shared/decider.js';
import { agreeImprovementBudget } from './agree-improvement-budget.js';
import type { ImprovementBudgetCommand } from './improvement-budget.commands.js';
import type { ImprovementBudgetEvent } from './improvement-budget.events.js';
import { evolveImprovementBudget, initialImprovementBudgetState } from './improvement-budget.evolve.js';
import type { ImprovementBudgetState } from './improvement-budget.state.js';

export const improvementBudgetDecider: Decider<
  ImprovementBudgetCommand,
  ImprovementBudgetEvent,
  ImprovementBudgetState
> = {
  initialState: initialImprovementBudgetState,
  evolve: evolveImprovementBudget,
  decide(command, state) {
    switch (command.type) {
      case 'AgreeImprovementBudget':
        return agreeImprovementBudget(command, state);
      default: {
        const _exhaustive: never = command.type;
        return _exhaustive;
      }
    }
  },
};
