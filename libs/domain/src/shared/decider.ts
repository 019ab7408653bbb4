/** What a decision may depend on besides the command and the state: passed in, so decisions are deterministic. */
export interface DecisionContext {
  now: Date;
}

/**
 * One aggregate's business logic: `decide(command, state) → events` and `evolve(state, event) → state`.
 * `decide` refuses a command by throwing a DomainError; it returns [] when the command changes nothing.
 */
export interface Decider<Command, Event, State> {
  initialState(): State;
  evolve(state: State, event: Event): State;
  decide(command: Command, state: State, context: DecisionContext): Event[];
}
