import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { AimCommandRunner } from '../aim-command-runner.js';
import { PublishAimReportCommand } from './publish-aim-report.command.js';

@CommandHandler(PublishAimReportCommand)
export class PublishAimReportHandler implements ICommandHandler<PublishAimReportCommand> {
  constructor(private readonly aims: AimCommandRunner) {}

  execute({ command, metadata, grant }: PublishAimReportCommand): Promise<CommandAnswer> {
    return this.aims.run(command, metadata, grant);
  }
}
