import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { visitActorOf } from '../peer-review-readers.js';
import { VisitCommandRunner } from '../visit-command-runner.js';
import { SubmitPeerReviewReportCommand } from './submit-peer-review-report.command.js';

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
