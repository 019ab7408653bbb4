import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { parseAcademicYear } from '@trust/domain';
import { COMPLIANCE_PROJECTION, type ComplianceAnswer } from '@trust/projections';
import { Allow } from '../../access/allow.decorator.js';
import { BadRequestBodyDto, ErrorBodyDto } from '../../common/http/error-bodies.js';
import { ReadModelFreshness } from '../../common/queries/read-model-freshness.js';
import { AcademicYearReadAtQuery } from '../../tiers/tier-queries.js';
import { ComplianceDto } from '../compliance.schema.js';
import { ViewComplianceQuery } from './view-compliance.query.js';

@ApiTags('compliance')
@Controller('compliance')
export class ViewComplianceController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly freshness: ReadModelFreshness,
  ) {}

  @Allow('compliance.read')
  @Get()
  @ApiOperation({
    summary: "What each academy's tier requires in an academic year, and what was held",
    description:
      'Per academy: the tier in force, School Improvement Partner visits and trust-commissioned reviews required by the tier and held, Academy Improvement Meetings held of the 3, ' +
      'core improvement director days used of the 6 (days logged plus the AIMs held), and the support package of the tier. ' +
      'asOf: as the system knew it then. on: as it stood on that date by what is known now: the visits, reviews, AIMs and core days dated by then, the academies joined by then, and the tier only from 1 September of the year.',
  })
  @ApiOkResponse({ type: ComplianceDto })
  @ApiBadRequestResponse({ type: BadRequestBodyDto, description: 'academicYear is missing or not an academic year, minPosition is not a non-negative integer, asOf is not a timestamp or on is not a date.' })
  @ApiServiceUnavailableResponse({ type: ErrorBodyDto, description: 'The read model has not reached minPosition yet (see Retry-After).' })
  async compliance(@Query() query: AcademicYearReadAtQuery): Promise<ComplianceAnswer> {
    const academicYear = parseAcademicYear(query.academicYear, 'academicYear');
    const readAt = await this.freshness.readAt([COMPLIANCE_PROJECTION], query);
    return this.queryBus.execute(new ViewComplianceQuery(academicYear, readAt));
  }
}
