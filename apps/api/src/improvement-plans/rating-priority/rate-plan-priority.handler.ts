import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RatePlanPriority } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { PlanCommandRunner } from '../plan-command-runner.js';

/** RatePlanPriority, the rater from the token. */
export class RatePlanPriorityCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: RatePlanPriority,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(RatePlanPriorityCommand)
export class RatePlanPriorityHandler implements ICommandHandler<RatePlanPriorityCommand> {
  constructor(private readonly plans: PlanCommandRunner) {}

  execute({ command, metadata }: RatePlanPriorityCommand): Promise<CommandAnswer> {
    return this.plans.run(command, metadata, command.priorityId);
  }
}
