import { Controller, Get, NotFoundException, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { parseAcademicYear } from '@trust/domain';
import { Allow } from '../../access/allow.decorator.js';
import { AcademyIdParam } from '../../common/http/academy-id.pipe.js';
import { BadRequestBodyDto, ErrorBodyDto } from '../../common/http/error-bodies.js';
import { TierRecommendationQuery } from '../tier-queries.js';
import { TierRecommendationDto } from '../tier-schemas.js';
import { ViewTierRecommendationQuery, type TierRecommendationView } from './view-tier-recommendation.handler.js';

@ApiTags('tiers')
@Controller('academies')
export class ViewTierRecommendationController {
  constructor(private readonly queryBus: QueryBus) {}

  @Allow('tier-recommendation.read')
  @Get(':id/tier-recommendation')
  @ApiOperation({
    summary: "What the tier criteria recommend for an academy's academic year, on the evidence recorded so far",
    description:
      'Tier 3 if any Tier 3 descriptor is present (two consecutive negative years, latest inspection below Good, no capacity to improve, high risk), even while other evidence is missing; ' +
      'otherwise Tier 2 (negative latest year, medium risk) or Tier 1, once no evidence is missing; otherwise no tier, listing what is missing. ' +
      'With `decidedOn`, what a decision made on that day would read (the evidence in effect by then). ' +
      'Read from the event store, so always current (`minPosition` is accepted and has nothing to wait for).',
  })
  @ApiParam({ name: 'id', description: 'The academy URN.', example: '138201' })
  @ApiOkResponse({ type: TierRecommendationDto })
  @ApiBadRequestResponse({ type: BadRequestBodyDto, description: 'The id is not a URN, academicYear is missing or not an academic year, or decidedOn is not a date.' })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'Unknown academy.' })
  async recommendation(@AcademyIdParam() academyId: string, @Query() query: TierRecommendationQuery): Promise<TierRecommendationView> {
    const academicYear = parseAcademicYear(query.academicYear, 'academicYear');
    const recommendation = await this.queryBus.execute(new ViewTierRecommendationQuery(academyId, academicYear, query.decidedOn ?? null));
    if (recommendation === null) {
      throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: `academy ${academyId} is not registered` });
    }
    return recommendation;
  }
}
