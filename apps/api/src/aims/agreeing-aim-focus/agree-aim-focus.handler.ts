import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { AimCommandRunner } from '../aim-command-runner.js';
import { AgreeAimFocusCommand } from './agree-aim-focus.command.js';

@CommandHandler(AgreeAimFocusCommand)
export class AgreeAimFocusHandler implements ICommandHandler<AgreeAimFocusCommand> {
  constructor(private readonly aims: AimCommandRunner) {}

  execute({ command, metadata, grant }: AgreeAimFocusCommand): Promise<CommandAnswer> {
    return this.aims.run(command, metadata, grant);
  }
}
