import { randomUUID } from 'node:crypto';
import type { AppendResult, EventMetadata, EventStore, EventData, Position, RecordedEvent, StreamVersion } from './event-store.js';
import { KeyUsedByAnotherCommandError, WrongExpectedVersionError } from './errors.js';

/** Turns domain events into stored shape and back (upcasting old schema versions on the way in). */
export interface EventCodec<Event> {
  encode(event: Event): { type: string; schemaVersion: number; data: EventData };
  decode(recorded: { type: string; schemaVersion: number; data: EventData }): Event;
}

/**
 * Structurally the domain's Decider: the event store library does not depend on the domain.
 * `evolve` is also given each event's global position (a decimal string), for deciders whose
 * decisions must cite the events they rest on; a decider that does not need it ignores it.
 */
export interface CommandDecider<Command, Event, State, Context> {
  initialState(): State;
  evolve(state: State, event: Event, position: string): State;
  decide(command: Command, state: State, context: Context): Event[];
}

/** Every command names its kind in `type`: it is recorded with the events it decides. */
export interface TypedCommand {
  type: string;
}

export interface HandleCommandInput<Command extends TypedCommand, Event, State, Context> {
  store: EventStore;
  streamId: string;
  decider: CommandDecider<Command, Event, State, Context>;
  codec: EventCodec<Event>;
  command: Command;
  /** Built fresh for every attempt, so a retry after a conflict decides with a fresh clock. */
  context: () => Context;
  /** Who, why and under which key: the pipeline adds the command's type before it stores them. */
  metadata: EventMetadata;
  /** Attempts after a concurrent append changed the stream under us (decide is pure, so retrying is safe). */
  maxRetries?: number;
}

export interface HandledCommand<Event> {
  streamId: string;
  events: Event[];
  /** Version of the stream's last event after the command (-1: the stream still has no events). */
  streamVersion: StreamVersion;
  /** Global position of the last event written (or, when the command changed nothing, of the stream's last event). */
  position: Position | null;
  /** True when the same idempotency key had already been applied to this stream: nothing was appended. */
  replayed: boolean;
}

/**
 * The generic command pipeline: read the stream, fold it, decide, append with the expected version.
 * A command whose idempotency key is already on the stream's events is answered from those events
 * and appends nothing, so a retry after a crash between append and answer is safe. The events carry
 * the command's type, and a key that another command used on the stream is refused
 * ({@link KeyUsedByAnotherCommandError}) rather than answered with that command's events.
 */
export async function handleCommand<Command extends TypedCommand, Event, State, Context>(
  input: HandleCommandInput<Command, Event, State, Context>,
): Promise<HandledCommand<Event>> {
  const { store, streamId, decider, codec, command, maxRetries = 3 } = input;
  const metadata: EventMetadata = { ...input.metadata, commandType: command.type };
  for (let attempt = 0; ; attempt++) {
    let state = decider.initialState();
    let version: StreamVersion = -1;
    let lastPosition: Position | null = null;
    const earlier: { events: Event[]; position: Position } = { events: [], position: 0n };
    for await (const recorded of store.readStream(streamId)) {
      const event = codec.decode(recorded);
      state = decider.evolve(state, event, recorded.position.toString());
      version = recorded.streamVersion;
      lastPosition = recorded.position;
      if (metadata.idempotencyKey !== null && sameKey(recorded, metadata)) {
        ensureSameCommand(recorded, metadata, streamId);
        earlier.events.push(event);
        earlier.position = recorded.position;
      }
    }
    if (earlier.events.length > 0) {
      return { streamId, events: earlier.events, streamVersion: version, position: earlier.position, replayed: true };
    }

    const events = decider.decide(command, state, input.context());
    if (events.length === 0) {
      return { streamId, events, streamVersion: version, position: lastPosition, replayed: false };
    }
    try {
      const result: AppendResult = await store.append(
        streamId,
        events.map((event) => ({ eventId: randomUUID(), ...codec.encode(event), metadata })),
        { expectedVersion: version === -1 ? 'no-stream' : version },
      );
      return { streamId, events, streamVersion: result.nextExpectedVersion, position: result.lastPosition, replayed: false };
    } catch (error: unknown) {
      if (error instanceof WrongExpectedVersionError && attempt < maxRetries) continue;
      throw error;
    }
  }
}

/** A key is the actor's own: another user's events under the same key are not a replay of this command. */
function sameKey(recorded: RecordedEvent, metadata: EventMetadata): boolean {
  return recorded.metadata.idempotencyKey === metadata.idempotencyKey && recorded.metadata.actor.userId === metadata.actor.userId;
}

/** Events recorded before commands were named in their metadata are taken to be the same command, as they were then. */
function ensureSameCommand(recorded: RecordedEvent, metadata: EventMetadata, streamId: string): void {
  const earlier = recorded.metadata.commandType;
  const now = metadata.commandType;
  if (earlier !== undefined && now !== undefined && earlier !== now) {
    throw new KeyUsedByAnotherCommandError(streamId, metadata.idempotencyKey ?? '', earlier, now);
  }
}
