import { Controller, Get, NotFoundException, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../access/allow.decorator.js';
import { AcademyIdParam } from '../../common/http/academy-id.pipe.js';
import { BadRequestBodyDto, ErrorBodyDto } from '../../common/http/error-bodies.js';
import { ReadModelQuery } from '../../common/queries/read-model-query.js';
import { AcademyCardDto } from '../academy-card.schema.js';
import { ViewTimelineQuery, type TimelineEntry } from './view-timeline.query.js';
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
      'Read from the event store, so always current (`minPosition` is accepted and has nothing to wait for).',
  })
  @ApiParam({ name: 'id', description: 'The academy URN.', example: '138201' })
  @ApiOkResponse({ type: [TimelineEntryDto] })
  @ApiBadRequestResponse({ type: BadRequestBodyDto, description: 'The id is not a URN, or minPosition is not a non-negative integer.' })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'Unknown academy.' })
  async timeline(@AcademyIdParam() academyId: string, @Query() _query: ReadModelQuery): Promise<TimelineEntry[]> {
    const timeline = await this.queryBus.execute(new ViewTimelineQuery(academyId));
    if (timeline === null) {
      throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: `academy ${academyId} is not registered` });
    }
    return timeline;
  }
}
