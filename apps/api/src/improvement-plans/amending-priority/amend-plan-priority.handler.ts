import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AmendPlanPriority } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { PlanCommandRunner } from '../plan-command-runner.js';

/** AmendPlanPriority. */
export class AmendPlanPriorityCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: AmendPlanPriority,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(AmendPlanPriorityCommand)
export class AmendPlanPriorityHandler implements ICommandHandler<AmendPlanPriorityCommand> {
  constructor(private readonly plans: PlanCommandRunner) {}

  execute({ command, metadata }: AmendPlanPriorityCommand): Promise<CommandAnswer> {
    return this.plans.run(command, metadata, command.priorityId);
  }
}
