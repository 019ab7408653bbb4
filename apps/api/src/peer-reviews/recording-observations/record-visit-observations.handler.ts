import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { visitActorOf } from '../peer-review-readers.js';
import { VisitCommandRunner } from '../visit-command-runner.js';
import type { EventMetadata } from '@trust/event-store';
import type { AccessGrant } from '../../access/access-grant.js';

export class RecordVisitObservationsCommand extends Command<CommandAnswer> {
  constructor(
    readonly ids: { groupId: string; visitId: string },
    readonly request: { headteacherId?: string; observations?: string[]; safeguardingConcerns?: string[] },
    readonly grant: AccessGrant,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

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
