import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { visitActorOf } from '../peer-review-readers.js';
import { VisitCommandRunner } from '../visit-command-runner.js';
import { RecordVisitObservationsCommand } from './record-visit-observations.command.js';

@CommandHandler(RecordVisitObservationsCommand)
export class RecordVisitObservationsHandler implements ICommandHandler<RecordVisitObservationsCommand> {
  constructor(private readonly visits: VisitCommandRunner) {}

  execute({ ids, request, grant, metadata }: RecordVisitObservationsCommand): Promise<CommandAnswer> {
    const { headteacherId, ...record } = request;
    const actor = visitActorOf(grant, headteacherId);
    return this.visits.run(
      ids,
      grant,
      metadata,
      (visit) => ({ type: 'RecordVisitObservations', visitId: ids.visitId, visit, actor, ...record })
    );
  }
}
