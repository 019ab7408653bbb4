import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { AimCommandRunner } from '../aim-command-runner.js';
import type { RescheduleAim } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { AccessGrant } from '../../access/access-grant.js';

/** RescheduleAim, with the grant the request was let through on (its academies decide the AIM's scope). */
export class RescheduleAimCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: RescheduleAim,
    readonly metadata: EventMetadata,
    readonly grant: AccessGrant,
  ) {
    super();
  }
}

@CommandHandler(RescheduleAimCommand)
export class RescheduleAimHandler implements ICommandHandler<RescheduleAimCommand> {
  constructor(private readonly aims: AimCommandRunner) {}

  execute({ command, metadata, grant }: RescheduleAimCommand): Promise<CommandAnswer> {
    return this.aims.run(command, metadata, grant);
  }
}
