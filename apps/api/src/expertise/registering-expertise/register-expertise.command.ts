import { Command } from '@nestjs/cqrs';
import type { ExpertiseEntryInput } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { CommandAnswer } from '../../common/commands/command-answer.js';

export class RegisterExpertiseCommand extends Command<CommandAnswer> {
  constructor(
    readonly entry: ExpertiseEntryInput,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}
