import type { AcademyEvent } from '../../academy/academy.events.js';
import { ACADEMY_ID } from '../../academy/test-support/academy-fixtures.js';
import type { DecisionContext } from '../../shared/decider.js';
import { DomainError, type DomainErrorKind } from '../../shared/domain-error.js';
import type { DecideTier } from '../tier.commands.js';
import type { TierAssignedData } from '../tier.events.js';
import { tierDecisionDecider } from '../tier-decision.decider.js';
import type { TierDecisionState } from '../tier-decision.state.js';
import { evolveTierEvidence, initialTierEvidence, type TierEvidence } from '../tier-evidence.js';

/** Fixtures for the tier policy and tier decision specs. */

/** The start of 2024/25, when its tiers are decided. */
export const DECIDED_AT = new Date('2024-09-05T09:30:00Z');

/** An event of the stream with the global position the store gave it. */
export type At = [position: string, event: AcademyEvent];

/** Events numbered by their place in the stream, from position 1: the simplest store. */
export const numbered = (events: readonly AcademyEvent[]): At[] =>
  events.map((event, index): At => [String(index + 1), event]);

export const evidenceOf = (events: readonly AcademyEvent[]): TierEvidence =>
  numbered(events).reduce(
    (evidence, [position, event]) => evolveTierEvidence(evidence, event, position),
    initialTierEvidence(),
  );

export const foldTierDecision = (history: readonly At[]): TierDecisionState =>
  history.reduce(
    (state, [position, event]) => tierDecisionDecider.evolve(state, event, position),
    tierDecisionDecider.initialState(),
  );

/**
 * Given/when/then for tierDecisionDecider: given the stream's events at their positions (or numbered
 * from 1), when a command is decided, then these events (or this refusal).
 */
export function givenAt(history: readonly At[], context: DecisionContext = { now: DECIDED_AT }) {
  const decide = (command: DecideTier): AcademyEvent[] => {
    const state = foldTierDecision(history);
    const decided = tierDecisionDecider.decide(command, state, context);
    // The events decided must fold, at positions after the history's, or the next decision would break.
    decided.forEach((event, index) => tierDecisionDecider.evolve(state, event, `${index + 1_000_000}`));
    return decided;
  };
  return {
    when(command: DecideTier) {
      return {
        then(expected: readonly AcademyEvent[]): void {
          expect(decide(command)).toEqual(expected);
        },
        thenThrows(kind: DomainErrorKind, field?: string): DomainError {
          let caught: unknown;
          try {
            decide(command);
          } catch (error) {
            caught = error;
          }
          expect(caught).toBeInstanceOf(DomainError);
          const error = caught as DomainError;
          expect({ kind: error.kind, field: error.field }).toEqual({ kind, field });
          return error;
        },
      };
    },
  };
}

export const given = (events: readonly AcademyEvent[], context?: DecisionContext) => givenAt(numbered(events), context);

export const DECIDER = { userId: 'user-42', name: 'Priya Shah', role: 'standards-committee' } as const;

export function decideTierCommand(overrides: Partial<DecideTier> = {}): DecideTier {
  return {
    type: 'DecideTier',
    decisionId: 'decision-1',
    academyId: ACADEMY_ID,
    academicYear: '2024/25',
    tier: 1,
    decidedBy: { ...DECIDER },
    ...overrides,
  };
}

/** A Tier 1 decision for 2024/25 made on nothing but a clean slate: for specs that only need one to exist. */
export function tierAssigned(data: Partial<TierAssignedData> = {}): AcademyEvent {
  return {
    type: 'TierAssigned',
    data: {
      decisionId: 'decision-1',
      academyId: ACADEMY_ID,
      academicYear: '2024/25',
      tier: 1,
      recommendedTier: 1,
      override: false,
      rationale: null,
      reasons: ['Outcomes were positive in 2023/24, the latest year.'],
      missing: [],
      evidence: {
        outcomes: [{ academicYear: '2023/24', direction: 'positive', position: '2' }],
        inspection: { inspectedOn: '2023-05-10', framework: 'eif-2019', overallEffectiveness: 'good', position: '3' },
        annualReview: { academicYear: '2023/24', capacityToImprove: true, summary: 'Capacity', position: '4' },
        riskAssessment: { assessedOn: '2024-07-01', level: 'low', risks: [], position: '5' },
      },
      decidedBy: { ...DECIDER },
      decidedOn: '2024-09-05',
      decidedAt: DECIDED_AT.toISOString(),
      supersedes: null,
      ...data,
    },
  };
}
