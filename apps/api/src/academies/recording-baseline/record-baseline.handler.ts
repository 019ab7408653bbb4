import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandPipeline } from '../../common/commands/command-pipeline.js';
import { onAcademyStream } from '../academy-stream.js';
import type { RecordBaseline } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';

export class RecordBaselineCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: RecordBaseline,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(RecordBaselineCommand)
export class RecordBaselineHandler implements ICommandHandler<RecordBaselineCommand> {
  constructor(private readonly pipeline: CommandPipeline) {}

  execute({ command, metadata }: RecordBaselineCommand): Promise<CommandAnswer> {
    return this.pipeline.answer(command.academyId, onAcademyStream(command, metadata));
  }
}
