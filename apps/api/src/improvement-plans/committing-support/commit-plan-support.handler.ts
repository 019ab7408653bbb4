import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommitPlanSupport } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { PlanCommandRunner } from '../plan-command-runner.js';

/** CommitPlanSupport, its id chosen by the controller and the committer from the token. */
export class CommitPlanSupportCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: CommitPlanSupport,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(CommitPlanSupportCommand)
export class CommitPlanSupportHandler implements ICommandHandler<CommitPlanSupportCommand> {
  constructor(private readonly plans: PlanCommandRunner) {}

  execute({ command, metadata }: CommitPlanSupportCommand): Promise<CommandAnswer> {
    return this.plans.run(command, metadata, command.commitmentId);
  }
}
