import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { AcademyCommandPipeline } from '../academy-command-pipeline.js';
import { RecordSipVisitCommand } from './record-sip-visit.command.js';

@CommandHandler(RecordSipVisitCommand)
export class RecordSipVisitHandler implements ICommandHandler<RecordSipVisitCommand> {
  constructor(private readonly academies: AcademyCommandPipeline) {}

  execute({ command, metadata }: RecordSipVisitCommand): Promise<CommandAnswer> {
    return this.academies.execute(command, metadata);
  }
}
