import { Controller, Get, NotFoundException, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProperty, ApiPropertyOptional, ApiTags, IntersectionType } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { parseInstant } from '@trust/domain';
import { Allow } from '../../access/allow.decorator.js';
import { AcademyIdParam } from '../../common/http/academy-id.pipe.js';
import { BadRequestBodyDto, ErrorBodyDto } from '../../common/http/error-bodies.js';
import { IsInstant } from '../../common/http/domain-rules.js';
import type { HttpResponse } from '../../common/http/http-types.js';
import { PageQuery, TOTAL_COUNT_HEADER, TOTAL_COUNT_HEADER_DOC } from '../../common/queries/paging.js';
import { ReadModelQuery } from '../../common/queries/read-model-query.js';
import { AcademyCardDto } from '../academy-card.schema.js';
import { ViewTimelineQuery, type TimelineEntry } from './view-timeline.handler.js';
import { POSITION_PATTERN } from '../../common/http/position-pattern.js';

class TimelineActorDto {
  @ApiProperty({ example: 'jane.director' }) userId!: string;
  @ApiProperty({ example: 'improvement-director' }) role!: string;
}

class TimelineEntryDto {
  @ApiProperty({ example: '1042', pattern: POSITION_PATTERN, description: "The event's global position (find it in GET /audit)." }) position!: string;
  @ApiProperty({ type: 'integer', example: 3, description: "The event's version in the academy's stream, from 0." }) streamVersion!: number;
  @ApiProperty({ example: 'KpiCorrected', description: 'The stored event type name.' }) type!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({ type: TimelineActorDto }) actor!: TimelineActorDto;
  @ApiProperty({ type: 'object', additionalProperties: true, description: "The event's data as stored." }) data!: Record<string, unknown>;
  @ApiProperty({ type: AcademyCardDto, nullable: true, description: 'The card as it stood once this event was applied.' }) card!: AcademyCardDto | null;
}

class TimelineQueryDto extends IntersectionType(ReadModelQuery, PageQuery) {
  @ApiPropertyOptional({ description: 'As recorded: only the events recorded by this instant, each with the card as it then stood.', example: '2025-03-01T09:30:00Z' })
  @IsOptional()
  @IsInstant()
  asOf?: string;
}

@ApiTags('academies')
@Controller('academies')
export class ViewTimelineController {
  constructor(private readonly queryBus: QueryBus) {}

  @Allow('academy-timeline.read')
  @Get(':id/timeline')
  @ApiOperation({
    summary: "An academy's history replayed: each event of its stream with the card as it stood after it",
    description:
      "For governance boards to replay how the card came to be: registration, targets, figures and their corrections, inspections, tiers, each with who recorded it and the card (KPI RAGs included) just after. " +
      "Only the academy's own stream (`academy-<URN>`): events of other streams that concern it, such as recharges, improvement budgets, core days, AIMs and peer review visits, are out of scope and not in it (GET /audit?academyId= lists those). " +
      'Read from the event store, so always current (`minPosition` is accepted and has nothing to wait for). ' +
      '`asOf` replays only the events recorded by then; `limit` and `offset` page through the events (X-Total-Count gives how many there are).',
  })
  @ApiParam({ name: 'id', description: 'The academy URN.', example: '138201' })
  @ApiOkResponse({ type: [TimelineEntryDto], headers: TOTAL_COUNT_HEADER_DOC })
  @ApiBadRequestResponse({ type: BadRequestBodyDto, description: 'The id is not a URN, or minPosition is not a non-negative integer.' })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'Unknown academy.' })
  async timeline(
    @AcademyIdParam() academyId: string,
    @Query() query: TimelineQueryDto,
    @Res({ passthrough: true }) response: HttpResponse,
  ): Promise<TimelineEntry[]> {
    const range = {
      asOf: query.asOf === undefined ? null : parseInstant(query.asOf, 'asOf'),
      offset: query.offset === undefined ? 0 : Number(query.offset),
      limit: query.limit === undefined ? null : Number(query.limit),
    };
    const timeline = await this.queryBus.execute(new ViewTimelineQuery(academyId, range));
    if (timeline === null) {
      throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: `academy ${academyId} is not registered` });
    }
    response.setHeader(TOTAL_COUNT_HEADER, String(timeline.total));
    return timeline.entries;
  }
}
