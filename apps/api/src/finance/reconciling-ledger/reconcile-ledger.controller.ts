import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { RECHARGE_LEDGER_PROJECTION } from '@trust/projections';
import { Allow } from '../../access/allow.decorator.js';
import { BadRequestBodyDto, ErrorBodyDto } from '../../common/http/error-bodies.js';
import { ReadModelFreshness } from '../../common/queries/read-model-freshness.js';
import { ReconciliationQueryDto } from '../finance-queries.dto.js';
import { NamedReconciliationDto } from '../finance.schema.js';
import type { NamedReconciliation } from '../named-finance.js';
import { ReconcileLedgerQuery } from './reconcile-ledger.handler.js';

@ApiTags('finance')
@Controller('finance')
export class ReconcileLedgerController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly freshness: ReadModelFreshness,
  ) {}

  @Allow('reconciliation.read')
  @Get('reconciliation')
  @ApiOperation({
    summary: 'Reconcile an academic year: each academy\'s budget against its spend, its income, and the ledger\'s totals',
    description: 'Debits equal credits, and recharges between academies net to zero across the trust, when the ledger is whole.',
  })
  @ApiOkResponse({ type: NamedReconciliationDto })
  @ApiBadRequestResponse({ type: BadRequestBodyDto, description: 'academicYear missing or not YYYY/YY, minPosition not a non-negative integer, asOf not a timestamp or on not a date.' })
  @ApiServiceUnavailableResponse({ type: ErrorBodyDto, description: 'The read model has not reached minPosition yet (see Retry-After).' })
  async reconciliation(@Query() query: ReconciliationQueryDto): Promise<NamedReconciliation> {
    const readAt = await this.freshness.readAt([RECHARGE_LEDGER_PROJECTION], query);
    return this.queryBus.execute(new ReconcileLedgerQuery(query.academicYear, readAt));
  }
}
