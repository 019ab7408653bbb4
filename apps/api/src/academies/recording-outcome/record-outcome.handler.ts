import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandPipeline } from '../../common/commands/command-pipeline.js';
import { onAcademyStream } from '../academy-stream.js';
import type { RecordOutcome } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';

export class RecordOutcomeCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: RecordOutcome,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(RecordOutcomeCommand)
export class RecordOutcomeHandler implements ICommandHandler<RecordOutcomeCommand> {
  constructor(private readonly pipeline: CommandPipeline) {}

  execute({ command, metadata }: RecordOutcomeCommand): Promise<CommandAnswer> {
    return this.pipeline.answer(command.academyId, onAcademyStream(command, metadata));
  }
}
