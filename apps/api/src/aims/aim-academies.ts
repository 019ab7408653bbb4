import { Inject, Injectable } from '@nestjs/common';
import { aimDecider, aimStreamId, domainEventCatalogue, domainEventCodec, type AimEvent } from '@trust/domain';
import type { EventStore } from '@trust/event-store';
import { EVENT_STORE } from '../infrastructure/tokens.js';
import { aimNotFound } from './aim-scope.js';

const AIM_SCHEDULED = domainEventCatalogue.AimScheduled.storedName;

/**
 * The academy an AIM belongs to, from its stream (the source of truth, not a read model that may lag):
 * its first event, AimScheduled, names it, and an AIM never changes academy.
 */
@Injectable()
export class AimAcademies {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** The AIM's academy; a 404 when it was never scheduled. */
  async academyOf(aimId: string): Promise<string> {
    for await (const first of this.store.readStream(aimStreamId(aimId), { batchSize: 1 })) {
      const academyId = first.type === AIM_SCHEDULED ? first.data['academyId'] : undefined;
      if (typeof academyId === 'string') return academyId;
      break;
    }
    throw aimNotFound(aimId);
  }

  /** The AIM's academy and its academic year as it stands (a reschedule may move it to another year); a 404 when it was never scheduled. */
  async placeOf(aimId: string): Promise<{ academyId: string; academicYear: string }> {
    let state = aimDecider.initialState();
    for await (const recorded of this.store.readStream(aimStreamId(aimId))) {
      state = aimDecider.evolve(state, domainEventCodec.decode(recorded) as AimEvent);
    }
    if (state.status === 'not-scheduled') throw aimNotFound(aimId);
    return { academyId: state.academyId, academicYear: state.academicYear };
  }
}
