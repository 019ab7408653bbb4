import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { visitActorOf } from '../peer-review-readers.js';
import { VisitCommandRunner } from '../visit-command-runner.js';
import { RecordVisitCommand } from './record-visit.command.js';

@CommandHandler(RecordVisitCommand)
export class RecordVisitHandler implements ICommandHandler<RecordVisitCommand> {
  constructor(private readonly visits: VisitCommandRunner) {}

  execute({ ids, request, grant, metadata }: RecordVisitCommand): Promise<CommandAnswer> {
    const { headteacherId, ...record } = request;
    const actor = visitActorOf(grant, headteacherId);
    return this.visits.run(ids, grant, metadata, (visit) => ({ type: 'RecordVisit', visitId: ids.visitId, visit, actor, ...record }));
  }
}
