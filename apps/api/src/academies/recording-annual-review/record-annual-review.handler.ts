import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandPipeline } from '../../common/commands/command-pipeline.js';
import { onAcademyStream } from '../academy-stream.js';
import { RecordAnnualReviewCommand } from './record-annual-review.command.js';

@CommandHandler(RecordAnnualReviewCommand)
export class RecordAnnualReviewHandler implements ICommandHandler<RecordAnnualReviewCommand> {
  constructor(private readonly pipeline: CommandPipeline) {}

  execute({ command, metadata }: RecordAnnualReviewCommand): Promise<CommandAnswer> {
    return this.pipeline.answer(command.academyId, onAcademyStream(command, metadata));
  }
}
