import { Command } from '@nestjs/cqrs';
import type { CheckAimDocuments } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { AccessGrant } from '../../access/access-grant.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';

/** CheckAimDocuments, with the grant the request was let through on (its academies decide the AIM's scope). */
export class CheckAimDocumentsCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: CheckAimDocuments,
    readonly metadata: EventMetadata,
    readonly grant: AccessGrant,
  ) {
    super();
  }
}
