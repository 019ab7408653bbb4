import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AddPlanAction } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { PlanCommandRunner } from '../plan-command-runner.js';

/** AddPlanAction, its id chosen by the controller. */
export class AddPlanActionCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: AddPlanAction,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(AddPlanActionCommand)
export class AddPlanActionHandler implements ICommandHandler<AddPlanActionCommand> {
  constructor(private readonly plans: PlanCommandRunner) {}

  execute({ command, metadata }: AddPlanActionCommand): Promise<CommandAnswer> {
    return this.plans.run(command, metadata, command.actionId);
  }
}
