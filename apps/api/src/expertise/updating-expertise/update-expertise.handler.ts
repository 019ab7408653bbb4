import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { ExpertiseCommandRunner } from '../expertise-command-runner.js';
import { UpdateExpertiseCommand } from './update-expertise.command.js';

@CommandHandler(UpdateExpertiseCommand)
export class UpdateExpertiseHandler implements ICommandHandler<UpdateExpertiseCommand> {
  constructor(private readonly entries: ExpertiseCommandRunner) {}

  execute({ entry, metadata }: UpdateExpertiseCommand): Promise<CommandAnswer> {
    return this.entries.run({ type: 'UpdateExpertise', ...entry }, metadata);
  }
}
