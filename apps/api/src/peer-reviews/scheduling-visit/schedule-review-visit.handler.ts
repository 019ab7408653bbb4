import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { parseRecordId, peerReviewGroupDecider, peerReviewGroupStreamId } from '@trust/domain';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { recordIdFor } from '../../common/ids/record-ids.js';
import { CommandPipeline } from '../../common/commands/command-pipeline.js';
import { ScheduleReviewVisitCommand } from './schedule-review-visit.command.js';

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
