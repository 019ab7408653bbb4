import { Inject, Injectable } from '@nestjs/common';
import { academyStreamId, domainEventCatalogue, DomainError } from '@trust/domain';
import type { EventStore } from '@trust/event-store';
import { EVENT_STORE } from '../../infrastructure/tokens.js';

const ACADEMY_REGISTERED = domainEventCatalogue.AcademyRegistered.storedName;

/**
 * Whether academies are registered, from their streams in the event store (the source of truth, not
 * a read model that may lag). An academy is never unregistered, so a check made before appending to
 * another stream stays true.
 */
@Injectable()
export class RegisteredAcademies {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** Resolves when every academy is registered; otherwise a 404 naming the first that is not. */
  async ensure(academyIds: readonly string[]): Promise<void> {
    for (const academyId of new Set(academyIds)) {
      if (!(await this.isRegistered(academyId))) throw DomainError.notFound(`academy ${academyId} is not registered`);
    }
  }

  private async isRegistered(academyId: string): Promise<boolean> {
    // Registration is the first event of every academy stream: the academy decider accepts nothing before it.
    for await (const first of this.store.readStream(academyStreamId(academyId), { batchSize: 1 })) {
      return first.type === ACADEMY_REGISTERED;
    }
    return false;
  }
}
