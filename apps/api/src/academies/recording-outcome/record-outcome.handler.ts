import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { AcademyCommandPipeline } from '../academy-command-pipeline.js';
import { RecordOutcomeCommand } from './record-outcome.command.js';

@CommandHandler(RecordOutcomeCommand)
export class RecordOutcomeHandler implements ICommandHandler<RecordOutcomeCommand> {
  constructor(private readonly academies: AcademyCommandPipeline) {}

  execute({ command, metadata }: RecordOutcomeCommand): Promise<CommandAnswer> {
    return this.academies.execute(command, metadata);
  }
}
