import { Command } from '@nestjs/cqrs';
import type { RecordSipVisit } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { CommandAnswer } from '../../common/commands/command-answer.js';

export class RecordSipVisitCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: RecordSipVisit,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}
