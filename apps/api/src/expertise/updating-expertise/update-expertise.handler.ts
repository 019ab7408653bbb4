import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { ExpertiseCommandPipeline } from '../expertise-pipeline.js';
import { UpdateExpertiseCommand } from './update-expertise.command.js';

@CommandHandler(UpdateExpertiseCommand)
export class UpdateExpertiseHandler implements ICommandHandler<UpdateExpertiseCommand> {
  constructor(private readonly pipeline: ExpertiseCommandPipeline) {}

  execute({ entry, metadata }: UpdateExpertiseCommand): Promise<CommandAnswer> {
    return this.pipeline.execute({ type: 'UpdateExpertise', ...entry }, metadata);
  }
}
