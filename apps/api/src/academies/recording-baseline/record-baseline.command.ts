import { Command } from '@nestjs/cqrs';
import type { RecordBaseline } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { CommandAnswer } from '../../common/commands/command-answer.js';

export class RecordBaselineCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: RecordBaseline,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}
