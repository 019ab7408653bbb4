import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { AcademyCommandPipeline } from '../academy-command-pipeline.js';
import { RecordInspectionCommand } from './record-inspection.command.js';

@CommandHandler(RecordInspectionCommand)
export class RecordInspectionHandler implements ICommandHandler<RecordInspectionCommand> {
  constructor(private readonly academies: AcademyCommandPipeline) {}

  execute({ command, metadata }: RecordInspectionCommand): Promise<CommandAnswer> {
    return this.academies.execute(command, metadata);
  }
}
