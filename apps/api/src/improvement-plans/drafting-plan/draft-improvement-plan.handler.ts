import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { DraftImprovementPlan } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { PlanCommandRunner } from '../plan-command-runner.js';
import { planYearSegment } from '../plan-params.js';

/** DraftImprovementPlan: the academy's plan for a year, answered under the year as its routes write it. */
export class DraftImprovementPlanCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: DraftImprovementPlan,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(DraftImprovementPlanCommand)
export class DraftImprovementPlanHandler implements ICommandHandler<DraftImprovementPlanCommand> {
  constructor(private readonly plans: PlanCommandRunner) {}

  execute({ command, metadata }: DraftImprovementPlanCommand): Promise<CommandAnswer> {
    return this.plans.run(command, metadata, planYearSegment(command.academicYear));
  }
}
