import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { AimCommandRunner } from '../aim-command-runner.js';
import type { PublishAimReport } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { AccessGrant } from '../../access/access-grant.js';

/** PublishAimReport, with the grant the request was let through on (its academies decide the AIM's scope). */
export class PublishAimReportCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: PublishAimReport,
    readonly metadata: EventMetadata,
    readonly grant: AccessGrant,
  ) {
    super();
  }
}

@CommandHandler(PublishAimReportCommand)
export class PublishAimReportHandler implements ICommandHandler<PublishAimReportCommand> {
  constructor(private readonly aims: AimCommandRunner) {}

  execute({ command, metadata, grant }: PublishAimReportCommand): Promise<CommandAnswer> {
    return this.aims.run(command, metadata, grant);
  }
}
