import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandPipeline } from '../../common/commands/command-pipeline.js';
import { onAcademyStream } from '../academy-stream.js';
import { RecordOutcomeCommand } from './record-outcome.command.js';

@CommandHandler(RecordOutcomeCommand)
export class RecordOutcomeHandler implements ICommandHandler<RecordOutcomeCommand> {
  constructor(private readonly pipeline: CommandPipeline) {}

  execute({ command, metadata }: RecordOutcomeCommand): Promise<CommandAnswer> {
    return this.pipeline.answer(command.academyId, onAcademyStream(command, metadata));
  }
}
