import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type pg from 'pg';
import { reconcileLedger } from '@trust/projections';
import { PG_POOL } from '../../infrastructure/tokens.js';
import { academyNamesAt } from '../academy-names.js';
import { nameReconciliation, type NamedReconciliation } from '../named-finance.js';
import { ReconcileLedgerQuery } from './reconcile-ledger.query.js';

@QueryHandler(ReconcileLedgerQuery)
export class ReconcileLedgerHandler implements IQueryHandler<ReconcileLedgerQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  async execute({ academicYear, readAt }: ReconcileLedgerQuery): Promise<NamedReconciliation> {
    const [reconciliation, names] = await Promise.all([reconcileLedger(this.pool, academicYear, readAt), academyNamesAt(this.pool, readAt)]);
    return nameReconciliation(reconciliation, names);
  }
}
