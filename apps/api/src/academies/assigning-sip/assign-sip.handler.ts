import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandPipeline } from '../../common/commands/command-pipeline.js';
import { onAcademyStream } from '../academy-stream.js';
import type { AssignSip } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';

export class AssignSipCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: AssignSip,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(AssignSipCommand)
export class AssignSipHandler implements ICommandHandler<AssignSipCommand> {
  constructor(private readonly pipeline: CommandPipeline) {}

  execute({ command, metadata }: AssignSipCommand): Promise<CommandAnswer> {
    return this.pipeline.answer(command.academyId, onAcademyStream(command, metadata));
  }
}
