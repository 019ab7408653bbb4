import { Command } from '@nestjs/cqrs';
import type { AgreeAimFocus } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { AccessGrant } from '../../access/access-grant.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';

/** AgreeAimFocus, with the grant the request was let through on (its academies decide the AIM's scope). */
export class AgreeAimFocusCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: AgreeAimFocus,
    readonly metadata: EventMetadata,
    readonly grant: AccessGrant,
  ) {
    super();
  }
}
