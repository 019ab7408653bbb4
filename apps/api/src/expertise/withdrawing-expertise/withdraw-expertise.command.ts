import { Command } from '@nestjs/cqrs';
import type { EventMetadata } from '@trust/event-store';
import type { CommandAnswer } from '../../common/commands/command-answer.js';

export class WithdrawExpertiseCommand extends Command<CommandAnswer> {
  constructor(
    readonly staffId: string,
    readonly reason: string | null,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}
