import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { rateCardDecider, rateCardStreamId, type SetRateCard } from '@trust/domain';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { commandAnswerOf, CommandPipeline } from '../../common/commands/command-pipeline.js';
import type { EventMetadata } from '@trust/event-store';

export class SetRateCardCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: SetRateCard,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(SetRateCardCommand)
export class SetRateCardHandler implements ICommandHandler<SetRateCardCommand> {
  constructor(private readonly pipeline: CommandPipeline) {}

  async execute({ command, metadata }: SetRateCardCommand): Promise<CommandAnswer> {
    const handled = await this.pipeline.run({
      streamId: rateCardStreamId(command.academicYear),
      decider: rateCardDecider,
      command,
      metadata,
      subject: `the ${command.academicYear} rate card`,
    });
    return commandAnswerOf(command.academicYear, handled);
  }
}
