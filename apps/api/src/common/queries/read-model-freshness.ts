import { Inject, Injectable } from '@nestjs/common';
import type pg from 'pg';
import { waitForCheckpoint } from '@trust/projection-runner';
import { API_SETTINGS, PG_POOL, type ApiSettings } from '../../infrastructure/tokens.js';
import { RetryLaterException } from '../http/retry-later.exception.js';

/** Holds a query until the read models it reads have caught up with the position the client saw. */
@Injectable()
export class ReadModelFreshness {
  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    @Inject(API_SETTINGS) private readonly settings: ApiSettings,
  ) {}

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
