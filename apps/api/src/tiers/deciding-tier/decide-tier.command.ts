import { Command } from '@nestjs/cqrs';
import type { DecideTier } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { CommandAnswer } from '../../common/commands/command-answer.js';

export class DecideTierCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: DecideTier,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}
