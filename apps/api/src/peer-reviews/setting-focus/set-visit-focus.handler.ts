import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { visitActorOf } from '../peer-review-readers.js';
import { VisitCommandRunner } from '../visit-command-runner.js';
import { SetVisitFocusCommand } from './set-visit-focus.command.js';

@CommandHandler(SetVisitFocusCommand)
export class SetVisitFocusHandler implements ICommandHandler<SetVisitFocusCommand> {
  constructor(private readonly visits: VisitCommandRunner) {}

  execute({ ids, request, grant, metadata }: SetVisitFocusCommand): Promise<CommandAnswer> {
    const actor = visitActorOf(grant, request.headteacherId);
    return this.visits.run(
      ids,
      grant,
      metadata,
      (visit) => ({ type: 'SetVisitFocus', visitId: ids.visitId, visit, actor, aspects: request.aspects })
    );
  }
}
