import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { ExpertiseCommandPipeline } from '../expertise-pipeline.js';
import { RegisterExpertiseCommand } from './register-expertise.command.js';

@CommandHandler(RegisterExpertiseCommand)
export class RegisterExpertiseHandler implements ICommandHandler<RegisterExpertiseCommand> {
  constructor(private readonly pipeline: ExpertiseCommandPipeline) {}

  execute({ entry, metadata }: RegisterExpertiseCommand): Promise<CommandAnswer> {
    return this.pipeline.execute({ type: 'RegisterExpertise', ...entry }, metadata);
  }
}
