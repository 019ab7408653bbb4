import { randomUUID } from 'node:crypto';
import type { AppendResult, EventMetadata, EventStore, EventData, Position, StreamVersion } from './event-store.js';
import { KeyUsedByAnotherCommandError, WrongExpectedVersionError } from './errors.js';
import { keyOf, type FoldedStream, type FoldedStreams, type KeyedCommand } from './folded-streams.js';

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
  /** Folds kept from earlier commands: given, only the events since the kept fold are read and folded. */
  folded?: FoldedStreams;
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
    const { state, version, lastPosition, keyed } = await foldStream(input);
    const earlier = metadata.idempotencyKey === null ? undefined : keyed.get(keyOf(metadata.actor.userId, metadata.idempotencyKey));
    if (earlier !== undefined) {
      ensureSameCommand(earlier.commandType, metadata, streamId);
      return { streamId, events: await eventsAt(input, earlier.versions), streamVersion: version, position: earlier.position, replayed: true };
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

/**
 * The stream folded to its last event, with the idempotency keys its events carry: from the fold kept by an
 * earlier command when there is one (reading only the events after it), else from the start; kept again.
 */
async function foldStream<Command extends TypedCommand, Event, State, Context>(input: HandleCommandInput<Command, Event, State, Context>): Promise<FoldedStream<State>> {
  const { store, streamId, decider, codec, folded } = input;
  const start = folded?.get<State>(decider, streamId) ?? null;
  let state = start?.state ?? decider.initialState();
  let version: StreamVersion = start?.version ?? -1;
  let lastPosition: Position | null = start?.lastPosition ?? null;
  let keyed: ReadonlyMap<string, KeyedCommand> = start?.keyed ?? new Map();
  let added: Map<string, KeyedCommand> | null = null;
  for await (const recorded of store.readStream(streamId, version === -1 ? undefined : { fromVersion: version + 1 })) {
    const event = codec.decode(recorded);
    state = decider.evolve(state, event, recorded.position.toString());
    version = recorded.streamVersion;
    lastPosition = recorded.position;
    const key = recorded.metadata.idempotencyKey;
    if (key !== null && key !== undefined) {
      added ??= new Map(keyed);
      const at = keyOf(recorded.metadata.actor.userId, key);
      const earlier = added.get(at);
      added.set(at, { versions: [...(earlier?.versions ?? []), recorded.streamVersion], position: recorded.position, commandType: earlier?.commandType ?? recorded.metadata.commandType });
    }
  }
  if (added !== null) keyed = added;
  const result: FoldedStream<State> = { state, version, lastPosition, keyed };
  folded?.keep(decider, streamId, result);
  return result;
}

/** The events a replayed command stored, read again from the stream: only a retry after a lost answer comes here. */
async function eventsAt<Command extends TypedCommand, Event, State, Context>(input: HandleCommandInput<Command, Event, State, Context>, versions: readonly StreamVersion[]): Promise<Event[]> {
  const wanted = new Set(versions);
  const events: Event[] = [];
  for await (const recorded of input.store.readStream(input.streamId, { fromVersion: versions[0] ?? 0 })) {
    if (wanted.has(recorded.streamVersion)) events.push(input.codec.decode(recorded));
    if (recorded.streamVersion >= (versions[versions.length - 1] ?? -1)) break;
  }
  return events;
}

/** Events recorded before commands were named in their metadata are taken to be the same command, as they were then. */
function ensureSameCommand(earlier: string | undefined, metadata: EventMetadata, streamId: string): void {
  const now = metadata.commandType;
  if (earlier !== undefined && now !== undefined && earlier !== now) {
    throw new KeyUsedByAnotherCommandError(streamId, metadata.idempotencyKey ?? '', earlier, now);
  }
}
