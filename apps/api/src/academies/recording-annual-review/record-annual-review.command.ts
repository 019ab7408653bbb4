import { Command } from '@nestjs/cqrs';
import type { RecordAnnualReview } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { CommandAnswer } from '../../common/commands/command-answer.js';

export class RecordAnnualReviewCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: RecordAnnualReview,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}
