import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandPipeline } from '../../common/commands/command-pipeline.js';
import { onAcademyStream } from '../academy-stream.js';
import type { RecordSipVisit } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';

export class RecordSipVisitCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: RecordSipVisit,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(RecordSipVisitCommand)
export class RecordSipVisitHandler implements ICommandHandler<RecordSipVisitCommand> {
  constructor(private readonly pipeline: CommandPipeline) {}

  execute({ command, metadata }: RecordSipVisitCommand): Promise<CommandAnswer> {
    return this.pipeline.answer(command.academyId, onAcademyStream(command, metadata));
  }
}
