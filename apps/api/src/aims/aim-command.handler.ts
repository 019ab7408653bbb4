import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { aimDecider, aimStreamId, domainEventCodec, type AimCommand, type AimEvent } from '@trust/domain';
import { handleCommand, type EventStore } from '@trust/event-store';
import type { CommandAnswer } from '../common/commands/command-answer.js';
import { IdempotencyKeyReusedError } from '../common/idempotency/idempotency-key-reused.error.js';
import { RegisteredAcademies } from '../common/academies/registered-academies.js';
import { CLOCK, EVENT_STORE, type Clock } from '../infrastructure/tokens.js';
import { AimAcademies } from './aim-academies.js';
import { RunAimCommand } from './aim-command.js';
import { ensureAimInScope } from './aim-scope.js';

/** The event each AIM command appends: a replay by idempotency key must be of the same kind of command. */
const EVENT_OF_COMMAND: Record<AimCommand['type'], AimEvent['type']> = {
  ScheduleAim: 'AimScheduled',
  AgreeAimFocus: 'AimFocusAgreed',
  RescheduleAim: 'AimRescheduled',
  SubmitAimDocument: 'AimDocumentSubmitted',
  CheckAimDocuments: 'AimDocumentsOverdue',
  HoldAim: 'AimHeld',
  PublishAimReport: 'AimReportPublished',
};

/**
 * Every AIM command: scheduling checks the academy is registered (the guard has checked the academy of
 * the path); any other command finds the AIM's academy and refuses a scoped role from another academy.
 * Then the generic pipeline: read the AIM's stream, fold, decide, append with the expected version.
 */
@CommandHandler(RunAimCommand)
export class RunAimCommandHandler implements ICommandHandler<RunAimCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly academies: RegisteredAcademies,
    private readonly aims: AimAcademies,
  ) {}

  async execute({ command, metadata, grant }: RunAimCommand): Promise<CommandAnswer> {
    if (command.type === 'ScheduleAim') await this.academies.ensure([command.academyId]);
    else ensureAimInScope(grant, command.aimId, await this.aims.academyOf(command.aimId));

    const streamId = aimStreamId(command.aimId);
    const handled = await handleCommand({
      store: this.store,
      streamId,
      decider: aimDecider,
      codec: domainEventCodec,
      command,
      context: () => ({ now: this.clock() }),
      metadata,
    });
    // The stream recognises a key by key and actor only: the same key sent earlier with another kind of
    // command on this AIM (another route) must not be answered with that command's events.
    if (handled.replayed && handled.events.some((event) => event.type !== EVENT_OF_COMMAND[command.type])) {
      throw new IdempotencyKeyReusedError('a different command on this AIM');
    }
    return {
      id: command.aimId,
      streamId,
      position: (handled.position ?? 0n).toString(),
      events: handled.events.map((event) => event.type),
    };
  }
}
