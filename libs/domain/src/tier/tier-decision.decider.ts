import type { AcademyEvent } from '../academy/academy.events.js';
import { evolveAcademy, initialAcademyState } from '../academy/academy.evolve.js';
import type { DecisionContext } from '../shared/decider.js';
import { decideTier } from './decide-tier.js';
import type { DecideTier } from './tier.commands.js';
import type { TierDecisionState } from './tier-decision.state.js';
import { evolveTierEvidence, initialTierEvidence } from './tier-evidence.js';

/**
 * A decider whose fold also sees where each event sits in the store: `position` is the event's global
 * position as a decimal string.
 */
export interface PositionedDecider<Command, Event, State> {
  initialState(): State;
  evolve(state: State, event: Event, position: string): State;
  decide(command: Command, state: State, context: DecisionContext): Event[];
}

/**
 * Tier decisions on the academy's stream. A decision must store the evidence it was made on with the
 * positions of the events it came from, and `evolve(state, event)` of the academy decider never sees a
 * position; so this decider folds the same stream with positions. Its handler reads the academy stream
 * (each event with its position), folds it here, decides, and appends TierAssigned with the expected
 * version of the last event folded: the snapshot is exactly the evidence folded, with positions from the
 * store and nothing taken from the client, and an event appended meanwhile fails the append (retry).
 */
export const tierDecisionDecider: PositionedDecider<DecideTier, AcademyEvent, TierDecisionState> = {
  initialState: () => ({
    academy: initialAcademyState(),
    joinedOn: null,
    evidence: initialTierEvidence(),
    currentDecisions: new Map(),
    decisionIds: new Set(),
  }),
  evolve(state, event, position) {
    const next: TierDecisionState = {
      ...state,
      academy: evolveAcademy(state.academy, event),
      evidence: evolveTierEvidence(state.evidence, event, position),
    };
    // The first registration stands (the academy decider refuses a second).
    if (event.type === 'AcademyRegistered' && state.joinedOn === null) {
      return { ...next, joinedOn: event.data.joinedOn };
    }
    if (event.type !== 'TierAssigned') {
      return next;
    }
    const { decisionId, academicYear, decidedOn } = event.data;
    return {
      ...next,
      currentDecisions: new Map(state.currentDecisions).set(academicYear, { decisionId, decidedOn }),
      decisionIds: new Set(state.decisionIds).add(decisionId),
    };
  },
  decide: decideTier,
};
