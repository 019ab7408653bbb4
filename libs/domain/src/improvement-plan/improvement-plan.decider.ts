import type { Decider } from '../shared/decider.js';
import { addPlanAction } from './add-plan-action.js';
import { addPlanPriority } from './add-plan-priority.js';
import { amendPlanAction } from './amend-plan-action.js';
import { amendPlanPriority } from './amend-plan-priority.js';
import { closeImprovementPlanYear } from './close-improvement-plan-year.js';
import { commitPlanSupport } from './commit-plan-support.js';
import { confirmImprovementPlan } from './confirm-improvement-plan.js';
import { draftImprovementPlan } from './draft-improvement-plan.js';
import type { ImprovementPlanCommand } from './improvement-plan.commands.js';
import type { ImprovementPlanEvent } from './improvement-plan.events.js';
import { evolveImprovementPlan, initialImprovementPlanState } from './improvement-plan.evolve.js';
import type { ImprovementPlanState } from './improvement-plan.state.js';
import { ratePlanPriority } from './rate-plan-priority.js';

/** One academy's improvement plan for one academic year (`improvement-plan-<URN>-2025-26`). */
export const improvementPlanDecider: Decider<ImprovementPlanCommand, ImprovementPlanEvent, ImprovementPlanState> = {
  initialState: initialImprovementPlanState,
  evolve: evolveImprovementPlan,
  decide(command, state, context) {
    switch (command.type) {
      case 'DraftImprovementPlan':
        return draftImprovementPlan(command, state, context);
      case 'AddPlanPriority':
        return addPlanPriority(command, state, context);
      case 'AmendPlanPriority':
        return amendPlanPriority(command, state, context);
      case 'AddPlanAction':
        return addPlanAction(command, state, context);
      case 'AmendPlanAction':
        return amendPlanAction(command, state, context);
      case 'RatePlanPriority':
        return ratePlanPriority(command, state, context);
      case 'ConfirmImprovementPlan':
        return confirmImprovementPlan(command, state, context);
      case 'CloseImprovementPlanYear':
        return closeImprovementPlanYear(command, state, context);
      case 'CommitPlanSupport':
        return commitPlanSupport(command, state, context);
      default: {
        const _exhaustive: never = command;
        return _exhaustive;
      }
    }
  },
};
