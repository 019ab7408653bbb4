import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { AcademyCommandPipeline } from '../academy-command-pipeline.js';
import { RecordKpiCommand } from './record-kpi.command.js';

@CommandHandler(RecordKpiCommand)
export class RecordKpiHandler implements ICommandHandler<RecordKpiCommand> {
  constructor(private readonly academies: AcademyCommandPipeline) {}

  execute({ command, metadata }: RecordKpiCommand): Promise<CommandAnswer> {
    return this.academies.execute(command, metadata);
  }
}
