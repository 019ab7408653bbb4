import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandPipeline } from '../../common/commands/command-pipeline.js';
import { ImprovementPlanLookUps } from '../../common/plans/improvement-plan-look-ups.js';
import { onAcademyStream } from '../academy-stream.js';
import type { RecordCommissionedReview } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';

export class RecordCommissionedReviewCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: Omit<RecordCommissionedReview, 'plan'>,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(RecordCommissionedReviewCommand)
export class RecordCommissionedReviewHandler implements ICommandHandler<RecordCommissionedReviewCommand> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly plans: ImprovementPlanLookUps,
  ) {}

  /** A review naming a support commitment is checked against the academy's plan for the review's academic year. */
  async execute({ command, metadata }: RecordCommissionedReviewCommand): Promise<CommandAnswer> {
    const plan = await this.plans.forCommitment(command.commitmentId, command.academyId, command.academicYear);
    return this.pipeline.answer(command.academyId, onAcademyStream({ ...command, ...plan }, metadata));
  }
}
