import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { AimCommandRunner } from '../aim-command-runner.js';
import { RescheduleAimCommand } from './reschedule-aim.command.js';

@CommandHandler(RescheduleAimCommand)
export class RescheduleAimHandler implements ICommandHandler<RescheduleAimCommand> {
  constructor(private readonly aims: AimCommandRunner) {}

  execute({ command, metadata, grant }: RescheduleAimCommand): Promise<CommandAnswer> {
    return this.aims.run(command, metadata, grant);
  }
}
