import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { readDeploymentId } from '@trust/database';
import { signChainHead, type HistoryChain } from '@trust/event-store';
import type { Pool } from 'pg';
import { Allow } from '../../access/allow.decorator.js';
import { CLOCK, HISTORY_CHAIN, PG_POOL, type Clock } from '../../infrastructure/tokens.js';
import { ChainDigestDto } from './history-proof.schema.js';

/** The hash chain's head, signed by the deployment: what a trust keeps to prove later that its history was not altered. */
@ApiTags('audit')
@Controller('audit')
export class HistoryDigestController {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(HISTORY_CHAIN) private readonly chain: HistoryChain,
  ) {}

  @Allow('audit.read')
  @Get('digest')
  @ApiOperation({
    summary: "The hash chain's head, signed by the deployment: keep it, to prove later that nothing up to it was altered",
    description:
      'Every stored event is linked to the one before it by SHA-256 (its link covers the event as stored, and the link before). ' +
      "The digest is the head's position and link, signed with the deployment's Ed25519 key. `npm run cli -- verify --digest <file>` checks a kept digest against the history.",
  })
  @ApiOkResponse({ type: ChainDigestDto })
  async digest(): Promise<ChainDigestDto> {
    return signChainHead(this.pool, await readDeploymentId(this.pool), this.clock(), this.chain);
  }
}
