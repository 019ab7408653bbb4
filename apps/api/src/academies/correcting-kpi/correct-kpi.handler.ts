import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { AcademyCommandPipeline } from '../academy-command-pipeline.js';
import { CorrectKpiCommand } from './correct-kpi.command.js';

@CommandHandler(CorrectKpiCommand)
export class CorrectKpiHandler implements ICommandHandler<CorrectKpiCommand> {
  constructor(private readonly academies: AcademyCommandPipeline) {}

  execute({ command, metadata }: CorrectKpiCommand): Promise<CommandAnswer> {
    return this.academies.execute(command, metadata);
  }
}
