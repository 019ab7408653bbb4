import { Query } from '@nestjs/cqrs';
import type { NamedReconciliation } from '../named-finance.js';
import type { ReadAt } from '../../common/queries/read-at.js';

/** Budgets against spend for every academy in one academic year, and the ledger's totals. */
export class ReconcileLedgerQuery extends Query<NamedReconciliation> {
  constructor(
    readonly academicYear: string,
    readonly readAt: ReadAt,
  ) {
    super();
  }
}
