import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandPipeline } from '../../common/commands/command-pipeline.js';
import { onAcademyStream } from '../academy-stream.js';
import type { RecordInspection } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';

export class RecordInspectionCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: RecordInspection,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(RecordInspectionCommand)
export class RecordInspectionHandler implements ICommandHandler<RecordInspectionCommand> {
  constructor(private readonly pipeline: CommandPipeline) {}

  execute({ command, metadata }: RecordInspectionCommand): Promise<CommandAnswer> {
    return this.pipeline.answer(command.academyId, onAcademyStream(command, metadata));
  }
}
