import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type pg from 'pg';
import type { Reconciliation } from '@trust/domain';
import { reconcileLedger } from '@trust/projections';
import { PG_POOL } from '../../infrastructure/tokens.js';
import { ReconcileLedgerQuery } from './reconcile-ledger.query.js';

@QueryHandler(ReconcileLedgerQuery)
export class ReconcileLedgerHandler implements IQueryHandler<ReconcileLedgerQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  execute({ academicYear, readAt }: ReconcileLedgerQuery): Promise<Reconciliation> {
    return reconcileLedger(this.pool, academicYear, readAt);
  }
}
