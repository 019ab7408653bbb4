import { Command } from '@nestjs/cqrs';
import type { ScheduleReviewVisit } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { CommandAnswer } from '../../common/commands/command-answer.js';

export type ReviewVisitRequest = Omit<ScheduleReviewVisit, 'type' | 'visitId'>;

export class ScheduleReviewVisitCommand extends Command<CommandAnswer> {
  constructor(
    readonly request: ReviewVisitRequest,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}
