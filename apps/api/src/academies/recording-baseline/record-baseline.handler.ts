import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { AcademyCommandPipeline } from '../academy-command-pipeline.js';
import { RecordBaselineCommand } from './record-baseline.command.js';

@CommandHandler(RecordBaselineCommand)
export class RecordBaselineHandler implements ICommandHandler<RecordBaselineCommand> {
  constructor(private readonly academies: AcademyCommandPipeline) {}

  execute({ command, metadata }: RecordBaselineCommand): Promise<CommandAnswer> {
    return this.academies.execute(command, metadata);
  }
}
