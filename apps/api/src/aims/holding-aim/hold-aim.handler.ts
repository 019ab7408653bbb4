import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { AimCommandRunner } from '../aim-command-runner.js';
import { HoldAimCommand } from './hold-aim.command.js';

@CommandHandler(HoldAimCommand)
export class HoldAimHandler implements ICommandHandler<HoldAimCommand> {
  constructor(private readonly aims: AimCommandRunner) {}

  execute({ command, metadata, grant }: HoldAimCommand): Promise<CommandAnswer> {
    return this.aims.run(command, metadata, grant);
  }
}
