import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { ExpertiseCommandPipeline } from '../expertise-pipeline.js';
import { WithdrawExpertiseCommand } from './withdraw-expertise.command.js';

@CommandHandler(WithdrawExpertiseCommand)
export class WithdrawExpertiseHandler implements ICommandHandler<WithdrawExpertiseCommand> {
  constructor(private readonly pipeline: ExpertiseCommandPipeline) {}

  execute({ staffId, reason, metadata }: WithdrawExpertiseCommand): Promise<CommandAnswer> {
    return this.pipeline.execute({ type: 'WithdrawExpertise', staffId, reason }, metadata);
  }
}
