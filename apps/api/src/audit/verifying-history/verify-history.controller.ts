import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { readDeploymentId } from '@trust/database';
import { signChainHead, verifyHashChain } from '@trust/event-store';
import type { Pool } from 'pg';
import { Allow } from '../../access/allow.decorator.js';
import { badRequest } from '../../common/http/bad-request.js';
import { BadRequestBodyDto } from '../../common/http/error-bodies.js';
import { CLOCK, PG_POOL, type Clock } from '../../infrastructure/tokens.js';
import { ChainDigestDto, ChainVerificationDto, VerifyHistoryQueryDto } from './history-proof.schema.js';

/** The proof that the history was not altered: the hash chain's signed head, and its verification. */
@ApiTags('audit')
@Controller('audit')
export class VerifyHistoryController {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(CLOCK) private readonly clock: Clock,
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
    return signChainHead(this.pool, await readDeploymentId(this.pool), this.clock());
  }

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
    return verifyHashChain(this.pool, { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) });
  }
}
