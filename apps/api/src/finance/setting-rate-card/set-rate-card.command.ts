import { Command } from '@nestjs/cqrs';
import type { SetRateCard } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { CommandAnswer } from '../../common/commands/command-answer.js';

export class SetRateCardCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: SetRateCard,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}
