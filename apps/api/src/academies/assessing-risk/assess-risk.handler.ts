import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandPipeline } from '../../common/commands/command-pipeline.js';
import { onAcademyStream } from '../academy-stream.js';
import { AssessRiskCommand } from './assess-risk.command.js';

@CommandHandler(AssessRiskCommand)
export class AssessRiskHandler implements ICommandHandler<AssessRiskCommand> {
  constructor(private readonly pipeline: CommandPipeline) {}

  execute({ command, metadata }: AssessRiskCommand): Promise<CommandAnswer> {
    return this.pipeline.answer(command.academyId, onAcademyStream(command, metadata));
  }
}
