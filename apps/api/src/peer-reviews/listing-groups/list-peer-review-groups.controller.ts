import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { PEER_REVIEWS_PROJECTION } from '@trust/projections';
import { Grant, type AccessGrant } from '../../access/access-grant.js';
import { Allow } from '../../access/allow.decorator.js';
import { IsAcademicYear } from '../../common/http/domain-rules.js';
import { BadRequestBodyDto, ErrorBodyDto } from '../../common/http/error-bodies.js';
import { ReadModelFreshness } from '../../common/queries/read-model-freshness.js';
import { ReadModelQuery } from '../../common/queries/read-model-query.js';
import type { NamedPeerReviewGroup } from '../peer-review-academy-names.js';
import { visibleGroup } from '../peer-review-readers.js';
import { PeerReviewGroupDto } from '../peer-review.schema.js';
import { ListPeerReviewGroupsQuery } from './list-peer-review-groups.handler.js';

export class ListPeerReviewGroupsQueryDto extends ReadModelQuery {
  @ApiPropertyOptional({ description: 'Only the groups of this academic year.', example: '2025/26' })
  @IsOptional()
  @IsAcademicYear()
  academicYear?: string;
}

@ApiTags('peer-reviews')
@Controller('peer-reviews')
export class ListPeerReviewGroupsController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly freshness: ReadModelFreshness,
  ) {}

  @Allow('peer-reviews.read-group')
  @Get()
  @ApiOperation({
    summary: 'The peer review groups the caller may see, each with its members, lead and diary (no visit contents)',
    description:
      'The latest academic year first, then by name. Headteachers and governors get the groups of their own academies only, ' +
      'exactly as GET /peer-reviews/:groupId shows them; the trust-wide roles get every group.',
  })
  @ApiOkResponse({ type: [PeerReviewGroupDto] })
  @ApiBadRequestResponse({ type: BadRequestBodyDto, description: 'academicYear is not an academic year, or minPosition is not a non-negative integer.' })
  @ApiServiceUnavailableResponse({ type: ErrorBodyDto, description: 'The read model has not reached minPosition yet (see Retry-After).' })
  async list(@Query() query: ListPeerReviewGroupsQueryDto, @Grant() grant: AccessGrant): Promise<NamedPeerReviewGroup[]> {
    await this.freshness.ensure([PEER_REVIEWS_PROJECTION], query.minPosition);
    const groups = await this.queryBus.execute(new ListPeerReviewGroupsQuery(query.academicYear));
    return groups.filter((group) => visibleGroup(group, grant) !== null);
  }
}
