import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { academyStreamId, domainEventCodec, tierDecisionDecider } from '@trust/domain';
import { handleCommand, type EventStore } from '@trust/event-store';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { IdempotencyKeyReusedError } from '../../common/idempotency/idempotency-key-reused.error.js';
import { CLOCK, EVENT_STORE, type Clock } from '../../infrastructure/tokens.js';
import { DecideTierCommand } from './decide-tier.command.js';

/**
 * The generic pipeline with the tier decider: it reads the academy's stream with each event's position,
 * so the decision stores the evidence it was made on with the positions it came from, and appends with
 * the expected version of the last event read (evidence recorded meanwhile fails the append; it is retried).
 */
@CommandHandler(DecideTierCommand)
export class DecideTierHandler implements ICommandHandler<DecideTierCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ command, metadata }: DecideTierCommand): Promise<CommandAnswer> {
    const streamId = academyStreamId(command.academyId);
    const handled = await handleCommand({
      store: this.store,
      streamId,
      decider: tierDecisionDecider,
      codec: domainEventCodec,
      command,
      context: () => ({ now: this.clock() }),
      metadata,
    });
    const decision = handled.events.find((event) => event.type === 'TierAssigned');
    // The stream knows a key by key and actor only: one sent earlier with another command on this academy is not this decision.
    if (handled.replayed && (decision?.type !== 'TierAssigned' || handled.events.length !== 1)) {
      throw new IdempotencyKeyReusedError('a different command on this academy');
    }
    return {
      id: decision?.type === 'TierAssigned' ? decision.data.decisionId : command.decisionId,
      streamId,
      position: (handled.position ?? 0n).toString(),
      events: handled.events.map((event) => event.type),
    };
  }
}
