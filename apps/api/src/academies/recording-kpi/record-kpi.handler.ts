import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandPipeline } from '../../common/commands/command-pipeline.js';
import { onAcademyStream } from '../academy-stream.js';
import type { RecordKpi } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';

export class RecordKpiCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: RecordKpi,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(RecordKpiCommand)
export class RecordKpiHandler implements ICommandHandler<RecordKpiCommand> {
  constructor(private readonly pipeline: CommandPipeline) {}

  execute({ command, metadata }: RecordKpiCommand): Promise<CommandAnswer> {
    return this.pipeline.answer(command.academyId, onAcademyStream(command, metadata));
  }
}
