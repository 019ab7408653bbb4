import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { AimCommandRunner } from '../aim-command-runner.js';
import type { SubmitAimDocument } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { AccessGrant } from '../../access/access-grant.js';

/** SubmitAimDocument, with the grant the request was let through on (its academies decide the AIM's scope). */
export class SubmitAimDocumentCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: SubmitAimDocument,
    readonly metadata: EventMetadata,
    readonly grant: AccessGrant,
  ) {
    super();
  }
}

@CommandHandler(SubmitAimDocumentCommand)
export class SubmitAimDocumentHandler implements ICommandHandler<SubmitAimDocumentCommand> {
  constructor(private readonly aims: AimCommandRunner) {}

  execute({ command, metadata, grant }: SubmitAimDocumentCommand): Promise<CommandAnswer> {
    return this.aims.run(command, metadata, grant);
  }
}
