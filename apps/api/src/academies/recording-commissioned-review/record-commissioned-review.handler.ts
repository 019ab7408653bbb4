import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandPipeline } from '../../common/commands/command-pipeline.js';
import { onAcademyStream } from '../academy-stream.js';
import type { RecordCommissionedReview } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';

export class RecordCommissionedReviewCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: RecordCommissionedReview,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(RecordCommissionedReviewCommand)
export class RecordCommissionedReviewHandler implements ICommandHandler<RecordCommissionedReviewCommand> {
  constructor(private readonly pipeline: CommandPipeline) {}

  execute({ command, metadata }: RecordCommissionedReviewCommand): Promise<CommandAnswer> {
    return this.pipeline.answer(command.academyId, onAcademyStream(command, metadata));
  }
}
