import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { parseRecordId, peerReviewGroupDecider, peerReviewGroupStreamId, type ScheduleReviewVisit } from '@trust/domain';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { recordIdFor } from '../../common/ids/record-ids.js';
import { CommandPipeline } from '../../common/commands/command-pipeline.js';
import type { EventMetadata } from '@trust/event-store';

export type ReviewVisitRequest = Omit<ScheduleReviewVisit, 'type' | 'visitId'>;

export class ScheduleReviewVisitCommand extends Command<CommandAnswer> {
  constructor(
    readonly request: ReviewVisitRequest,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(ScheduleReviewVisitCommand)
export class ScheduleReviewVisitHandler implements ICommandHandler<ScheduleReviewVisitCommand> {
  constructor(private readonly pipeline: CommandPipeline) {}

  execute({ request, metadata }: ScheduleReviewVisitCommand): Promise<CommandAnswer> {
    const groupId = parseRecordId(request.groupId, 'groupId');
    const visitId = recordIdFor('peer-review', metadata, `visit:${groupId}`);
    return this.pipeline.answer(visitId, {
      streamId: peerReviewGroupStreamId(groupId),
      decider: peerReviewGroupDecider,
      command: { type: 'ScheduleReviewVisit', visitId, ...request },
      metadata,
    });
  }
}
