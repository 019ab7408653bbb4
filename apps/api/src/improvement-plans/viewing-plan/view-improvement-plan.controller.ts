import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { ACADEMY_CARD_PROJECTION, IMPROVEMENT_PLANS_PROJECTION, type ImprovementPlanWithImpact } from '@trust/projections';
import { Allow } from '../../access/allow.decorator.js';
import { AcademyIdParam } from '../../common/http/academy-id.pipe.js';
import { BadRequestBodyDto, ErrorBodyDto } from '../../common/http/error-bodies.js';
import { ReadAtQuery } from '../../common/queries/read-at.js';
import { ReadModelFreshness } from '../../common/queries/read-model-freshness.js';
import { ImprovementPlanViewDto } from '../improvement-plans.schema.js';
import { parsePlanYear, PlanParams, PlanYearParam } from '../plan-params.js';
import { ViewImprovementPlanQuery } from './view-improvement-plan.handler.js';

@ApiTags('improvement-plans')
@Controller('academies')
export class ViewImprovementPlanController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly freshness: ReadModelFreshness,
  ) {}

  @Allow('improvement-plans.read')
  @Get(':id/improvement-plans/:academicYear')
  @ApiOperation({
    summary: "An academy's improvement plan for a year: its priorities with their amendments, RAG history, actions and impact, and the support committed with what delivered it",
    description:
      "Each priority as it stands, every amendment with its cause (the AIM it was made at), its RAG history merged from its three sources (rated on the plan, at an AIM whose priorities name it, and by a peer review visit's host in the visit's focus), " +
      "its actions, and its impact: each KPI it targets, term by term of the plan's year, against its target, from the academy card. " +
      'Each support commitment shows what was planned, what delivered it (core days, recharged development days and reviews naming it; a reversed recharge not) and what was not. ' +
      '`asOf`: as the system knew it then. `on`: as it stood that day, by what is known now (or at `asOf`): the versions of each priority and action, the ratings, confirmations, commitments and deliveries dated by then, and the card as it stood then; 404 before the plan was drafted.',
  })
  @PlanParams()
  @ApiOkResponse({ type: ImprovementPlanViewDto })
  @ApiBadRequestResponse({ type: BadRequestBodyDto, description: 'The id is not a URN, the year not YYYY-YY, minPosition not a non-negative integer, asOf not a timestamp or on not a date.' })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'Unknown academy, or no plan for the year (as known at asOf, drafted by on).' })
  @ApiServiceUnavailableResponse({ type: ErrorBodyDto, description: 'The read model has not reached minPosition yet (see Retry-After).' })
  async view(@AcademyIdParam() academyId: string, @PlanYearParam() year: string, @Query() query: ReadAtQuery): Promise<ImprovementPlanWithImpact> {
    const academicYear = parsePlanYear(year);
    const readAt = await this.freshness.readAt([IMPROVEMENT_PLANS_PROJECTION, ACADEMY_CARD_PROJECTION], query);
    return this.queryBus.execute(new ViewImprovementPlanQuery(academyId, academicYear, readAt));
  }
}
