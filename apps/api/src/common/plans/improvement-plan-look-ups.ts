import { Inject, Injectable } from '@nestjs/common';
import {
  ACADEMIC_YEAR_PATTERN,
  domainEventCodec,
  improvementPlanDecider,
  improvementPlanLookUp,
  improvementPlanStreamId,
  type ImprovementPlanEvent,
  type ImprovementPlanLookUp,
} from '@trust/domain';
import type { EventStore } from '@trust/event-store';
import { EVENT_STORE } from '../../infrastructure/tokens.js';

const ACADEMIC_YEAR = new RegExp(ACADEMIC_YEAR_PATTERN);

/**
 * An academy's improvement plan for an academic year, folded from its stream in the event store (the source
 * of truth, not the improvement-plans read model, which may lag): the look-up the AIM, peer review visit and
 * delivery commands carry, as a recharge carries its rate card. A priority or commitment removed between the
 * look-up and the append cannot be: a plan only ever gains them.
 */
@Injectable()
export class ImprovementPlanLookUps {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async of(academyId: string, academicYear: string): Promise<ImprovementPlanLookUp> {
    let state = improvementPlanDecider.initialState();
    for await (const recorded of this.store.readStream(improvementPlanStreamId(academyId, academicYear))) {
      state = improvementPlanDecider.evolve(state, domainEventCodec.decode(recorded) as ImprovementPlanEvent);
    }
    return improvementPlanLookUp(state, academyId, academicYear);
  }

  /**
   * What a delivery's command (a core day, a recharge, a commissioned review) carries: the plan, looked up only
   * when it names a support commitment and its year is a year (otherwise the decider refuses the year first).
   */
  async forCommitment(commitmentId: string | null | undefined, academyId: string, academicYear: string): Promise<{ plan?: ImprovementPlanLookUp }> {
    if (commitmentId === undefined || commitmentId === null || !ACADEMIC_YEAR.test(academicYear)) return {};
    return { plan: await this.of(academyId, academicYear) };
  }
}
