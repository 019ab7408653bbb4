import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { visitActorOf } from '../peer-review-readers.js';
import { VisitCommandRunner } from '../visit-command-runner.js';
import type { EventMetadata } from '@trust/event-store';
import type { AccessGrant } from '../../access/access-grant.js';

export class RecordVisitCommand extends Command<CommandAnswer> {
  constructor(
    readonly ids: { groupId: string; visitId: string },
    readonly request: { headteacherId?: string; observations?: string[]; feedback: string; actionsForNextAim: string[] },
    readonly grant: AccessGrant,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(RecordVisitCommand)
export class RecordVisitHandler implements ICommandHandler<RecordVisitCommand> {
  constructor(private readonly visits: VisitCommandRunner) {}

  execute({ ids, request, grant, metadata }: RecordVisitCommand): Promise<CommandAnswer> {
    const { headteacherId, ...record } = request;
    const actor = visitActorOf(grant, headteacherId);
    return this.visits.run(ids, grant, metadata, (visit) => ({ type: 'RecordVisit', visitId: ids.visitId, visit, actor, ...record }));
  }
}
