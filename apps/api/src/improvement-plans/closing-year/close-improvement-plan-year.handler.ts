import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CloseImprovementPlanYear } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { PlanCommandRunner } from '../plan-command-runner.js';
import { planYearSegment } from '../plan-params.js';

/** CloseImprovementPlanYear. */
export class CloseImprovementPlanYearCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: CloseImprovementPlanYear,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(CloseImprovementPlanYearCommand)
export class CloseImprovementPlanYearHandler implements ICommandHandler<CloseImprovementPlanYearCommand> {
  constructor(private readonly plans: PlanCommandRunner) {}

  execute({ command, metadata }: CloseImprovementPlanYearCommand): Promise<CommandAnswer> {
    return this.plans.run(command, metadata, planYearSegment(command.academicYear));
  }
}
