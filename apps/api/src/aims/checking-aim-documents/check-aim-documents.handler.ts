import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { AimCommandRunner } from '../aim-command-runner.js';
import { CheckAimDocumentsCommand } from './check-aim-documents.command.js';

@CommandHandler(CheckAimDocumentsCommand)
export class CheckAimDocumentsHandler implements ICommandHandler<CheckAimDocumentsCommand> {
  constructor(private readonly aims: AimCommandRunner) {}

  execute({ command, metadata, grant }: CheckAimDocumentsCommand): Promise<CommandAnswer> {
    return this.aims.run(command, metadata, grant);
  }
}
