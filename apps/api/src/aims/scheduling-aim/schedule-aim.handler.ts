import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { AimCommandRunner } from '../aim-command-runner.js';
import type { ScheduleAim } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { AccessGrant } from '../../access/access-grant.js';

/** ScheduleAim, with the grant the request was let through on (its academies decide the AIM's scope). */
export class ScheduleAimCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: ScheduleAim,
    readonly metadata: EventMetadata,
    readonly grant: AccessGrant,
  ) {
    super();
  }
}

@CommandHandler(ScheduleAimCommand)
export class ScheduleAimHandler implements ICommandHandler<ScheduleAimCommand> {
  constructor(private readonly aims: AimCommandRunner) {}

  execute({ command, metadata, grant }: ScheduleAimCommand): Promise<CommandAnswer> {
    return this.aims.run(command, metadata, grant);
  }
}
