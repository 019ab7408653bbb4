import type pg from 'pg';

import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { listLedgerLines, type LedgerFilter } from '@trust/projections';
import { PG_POOL } from '../../infrastructure/tokens.js';
import { academyNamesAt } from '../academy-names.js';
import { linesBetween, nameLedgerLines, type NamedLedgerLine } from '../named-finance.js';
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

@QueryHandler(ViewLedgerQuery)
export class ViewLedgerHandler implements IQueryHandler<ViewLedgerQuery> {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  async execute({ filter, readAt }: ViewLedgerQuery): Promise<NamedLedgerLine[]> {
    const { from, to, ...ledger } = filter;
    const [lines, names] = await Promise.all([listLedgerLines(this.pool, ledger, readAt), academyNamesAt(this.pool, readAt)]);
    return nameLedgerLines(linesBetween(lines, from, to), names);
  }
}
