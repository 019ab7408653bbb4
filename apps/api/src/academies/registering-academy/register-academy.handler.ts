import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { AcademyCommandPipeline } from '../academy-command-pipeline.js';
import { RegisterAcademyCommand } from './register-academy.command.js';

@CommandHandler(RegisterAcademyCommand)
export class RegisterAcademyHandler implements ICommandHandler<RegisterAcademyCommand> {
  constructor(private readonly academies: AcademyCommandPipeline) {}

  execute({ command, metadata }: RegisterAcademyCommand): Promise<CommandAnswer> {
    return this.academies.execute(command, metadata);
  }
}
