import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandPipeline } from '../../common/commands/command-pipeline.js';
import { onAcademyStream } from '../academy-stream.js';
import { RecordKpiCommand } from './record-kpi.command.js';

@CommandHandler(RecordKpiCommand)
export class RecordKpiHandler implements ICommandHandler<RecordKpiCommand> {
  constructor(private readonly pipeline: CommandPipeline) {}

  execute({ command, metadata }: RecordKpiCommand): Promise<CommandAnswer> {
    return this.pipeline.answer(command.academyId, onAcademyStream(command, metadata));
  }
}
