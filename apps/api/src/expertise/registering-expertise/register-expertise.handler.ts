import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { ExpertiseCommandRunner } from '../expertise-command-runner.js';
import { RegisterExpertiseCommand } from './register-expertise.command.js';

@CommandHandler(RegisterExpertiseCommand)
export class RegisterExpertiseHandler implements ICommandHandler<RegisterExpertiseCommand> {
  constructor(private readonly entries: ExpertiseCommandRunner) {}

  execute({ entry, metadata }: RegisterExpertiseCommand): Promise<CommandAnswer> {
    return this.entries.run({ type: 'RegisterExpertise', ...entry }, metadata);
  }
}
