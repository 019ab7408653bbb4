import type pg from 'pg';

import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { reconcileLedger } from '@trust/projections';
import { PG_POOL } from '../../infrastructure/tokens.js';
import { academyNamesAt } from '../academy-names.js';
import { nameReconciliation, type NamedReconciliation } from '../named-finance.js';
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

@QueryHandler(ReconcileLedgerQuery)
export class ReconcileLedgerHandler implements IQueryHandler<ReconcileLedgerQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  async execute({ academicYear, readAt }: ReconcileLedgerQuery): Promise<NamedReconciliation> {
    const [reconciliation, names] = await Promise.all([reconcileLedger(this.pool, academicYear, readAt), academyNamesAt(this.pool, readAt)]);
    return nameReconciliation(reconciliation, names);
  }
}
