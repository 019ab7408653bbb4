import { Command } from '@nestjs/cqrs';
import type { AimCommand } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { AccessGrant } from '../access/access-grant.js';
import type { CommandAnswer } from '../common/commands/command-answer.js';

/** Any command on an AIM's stream, with the grant the request was let through on (its academies decide the scope). */
export class RunAimCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: AimCommand,
    readonly metadata: EventMetadata,
    readonly grant: AccessGrant,
  ) {
    super();
  }
}
