import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type pg from 'pg';
import { listLedgerLines, type LedgerLineView } from '@trust/projections';
import { PG_POOL } from '../../infrastructure/tokens.js';
import { ViewLedgerQuery } from './view-ledger.query.js';

@QueryHandler(ViewLedgerQuery)
export class ViewLedgerHandler implements IQueryHandler<ViewLedgerQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  execute({ filter, readAt }: ViewLedgerQuery): Promise<LedgerLineView[]> {
    return listLedgerLines(this.pool, filter, readAt);
  }
}
