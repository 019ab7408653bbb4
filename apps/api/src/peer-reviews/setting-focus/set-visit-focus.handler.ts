import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { visitActorOf } from '../peer-review-readers.js';
import { VisitCommandRunner } from '../visit-command-runner.js';
import { ImprovementPlanLookUps } from '../../common/plans/improvement-plan-look-ups.js';
import type { EventMetadata } from '@trust/event-store';
import type { AccessGrant } from '../../access/access-grant.js';

export class SetVisitFocusCommand extends Command<CommandAnswer> {
  constructor(
    readonly ids: { groupId: string; visitId: string },
    readonly request: { headteacherId?: string; aspects: { aspect: string | null; rag: string; planPriorityId: string | null }[] },
    readonly grant: AccessGrant,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(SetVisitFocusCommand)
export class SetVisitFocusHandler implements ICommandHandler<SetVisitFocusCommand> {
  constructor(
    private readonly visits: VisitCommandRunner,
    private readonly plans: ImprovementPlanLookUps,
  ) {}

  /** The focus names the host's plan priorities: once the visit is found, the host's plan for its academic year is looked up. */
  execute({ ids, request, grant, metadata }: SetVisitFocusCommand): Promise<CommandAnswer> {
    const actor = visitActorOf(grant, request.headteacherId);
    return this.visits.run(ids, grant, metadata, async (visit) => ({
      type: 'SetVisitFocus',
      visitId: ids.visitId,
      visit,
      actor,
      aspects: request.aspects,
      hostPlan: visit === null ? null : await this.plans.of(visit.hostAcademyId, visit.academicYear),
    }));
  }
}
