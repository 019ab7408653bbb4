import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type pg from 'pg';
import { listLedgerLines } from '@trust/projections';
import { PG_POOL } from '../../infrastructure/tokens.js';
import { academyNamesAt } from '../academy-names.js';
import { linesBetween, nameLedgerLines, type NamedLedgerLine } from '../named-finance.js';
import { ViewLedgerQuery } from './view-ledger.query.js';

@QueryHandler(ViewLedgerQuery)
export class ViewLedgerHandler implements IQueryHandler<ViewLedgerQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  async execute({ filter, readAt }: ViewLedgerQuery): Promise<NamedLedgerLine[]> {
    const { from, to, ...ledger } = filter;
    const [lines, names] = await Promise.all([listLedgerLines(this.pool, ledger, readAt), academyNamesAt(this.pool, readAt)]);
    return nameLedgerLines(linesBetween(lines, from, to), names);
  }
}
