import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { AimCommandRunner } from '../aim-command-runner.js';
import { SubmitAimDocumentCommand } from './submit-aim-document.command.js';

@CommandHandler(SubmitAimDocumentCommand)
export class SubmitAimDocumentHandler implements ICommandHandler<SubmitAimDocumentCommand> {
  constructor(private readonly aims: AimCommandRunner) {}

  execute({ command, metadata, grant }: SubmitAimDocumentCommand): Promise<CommandAnswer> {
    return this.aims.run(command, metadata, grant);
  }
}
