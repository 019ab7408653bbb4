import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AddPlanPriority } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { PlanCommandRunner } from '../plan-command-runner.js';

/** AddPlanPriority, its id chosen by the controller. */
export class AddPlanPriorityCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: AddPlanPriority,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(AddPlanPriorityCommand)
export class AddPlanPriorityHandler implements ICommandHandler<AddPlanPriorityCommand> {
  constructor(private readonly plans: PlanCommandRunner) {}

  execute({ command, metadata }: AddPlanPriorityCommand): Promise<CommandAnswer> {
    return this.plans.run(command, metadata, command.priorityId);
  }
}
