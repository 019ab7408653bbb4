import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { HistoryChain } from '@trust/event-store';
import { Allow } from '../../access/allow.decorator.js';
import { badRequest } from '../../common/http/bad-request.js';
import { BadRequestBodyDto } from '../../common/http/error-bodies.js';
import { HISTORY_CHAIN } from '../../infrastructure/tokens.js';
import { ChainVerificationDto, VerifyHistoryQueryDto } from './history-proof.schema.js';

/** Recomputes the hash chain over a range of positions and names the first that does not match (the configured store's chain: see HistoryChain). */
@ApiTags('audit')
@Controller('audit')
export class VerifyHistoryController {
  constructor(@Inject(HISTORY_CHAIN) private readonly chain: HistoryChain) {}

  @Allow('audit.read')
  @Get('verify')
  @ApiOperation({
    summary: 'Recompute the hash chain over a range of positions and name the first that does not match',
    description:
      'Reads each event as stored, recomputes its link and compares it with the stored one: an event edited, deleted or inserted outside an append is named at its position. ' +
      'A million events take seconds; the work runs in batches, in bounded memory.',
  })
  @ApiOkResponse({ type: ChainVerificationDto })
  @ApiBadRequestResponse({ type: BadRequestBodyDto, description: '`from` or `to` not a position, or `to` before `from`.' })
  async verify(@Query() query: VerifyHistoryQueryDto): Promise<ChainVerificationDto> {
    const from = query.from === undefined ? undefined : BigInt(query.from);
    const to = query.to === undefined ? undefined : BigInt(query.to);
    if (from !== undefined && to !== undefined && to < from) throw badRequest({ field: 'to', message: 'to must not be before from' });
    return this.chain.verify({ ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) });
  }
}
