import { Inject, Injectable } from '@nestjs/common';
import { domainEventCodec, type Decider, type DomainEvent } from '@trust/domain';
import { handleCommand, type EventMetadata, type EventStore } from '@trust/event-store';
import type { CommandAnswer } from '../common/commands/command-answer.js';
import { IdempotencyKeyReusedError } from '../common/idempotency/idempotency-key-reused.error.js';
import { CLOCK, EVENT_STORE, type Clock } from '../infrastructure/tokens.js';

export interface PeerReviewCommandInput<Command, Event extends DomainEvent, State> {
  /** What the answer's `id` names: the group formed, or the visit acted on. */
  id: string;
  streamId: string;
  decider: Decider<Command, Event, State>;
  command: Command;
  metadata: EventMetadata;
  /** The events the command may append: a replay by Idempotency-Key must be of one of them. */
  appends: readonly Event['type'][];
}

/**
 * Runs a peer review command through the generic pipeline (read the stream, fold, decide, append with the
 * expected version): on a group's stream (form, schedule) or a visit's (focus, findings, report).
 */
@Injectable()
export class PeerReviewCommandPipeline {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute<Command, Event extends DomainEvent, State>(input: PeerReviewCommandInput<Command, Event, State>): Promise<CommandAnswer> {
    const { id, streamId, decider, command, metadata, appends } = input;
    const handled = await handleCommand({
      store: this.store,
      streamId,
      decider,
      codec: domainEventCodec,
      command,
      context: () => ({ now: this.clock() }),
      metadata,
    });
    // The stream recognises a key by key and actor only: the same key used earlier for another command on it.
    if (handled.replayed && handled.events.some((event) => !(appends as readonly string[]).includes(event.type))) {
      throw new IdempotencyKeyReusedError(`a different command on ${streamId}`);
    }
    return {
      id,
      streamId: handled.streamId,
      position: (handled.position ?? 0n).toString(),
      events: handled.events.map((event) => event.type),
    };
  }
}
