import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AmendPlanAction } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { PlanCommandRunner } from '../plan-command-runner.js';

/** AmendPlanAction. */
export class AmendPlanActionCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: AmendPlanAction,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(AmendPlanActionCommand)
export class AmendPlanActionHandler implements ICommandHandler<AmendPlanActionCommand> {
  constructor(private readonly plans: PlanCommandRunner) {}

  execute({ command, metadata }: AmendPlanActionCommand): Promise<CommandAnswer> {
    return this.plans.run(command, metadata, command.actionId);
  }
}
