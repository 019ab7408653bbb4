import { Command } from '@nestjs/cqrs';
import type { RecordInspection } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { CommandAnswer } from '../../common/commands/command-answer.js';

export class RecordInspectionCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: RecordInspection,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}
