import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ConfirmImprovementPlan } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { PlanCommandRunner } from '../plan-command-runner.js';
import { planYearSegment } from '../plan-params.js';

/** ConfirmImprovementPlan. */
export class ConfirmImprovementPlanCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: ConfirmImprovementPlan,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(ConfirmImprovementPlanCommand)
export class ConfirmImprovementPlanHandler implements ICommandHandler<ConfirmImprovementPlanCommand> {
  constructor(private readonly plans: PlanCommandRunner) {}

  execute({ command, metadata }: ConfirmImprovementPlanCommand): Promise<CommandAnswer> {
    return this.plans.run(command, metadata, planYearSegment(command.academicYear));
  }
}
