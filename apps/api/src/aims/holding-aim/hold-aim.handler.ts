import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { AimCommandRunner } from '../aim-command-runner.js';
import type { HoldAim } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { AccessGrant } from '../../access/access-grant.js';

/** HoldAim, with the grant the request was let through on (its academies decide the AIM's scope). */
export class HoldAimCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: HoldAim,
    readonly metadata: EventMetadata,
    readonly grant: AccessGrant,
  ) {
    super();
  }
}

@CommandHandler(HoldAimCommand)
export class HoldAimHandler implements ICommandHandler<HoldAimCommand> {
  constructor(private readonly aims: AimCommandRunner) {}

  execute({ command, metadata, grant }: HoldAimCommand): Promise<CommandAnswer> {
    return this.aims.run(command, metadata, grant);
  }
}
