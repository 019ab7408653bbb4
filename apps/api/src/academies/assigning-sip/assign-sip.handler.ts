import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { AcademyCommandPipeline } from '../academy-command-pipeline.js';
import { AssignSipCommand } from './assign-sip.command.js';

@CommandHandler(AssignSipCommand)
export class AssignSipHandler implements ICommandHandler<AssignSipCommand> {
  constructor(private readonly academies: AcademyCommandPipeline) {}

  execute({ command, metadata }: AssignSipCommand): Promise<CommandAnswer> {
    return this.academies.execute(command, metadata);
  }
}
