import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { rateCardDecider, rateCardStreamId } from '@trust/domain';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { commandAnswerOf, FinanceCommandPipeline } from '../finance-command-pipeline.js';
import { SetRateCardCommand } from './set-rate-card.command.js';

@CommandHandler(SetRateCardCommand)
export class SetRateCardHandler implements ICommandHandler<SetRateCardCommand> {
  constructor(private readonly pipeline: FinanceCommandPipeline) {}

  async execute({ command, metadata }: SetRateCardCommand): Promise<CommandAnswer> {
    const handled = await this.pipeline.execute({
      streamId: rateCardStreamId(command.academicYear),
      decider: rateCardDecider,
      command,
      metadata,
      appends: 'RateCardSet',
      subject: `the ${command.academicYear} rate card`,
    });
    return commandAnswerOf(command.academicYear, handled);
  }
}
