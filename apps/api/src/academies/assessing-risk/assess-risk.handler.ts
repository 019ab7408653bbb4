import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { AcademyCommandPipeline } from '../academy-command-pipeline.js';
import { AssessRiskCommand } from './assess-risk.command.js';

@CommandHandler(AssessRiskCommand)
export class AssessRiskHandler implements ICommandHandler<AssessRiskCommand> {
  constructor(private readonly academies: AcademyCommandPipeline) {}

  execute({ command, metadata }: AssessRiskCommand): Promise<CommandAnswer> {
    return this.academies.execute(command, metadata);
  }
}
