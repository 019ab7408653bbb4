import { Query } from '@nestjs/cqrs';
import type { LedgerFilter, LedgerLineView } from '@trust/projections';
import type { ReadAt } from '../../common/queries/read-at.js';

/** The year's ledger lines, of one academy or of the whole trust, in posting order. */
export class ViewLedgerQuery extends Query<LedgerLineView[]> {
  constructor(
    readonly filter: LedgerFilter,
    readonly readAt: ReadAt,
  ) {
    super();
  }
}
