import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandPipeline } from '../../common/commands/command-pipeline.js';
import { onAcademyStream } from '../academy-stream.js';
import type { RecordAnnualReview } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';

export class RecordAnnualReviewCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: RecordAnnualReview,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(RecordAnnualReviewCommand)
export class RecordAnnualReviewHandler implements ICommandHandler<RecordAnnualReviewCommand> {
  constructor(private readonly pipeline: CommandPipeline) {}

  execute({ command, metadata }: RecordAnnualReviewCommand): Promise<CommandAnswer> {
    return this.pipeline.answer(command.academyId, onAcademyStream(command, metadata));
  }
}
