import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandPipeline } from '../../common/commands/command-pipeline.js';
import { onAcademyStream } from '../academy-stream.js';
import { RecordBaselineCommand } from './record-baseline.command.js';

@CommandHandler(RecordBaselineCommand)
export class RecordBaselineHandler implements ICommandHandler<RecordBaselineCommand> {
  constructor(private readonly pipeline: CommandPipeline) {}

  execute({ command, metadata }: RecordBaselineCommand): Promise<CommandAnswer> {
    return this.pipeline.answer(command.academyId, onAcademyStream(command, metadata));
  }
}
