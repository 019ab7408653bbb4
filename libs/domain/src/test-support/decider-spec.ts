import type { Decider, DecisionContext } from '../shared/decider.js';
import { DomainError, type DomainErrorKind } from '../shared/domain-error.js';

/**
 * Given/when/then for a decider, for specs only (it asserts with jest's `expect`):
 *
 *   const given = deciderSpec(academyDecider, { now });
 *   given([registered]).when(recordKpi).then([kpiRecorded]);
 */
export function deciderSpec<Command, Event, State>(
  decider: Decider<Command, Event, State>,
  context: DecisionContext,
): (events: readonly Event[]) => { when(command: Command): DeciderSpecOutcome<Event> } {
  return (events) => ({
    when(command) {
      const decide = (): Event[] => {
        const evolve = (state: State, event: Event): State => decider.evolve(state, event);
        const state = events.reduce(evolve, decider.initialState());
        const decided = decider.decide(command, state, context);
        // The events decided must be ones evolve accepts, or the next command would see a broken state.
        decided.reduce(evolve, state);
        return decided;
      };
      return {
        then(expected) {
          expect(decide()).toEqual(expected);
        },
        thenNothing() {
          expect(decide()).toEqual([]);
        },
        thenThrows(kind, field) {
          let caught: unknown;
          try {
            decide();
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
  });
}

export interface DeciderSpecOutcome<Event> {
  /** The command is allowed and decides exactly these events. */
  then(expected: readonly Event[]): void;
  /** The command is allowed and changes nothing. */
  thenNothing(): void;
  /**
   * The command is refused with this kind of DomainError (and, for `invalid`, naming this field).
   * Returns the error for further checks.
   */
  thenThrows(kind: DomainErrorKind, field?: string): DomainError;
}
