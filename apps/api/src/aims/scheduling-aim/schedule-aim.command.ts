import { Command } from '@nestjs/cqrs';
import type { ScheduleAim } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { AccessGrant } from '../../access/access-grant.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';

/** ScheduleAim, with the grant the request was let through on (its academies decide the AIM's scope). */
export class ScheduleAimCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: ScheduleAim,
    readonly metadata: EventMetadata,
    readonly grant: AccessGrant,
  ) {
    super();
  }
}
