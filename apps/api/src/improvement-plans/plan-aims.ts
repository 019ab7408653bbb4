import { Inject, Injectable } from '@nestjs/common';
import { aimStreamId, domainEventCatalogue, DomainError } from '@trust/domain';
import type { EventStore } from '@trust/event-store';
import { EVENT_STORE } from '../infrastructure/tokens.js';

const AIM_SCHEDULED = domainEventCatalogue.AimScheduled.storedName;

/**
 * The AIMs a plan's commands name (the AIM a priority was added or amended at, a rating given at, the plan
 * confirmed at), checked in the event store (the source of truth, not the aims read model, which may lag): the
 * AIM's first event, AimScheduled, names its academy, and an AIM never changes academy.
 */
@Injectable()
export class PlanAims {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /**
   * Resolves when `aimId` is an AIM of the academy; otherwise 422 naming `aimId`. An AIM never scheduled and
   * another academy's answer alike, so the answer says nothing of another academy's meetings.
   */
  async ensureOf(aimId: string, academyId: string): Promise<void> {
    for await (const first of this.store.readStream(aimStreamId(aimId), { batchSize: 1 })) {
      if (first.type === AIM_SCHEDULED && first.data['academyId'] === academyId) return;
      break;
    }
    throw DomainError.refused(`aimId: academy ${academyId} has no AIM ${aimId}`);
  }
}
