import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { ExpertiseCommandRunner } from '../expertise-command-runner.js';
import type { EventMetadata } from '@trust/event-store';

export class WithdrawExpertiseCommand extends Command<CommandAnswer> {
  constructor(
    readonly staffId: string,
    readonly reason: string | null,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(WithdrawExpertiseCommand)
export class WithdrawExpertiseHandler implements ICommandHandler<WithdrawExpertiseCommand> {
  constructor(private readonly entries: ExpertiseCommandRunner) {}

  execute({ staffId, reason, metadata }: WithdrawExpertiseCommand): Promise<CommandAnswer> {
    return this.entries.run({ type: 'WithdrawExpertise', staffId, reason }, metadata);
  }
}
