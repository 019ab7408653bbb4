import { Query } from '@nestjs/cqrs';
import type { LedgerFilter } from '@trust/projections';
import type { NamedLedgerLine } from '../named-finance.js';
import type { ReadAt } from '../../common/queries/read-at.js';

/** The year's ledger lines, of one academy or of the whole trust, in posting order. */
export class ViewLedgerQuery extends Query<NamedLedgerLine[]> {
  constructor(
    readonly filter: LedgerFilter & { from?: string; to?: string },
    readonly readAt: ReadAt,
  ) {
    super();
  }
}
