import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { ExpertiseCommandRunner } from '../expertise-command-runner.js';
import type { ExpertiseEntryInput } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';

export class RegisterExpertiseCommand extends Command<CommandAnswer> {
  constructor(
    readonly entry: ExpertiseEntryInput,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(RegisterExpertiseCommand)
export class RegisterExpertiseHandler implements ICommandHandler<RegisterExpertiseCommand> {
  constructor(private readonly entries: ExpertiseCommandRunner) {}

  execute({ entry, metadata }: RegisterExpertiseCommand): Promise<CommandAnswer> {
    return this.entries.run({ type: 'RegisterExpertise', ...entry }, metadata);
  }
}
