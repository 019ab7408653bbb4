import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { parseAcademicYear } from '@trust/domain';
import { COMPLIANCE_PROJECTION, IMPROVEMENT_PLANS_PROJECTION, type ComplianceAnswer } from '@trust/projections';
import { Allow } from '../../access/allow.decorator.js';
import { BadRequestBodyDto, ErrorBodyDto } from '../../common/http/error-bodies.js';
import { ReadModelFreshness } from '../../common/queries/read-model-freshness.js';
import { URN_PATTERN } from '../../common/http/academy-id.pipe.js';
import { AcademicYearReadAtQuery } from '../../tiers/tier-queries.js';
import { ComplianceDto } from '../compliance.schema.js';
import { ViewComplianceQuery } from './view-compliance.handler.js';

class ComplianceQueryDto extends AcademicYearReadAtQuery {
  @ApiPropertyOptional({ description: "Only this academy's entry (an academy's page); every academy without it.", example: '138201', pattern: '^\\d{6}$' })
  @IsOptional()
  @IsString({ message: 'academyId must be an academy URN of exactly 6 digits' })
  @Matches(URN_PATTERN, { message: 'academyId must be an academy URN of exactly 6 digits' })
  academyId?: string;
}

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
      'core improvement director days used of the 6 (days logged plus the AIMs held), and the support package of the tier; ' +
      "for Tier 2, its bespoke improvement strategy: the priorities of the academy's improvement plan for the year (or no plan); and the support committed in that plan, planned against what delivered it, with what was not delivered. " +
      'academyId narrows the answer to that academy. asOf: as the system knew it then. on: as it stood on that date by what is known now: the visits, reviews, AIMs and core days dated by then, the academies joined by then, and the tier only from 1 September of the year.',
  })
  @ApiOkResponse({ type: ComplianceDto })
  @ApiBadRequestResponse({ type: BadRequestBodyDto, description: 'academicYear is missing or not an academic year, minPosition is not a non-negative integer, asOf is not a timestamp or on is not a date.' })
  @ApiServiceUnavailableResponse({ type: ErrorBodyDto, description: 'The read model has not reached minPosition yet (see Retry-After).' })
  async compliance(@Query() query: ComplianceQueryDto): Promise<ComplianceAnswer> {
    const academicYear = parseAcademicYear(query.academicYear, 'academicYear');
    const readAt = await this.freshness.readAt([COMPLIANCE_PROJECTION, IMPROVEMENT_PLANS_PROJECTION], query);
    return this.queryBus.execute(new ViewComplianceQuery(academicYear, readAt, query.academyId));
  }
}
