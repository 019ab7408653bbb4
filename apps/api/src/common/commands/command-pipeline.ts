import { Inject, Injectable } from '@nestjs/common';
import { domainEventCodec, type DecisionContext, type DomainEvent } from '@trust/domain';
import { FoldedStreams, handleCommand, KeyUsedByAnotherCommandError, type CommandDecider, type EventMetadata, type EventStore, type HandledCommand, type TypedCommand } from '@trust/event-store';
import { IdempotencyKeyReusedError } from '../idempotency/idempotency-key-reused.error.js';
import { CLOCK, EVENT_STORE, type Clock } from '../../infrastructure/tokens.js';
import type { CommandAnswer } from './command-answer.js';

export interface PipelineInput<Command extends TypedCommand, Event extends DomainEvent, State> {
  streamId: string;
  decider: CommandDecider<Command, Event, State, DecisionContext>;
  command: Command;
  metadata: EventMetadata;
  /** The stream in the user's words ("recharge r-1", "this academy"), for the 422 when its key was another command's. */
  subject?: string;
}

/**
 * The one way a command reaches the event store: read the stream, fold it, decide on the injected
 * clock, append with the expected version (retried on a conflict). A key replayed by the same actor
 * and command is answered from the events it stored; one used on the stream by another command is
 * refused with 422. Every slice's handler prepares its command, then calls this. The folds of the
 * streams lately decided on are kept, so a command reads and folds only what was appended since.
 */
@Injectable()
export class CommandPipeline {
  private readonly folded = new FoldedStreams();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async run<Command extends TypedCommand, Event extends DomainEvent, State>(input: PipelineInput<Command, Event, State>): Promise<HandledCommand<DomainEvent>> {
    const { streamId, decider, command, metadata } = input;
    try {
      return await handleCommand<Command, DomainEvent, State, DecisionContext>({
        store: this.store,
        streamId,
        decider,
        codec: domainEventCodec,
        command,
        context: () => ({ now: this.clock() }),
        metadata,
        folded: this.folded,
      });
    } catch (error: unknown) {
      if (error instanceof KeyUsedByAnotherCommandError) throw new IdempotencyKeyReusedError(`a different command on ${input.subject ?? streamId}`);
      throw error;
    }
  }

  /** Runs the command and answers the route's 201, naming what it acted on. */
  async answer<Command extends TypedCommand, Event extends DomainEvent, State>(id: string, input: PipelineInput<Command, Event, State>): Promise<CommandAnswer> {
    return commandAnswerOf(id, await this.run(input));
  }
}

/** The 201 answer of a command: `id` is what it acted on (an academy, an AIM, a year, a recharge). */
export function commandAnswerOf(id: string, handled: HandledCommand<DomainEvent>): CommandAnswer {
  return {
    id,
    streamId: handled.streamId,
    position: (handled.position ?? 0n).toString(),
    events: handled.events.map((event) => event.type),
  };
}
