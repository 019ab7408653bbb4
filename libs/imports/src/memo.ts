import type { DecisionContext, DomainEvent } from '@trust/domain';
import type { CommandDecider, EventCodec } from '@trust/event-store';

/**
 * An import decides thousands of rows on the same streams, and handleCommand folds a stream afresh for each:
 * decoding every event and evolving the state from the start. The stores an import reads through hand out
 * the same event objects every time, and states are never mutated, so each decoding and each step of a fold
 * is remembered for the run (by the objects themselves: forgotten with them), and a fold repeats none.
 */
export function rememberingCodec(codec: EventCodec<DomainEvent>): EventCodec<DomainEvent> {
  const decoded = new WeakMap<object, DomainEvent>();
  return {
    encode: (event) => codec.encode(event),
    decode(recorded) {
      let event = decoded.get(recorded);
      if (event === undefined) {
        event = codec.decode(recorded);
        decoded.set(recorded, event);
      }
      return event;
    },
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDecider = CommandDecider<any, DomainEvent, any, DecisionContext>;

/** The decider with its initial state made once and each evolve step remembered (by state, event and position). */
export function rememberingDecider(decider: AnyDecider): AnyDecider {
  const initial: unknown = decider.initialState();
  const steps = new WeakMap<object, WeakMap<object, { position: string; state: unknown }[]>>();
  return {
    initialState: () => initial,
    evolve(state: unknown, event, position): unknown {
      if (typeof state !== 'object' || state === null) return decider.evolve(state, event, position) as unknown;
      let byEvent = steps.get(state);
      if (byEvent === undefined) {
        byEvent = new WeakMap();
        steps.set(state, byEvent);
      }
      let known = byEvent.get(event);
      if (known === undefined) {
        known = [];
        byEvent.set(event, known);
      }
      const step = known.find((each) => each.position === position);
      if (step !== undefined) return step.state;
      const next = decider.evolve(state, event, position) as unknown;
      known.push({ position, state: next });
      return next;
    },
    decide: (command, state, context) => decider.decide(command, state, context),
  };
}

/** One remembering decider per decider, for a run. */
export function deciderMemory(): (decider: AnyDecider) => AnyDecider {
  const remembered = new Map<AnyDecider, AnyDecider>();
  return (decider) => {
    let wrapped = remembered.get(decider);
    if (wrapped === undefined) {
      wrapped = rememberingDecider(decider);
      remembered.set(decider, wrapped);
    }
    return wrapped;
  };
}
