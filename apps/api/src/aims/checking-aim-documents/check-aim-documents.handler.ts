import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { AimCommandRunner } from '../aim-command-runner.js';
import type { CheckAimDocuments } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { AccessGrant } from '../../access/access-grant.js';

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

@CommandHandler(CheckAimDocumentsCommand)
export class CheckAimDocumentsHandler implements ICommandHandler<CheckAimDocumentsCommand> {
  constructor(private readonly aims: AimCommandRunner) {}

  execute({ command, metadata, grant }: CheckAimDocumentsCommand): Promise<CommandAnswer> {
    return this.aims.run(command, metadata, grant);
  }
}
