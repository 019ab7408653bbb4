import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandPipeline } from '../../common/commands/command-pipeline.js';
import { onAcademyStream } from '../academy-stream.js';
import type { AssessRisk } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';

export class AssessRiskCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: AssessRisk,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(AssessRiskCommand)
export class AssessRiskHandler implements ICommandHandler<AssessRiskCommand> {
  constructor(private readonly pipeline: CommandPipeline) {}

  execute({ command, metadata }: AssessRiskCommand): Promise<CommandAnswer> {
    return this.pipeline.answer(command.academyId, onAcademyStream(command, metadata));
  }
}
