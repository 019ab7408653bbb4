import { Inject, Injectable } from '@nestjs/common';
import { domainEventCodec, type Decider, type DomainEvent } from '@trust/domain';
import { handleCommand, type EventMetadata, type EventStore, type HandledCommand } from '@trust/event-store';
import type { CommandAnswer } from '../common/commands/command-answer.js';
import { IdempotencyKeyReusedError } from '../common/idempotency/idempotency-key-reused.error.js';
import { CLOCK, EVENT_STORE, type Clock } from '../infrastructure/tokens.js';

export interface FinanceCommandInput<Command, Event extends DomainEvent, State> {
  streamId: string;
  decider: Decider<Command, Event, State>;
  command: Command;
  metadata: EventMetadata;
  /** The event the command appends: a replay by Idempotency-Key must be of it. */
  appends: Event['type'];
  /** The stream's subject ("recharge r-1"), for the 422 when a key was used for another command on it. */
  subject: string;
}

/**
 * Runs a finance command (rate card, budget, core days, recharge) through the generic pipeline: read
 * the stream, fold, decide, append with the expected version. Each aggregate has its own decider
 * and stream; this is the one place they meet the event store.
 */
@Injectable()
export class FinanceCommandPipeline {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute<Command, Event extends DomainEvent, State>(input: FinanceCommandInput<Command, Event, State>): Promise<HandledCommand<DomainEvent>> {
    const { streamId, decider, command, metadata, appends, subject } = input;
    const handled = await handleCommand({
      store: this.store,
      streamId,
      decider,
      codec: domainEventCodec,
      command,
      context: () => ({ now: this.clock() }),
      metadata,
    });
    // The stream recognises a key by key and actor only: the same key sent earlier with another
    // command on this stream (another route) must not be answered with that command's events.
    if (handled.replayed && handled.events.some((event) => event.type !== appends)) {
      throw new IdempotencyKeyReusedError(`a different command on ${subject}`);
    }
    return handled;
  }
}

/** The 201 answer of a finance command: `id` is what it acted on (an academy, a year, a recharge). */
export function commandAnswerOf(id: string, handled: HandledCommand<DomainEvent>): CommandAnswer {
  return {
    id,
    streamId: handled.streamId,
    position: (handled.position ?? 0n).toString(),
    events: handled.events.map((event) => event.type),
  };
}
