import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandPipeline } from '../../common/commands/command-pipeline.js';
import { onAcademyStream } from '../academy-stream.js';
import type { SetKpiTarget } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';

export class SetKpiTargetCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: SetKpiTarget,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(SetKpiTargetCommand)
export class SetKpiTargetHandler implements ICommandHandler<SetKpiTargetCommand> {
  constructor(private readonly pipeline: CommandPipeline) {}

  execute({ command, metadata }: SetKpiTargetCommand): Promise<CommandAnswer> {
    return this.pipeline.answer(command.academyId, onAcademyStream(command, metadata));
  }
}
