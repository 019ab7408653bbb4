import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandPipeline } from '../../common/commands/command-pipeline.js';
import { onAcademyStream } from '../academy-stream.js';
import { RecordCommissionedReviewCommand } from './record-commissioned-review.command.js';

@CommandHandler(RecordCommissionedReviewCommand)
export class RecordCommissionedReviewHandler implements ICommandHandler<RecordCommissionedReviewCommand> {
  constructor(private readonly pipeline: CommandPipeline) {}

  execute({ command, metadata }: RecordCommissionedReviewCommand): Promise<CommandAnswer> {
    return this.pipeline.answer(command.academyId, onAcademyStream(command, metadata));
  }
}
