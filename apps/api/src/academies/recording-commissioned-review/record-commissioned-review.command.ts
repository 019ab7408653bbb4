import { Command } from '@nestjs/cqrs';
import type { RecordCommissionedReview } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { CommandAnswer } from '../../common/commands/command-answer.js';

export class RecordCommissionedReviewCommand extends Command<CommandAnswer> {
  constructor(
    readonly command: RecordCommissionedReview,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}
