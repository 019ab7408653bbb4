import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { AUDIT_TRAIL_PROJECTION, type AuditEventView } from '@trust/projections';
import { Grant, type AccessGrant } from '../../access/access-grant.js';
import { Allow } from '../../access/allow.decorator.js';
import { badRequest } from '../../common/http/bad-request.js';
import { BadRequestBodyDto, ErrorBodyDto } from '../../common/http/error-bodies.js';
import type { HttpRequest, HttpResponse } from '../../common/http/http-types.js';
import { ReadModelFreshness } from '../../common/queries/read-model-freshness.js';
import { AuditQueryDto, DEFAULT_AUDIT_LIMIT, parseTimestamp } from '../audit-query.dto.js';
import { AuditEventDto } from '../audit.schema.js';
import { ViewAuditTrailQuery } from './view-audit-trail.handler.js';

export const NEXT_AFTER_HEADER = 'X-Next-After';

@ApiTags('audit')
@Controller('audit')
export class ViewAuditTrailController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly freshness: ReadModelFreshness,
  ) {}

  @Allow('audit.read')
  @Get()
  @ApiOperation({
    summary: 'The audit trail: every event of every stream, with who made it, when and in answer to what, in position order',
    description:
      'Filters combine (AND). Pages by position: when more events match than `limit`, the answer carries ' +
      '`X-Next-After: <position>` and `Link: <...&after=<position>>; rel="next"`; request that page with `after`. ' +
      'No header: this was the last page. Data is shown as stored (its schema version), never upcast.',
  })
  @ApiOkResponse({
    type: [AuditEventDto],
    headers: {
      [NEXT_AFTER_HEADER]: { description: 'Present when there are more events: pass it as `after` for the next page.', schema: { type: 'string' } },
      Link: { description: 'Present when there are more events: the next page\'s URL, rel="next".', schema: { type: 'string' } },
    },
  })
  @ApiBadRequestResponse({ type: BadRequestBodyDto, description: 'A filter of the wrong form (the message names it), `to` not after `from`, or limit outside 1–1000.' })
  @ApiServiceUnavailableResponse({ type: ErrorBodyDto, description: 'The read model has not reached minPosition yet (see Retry-After).' })
  async audit(
    @Query() query: AuditQueryDto,
    @Grant() grant: AccessGrant,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) response: HttpResponse,
  ): Promise<AuditEventView[]> {
    const from = query.from === undefined ? undefined : parseTimestamp(query.from, 'from');
    const to = query.to === undefined ? undefined : parseTimestamp(query.to, 'to');
    if (from !== undefined && to !== undefined && to <= from) {
      throw badRequest({ field: 'to', message: 'to must be after from' });
    }
    await this.freshness.ensure([AUDIT_TRAIL_PROJECTION], query.minPosition);
    const limit = query.limit === undefined ? DEFAULT_AUDIT_LIMIT : Number(query.limit);
    // One more than the page, to know whether there is a next one.
    const events = await this.queryBus.execute(
      new ViewAuditTrailQuery({
        ...(query.streamId === undefined ? {} : { streamId: query.streamId }),
        ...(query.type === undefined ? {} : { type: query.type }),
        ...(query.actor === undefined ? {} : { actor: query.actor }),
        ...(query.academyId === undefined ? {} : { academyId: query.academyId }),
        ...(from === undefined ? {} : { from }),
        ...(to === undefined ? {} : { to }),
        ...(query.after === undefined ? {} : { after: BigInt(query.after) }),
        limit: limit + 1,
        withholdConfidential: !grant.principal.roles.includes('trust-admin'),
      }),
    );
    if (events.length <= limit) return events;
    const page = events.slice(0, limit);
    const nextAfter = page[page.length - 1]!.position;
    response.setHeader(NEXT_AFTER_HEADER, nextAfter);
    response.setHeader('Link', `<${nextPageUrl(request.originalUrl, nextAfter)}>; rel="next"`);
    return page;
  }
}

/** The same request (path and filters) for the page after `nextAfter`. */
function nextPageUrl(originalUrl: string, nextAfter: string): string {
  const url = new URL(originalUrl, 'http://localhost');
  url.searchParams.set('after', nextAfter);
  return `${url.pathname}?${url.searchParams.toString()}`;
}
