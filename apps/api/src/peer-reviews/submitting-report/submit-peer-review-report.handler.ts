import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { visitActorOf } from '../peer-review-readers.js';
import { VisitCommandRunner } from '../visit-command-runner.js';
import type { EventMetadata } from '@trust/event-store';
import type { AccessGrant } from '../../access/access-grant.js';

export class SubmitPeerReviewReportCommand extends Command<CommandAnswer> {
  constructor(
    readonly ids: { groupId: string; visitId: string },
    readonly request: { headteacherId?: string; summary: string; submittedOn?: string },
    readonly grant: AccessGrant,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(SubmitPeerReviewReportCommand)
export class SubmitPeerReviewReportHandler implements ICommandHandler<SubmitPeerReviewReportCommand> {
  constructor(private readonly visits: VisitCommandRunner) {}

  execute({ ids, request, grant, metadata }: SubmitPeerReviewReportCommand): Promise<CommandAnswer> {
    const actor = visitActorOf(grant, request.headteacherId);
    return this.visits.run(
      ids,
      grant,
      metadata,
      (visit) => ({ type: 'SubmitPeerReviewReport', visitId: ids.visitId, visit, actor, summary: request.summary, submittedOn: request.submittedOn })
    );
  }
}
