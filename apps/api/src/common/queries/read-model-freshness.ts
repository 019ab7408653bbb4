import { Inject, Injectable } from '@nestjs/common';
import type pg from 'pg';
import { parseInstant } from '@trust/domain';
import type { EventStore } from '@trust/event-store';
import { waitForCheckpoint } from '@trust/projection-runner';
import { API_SETTINGS, EVENT_STORE, PG_POOL, type ApiSettings } from '../../infrastructure/tokens.js';
import { RetryLaterException } from '../http/retry-later.exception.js';
import type { ReadAt, ReadAtQuery } from './read-at.js';

/** Holds a query until the read models it reads have caught up with the position the client saw. */
@Injectable()
export class ReadModelFreshness {
  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    @Inject(API_SETTINGS) private readonly settings: ApiSettings,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  /**
   * Parses `asOf` and `on` once for every read model: `asOf` becomes the position of the last event
   * recorded at or before it (0 when none was; a future `asOf` reads live), and the query waits, as for
   * minPosition, until the named projections have applied that position, so the answer is the one the
   * live endpoint gave at `asOf`.
   */
  async readAt(projections: readonly string[], query: ReadAtQuery): Promise<ReadAt> {
    await this.ensure(projections, query.minPosition);
    const on = query.on ?? null;
    if (query.asOf === undefined) return { position: null, on };
    const time = parseInstant(query.asOf, 'asOf');
    // recordedAt is stamped by the store's own clock, not the one commands decide with (a test may fix that one).
    if (time.getTime() >= Date.now()) return { position: null, on };
    const position = (await this.store.positionAt(time)) ?? 0n;
    await this.ensure(projections, position.toString());
    return { position, on };
  }

  /** Resolves once every named projection has applied `minPosition` (a validated decimal string); 503 after the wait. */
  async ensure(projections: readonly string[], minPosition: string | undefined): Promise<void> {
    if (minPosition === undefined) return;
    const position = BigInt(minPosition);
    if (position === 0n) return;
    const reached = await waitForCheckpoint(this.pool, projections, position, this.settings.readModelWaitMs);
    if (!reached) {
      throw new RetryLaterException(
        `The read model is still catching up with position ${minPosition}; retry shortly`,
        Math.max(1, Math.ceil(this.settings.readModelWaitMs / 5000)),
      );
    }
  }
}
