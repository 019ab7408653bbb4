import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { AcademyCommandPipeline } from '../academy-command-pipeline.js';
import { RecordCommissionedReviewCommand } from './record-commissioned-review.command.js';

@CommandHandler(RecordCommissionedReviewCommand)
export class RecordCommissionedReviewHandler implements ICommandHandler<RecordCommissionedReviewCommand> {
  constructor(private readonly academies: AcademyCommandPipeline) {}

  execute({ command, metadata }: RecordCommissionedReviewCommand): Promise<CommandAnswer> {
    return this.academies.execute(command, metadata);
  }
}
