import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandPipeline } from '../../common/commands/command-pipeline.js';
import { onAcademyStream } from '../academy-stream.js';
import type { CorrectKpi } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';

export class CorrectKpiCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: CorrectKpi,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(CorrectKpiCommand)
export class CorrectKpiHandler implements ICommandHandler<CorrectKpiCommand> {
  constructor(private readonly pipeline: CommandPipeline) {}

  execute({ command, metadata }: CorrectKpiCommand): Promise<CommandAnswer> {
    return this.pipeline.answer(command.academyId, onAcademyStream(command, metadata));
  }
}
