import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { AcademyCommandPipeline } from '../academy-command-pipeline.js';
import { RecordAnnualReviewCommand } from './record-annual-review.command.js';

@CommandHandler(RecordAnnualReviewCommand)
export class RecordAnnualReviewHandler implements ICommandHandler<RecordAnnualReviewCommand> {
  constructor(private readonly academies: AcademyCommandPipeline) {}

  execute({ command, metadata }: RecordAnnualReviewCommand): Promise<CommandAnswer> {
    return this.academies.execute(command, metadata);
  }
}
