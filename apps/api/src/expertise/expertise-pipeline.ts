import { Inject, Injectable } from '@nestjs/common';
import { domainEventCodec, expertiseDecider, expertiseStreamId, parseRecordId, type ExpertiseCommand, type ExpertiseEvent } from '@trust/domain';
import { handleCommand, type EventMetadata, type EventStore } from '@trust/event-store';
import type { CommandAnswer } from '../common/commands/command-answer.js';
import { IdempotencyKeyReusedError } from '../common/idempotency/idempotency-key-reused.error.js';
import { RegisteredAcademies } from '../common/academies/registered-academies.js';
import { CLOCK, EVENT_STORE, type Clock } from '../infrastructure/tokens.js';

const EVENT_OF_COMMAND: Record<ExpertiseCommand['type'], ExpertiseEvent['type']> = {
  RegisterExpertise: 'ExpertiseRegistered',
  UpdateExpertise: 'ExpertiseUpdated',
  WithdrawExpertise: 'ExpertiseWithdrawn',
};

/**
 * Runs a command on one member of staff's entry (`expertise-<staffId>`) through the generic pipeline: read
 * the stream, fold, decide, append with the expected version. An entry naming an employer academy needs it
 * registered (404); the entry is validated first, so a malformed URN is a 400 naming the field.
 */
@Injectable()
export class ExpertiseCommandPipeline {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly academies: RegisteredAcademies,
  ) {}

  async execute(command: ExpertiseCommand, metadata: EventMetadata): Promise<CommandAnswer> {
    const staffId = parseRecordId(command.staffId, 'staffId');
    if (command.type !== 'WithdrawExpertise') {
      // Validates the whole entry (400 naming the field) before looking the employer up.
      expertiseDecider.decide({ ...command, type: 'RegisterExpertise' }, expertiseDecider.initialState(), { now: this.clock() });
      if (command.academyId !== null) await this.academies.ensure([command.academyId]);
    }
    const streamId = expertiseStreamId(staffId);
    const handled = await handleCommand({
      store: this.store,
      streamId,
      decider: expertiseDecider,
      codec: domainEventCodec,
      command,
      context: () => ({ now: this.clock() }),
      metadata,
    });
    if (handled.replayed && handled.events.some((event) => event.type !== EVENT_OF_COMMAND[command.type])) {
      throw new IdempotencyKeyReusedError(`a different command on ${streamId}`);
    }
    return { id: staffId, streamId, position: (handled.position ?? 0n).toString(), events: handled.events.map((event) => event.type) };
  }
}
