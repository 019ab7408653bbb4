import { Command } from '@nestjs/cqrs';
import type { RecordOutcome } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { CommandAnswer } from '../../common/commands/command-answer.js';

export class RecordOutcomeCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: RecordOutcome,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}
