import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { AimCommandRunner } from '../aim-command-runner.js';
import { ScheduleAimCommand } from './schedule-aim.command.js';

@CommandHandler(ScheduleAimCommand)
export class ScheduleAimHandler implements ICommandHandler<ScheduleAimCommand> {
  constructor(private readonly aims: AimCommandRunner) {}

  execute({ command, metadata, grant }: ScheduleAimCommand): Promise<CommandAnswer> {
    return this.aims.run(command, metadata, grant);
  }
}
