import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandPipeline } from '../../common/commands/command-pipeline.js';
import { onAcademyStream } from '../academy-stream.js';
import type { RegisterAcademy } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';

export class RegisterAcademyCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: RegisterAcademy,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(RegisterAcademyCommand)
export class RegisterAcademyHandler implements ICommandHandler<RegisterAcademyCommand> {
  constructor(private readonly pipeline: CommandPipeline) {}

  execute({ command, metadata }: RegisterAcademyCommand): Promise<CommandAnswer> {
    return this.pipeline.answer(command.academyId, onAcademyStream(command, metadata));
  }
}
