import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { AimCommandRunner } from '../aim-command-runner.js';
import type { AgreeAimFocus } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { AccessGrant } from '../../access/access-grant.js';

/** AgreeAimFocus, with the grant the request was let through on (its academies decide the AIM's scope). */
export class AgreeAimFocusCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: AgreeAimFocus,
    readonly metadata: EventMetadata,
    readonly grant: AccessGrant,
  ) {
    super();
  }
}

@CommandHandler(AgreeAimFocusCommand)
export class AgreeAimFocusHandler implements ICommandHandler<AgreeAimFocusCommand> {
  constructor(private readonly aims: AimCommandRunner) {}

  execute({ command, metadata, grant }: AgreeAimFocusCommand): Promise<CommandAnswer> {
    return this.aims.run(command, metadata, grant);
  }
}
