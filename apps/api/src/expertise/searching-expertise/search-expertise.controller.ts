import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { EXPERTISE_AREAS, MAX_LABEL_LENGTH, MAX_NAME_LENGTH, SUPPORT_ROLES } from '@trust/domain';
import { EXPERTISE_DIRECTORY_PROJECTION, type ExpertiseMatchView } from '@trust/projections';
import { Allow } from '../../access/allow.decorator.js';
import { URN_PATTERN } from '../../common/http/academy-id.pipe.js';
import { BadRequestBodyDto, ErrorBodyDto } from '../../common/http/error-bodies.js';
import { maxLengthMessage } from '../../common/http/field-messages.js';
import { ReadModelFreshness } from '../../common/queries/read-model-freshness.js';
import { ReadModelQuery } from '../../common/queries/read-model-query.js';
import { SearchExpertiseQuery } from './search-expertise.handler.js';

export class SearchExpertiseQueryDto extends ReadModelQuery {
  @ApiProperty({ description: `A known area (${EXPERTISE_AREAS.join(', ')}), or any text, matched against other areas.`, example: 'phonics' })
  @IsString({ message: 'area must be a string' })
  @Matches(/\S/, { message: 'area must not be empty' })
  @MaxLength(MAX_LABEL_LENGTH, { message: maxLengthMessage('area', MAX_LABEL_LENGTH) })
  area!: string;

  @ApiPropertyOptional({ description: 'The academy to be supported: its own staff are not offered to it.', example: '146034' })
  @IsOptional()
  @Matches(URN_PATTERN, { message: 'excludeAcademyId must be an academy URN of exactly 6 digits' })
  excludeAcademyId?: string;

  @ApiPropertyOptional({ description: "The supported academy's hub: staff of the same hub are offered first.", example: 'North' })
  @IsOptional()
  @IsString({ message: 'hub must be a string' })
  @IsNotEmpty({ message: 'hub must not be empty' })
  @MaxLength(MAX_NAME_LENGTH, { message: maxLengthMessage('hub', MAX_NAME_LENGTH) })
  hub?: string;
}

class ExpertiseMatchDto {
  @ApiProperty({ example: 'priya-shah' }) staffId!: string;
  @ApiProperty({ example: 'Priya Shah' }) name!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The employing academy; null for central staff.', example: '147851' }) academyId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'North' }) hub!: string | null;
  @ApiProperty({ enum: SUPPORT_ROLES }) role!: string;
  @ApiProperty({ type: [String], enum: EXPERTISE_AREAS }) areas!: string[];
  @ApiProperty({ type: [String] }) otherAreas!: string[];
  @ApiProperty({ description: 'Of the hub searched for.' }) sameHub!: boolean;
  @ApiProperty({ enum: ['area', 'other-area'], description: '`area`: listed under it; `other-area`: one of their other areas mentions it.' }) matchedOn!: string;
}

@ApiTags('expertise')
@Controller('expertise')
export class SearchExpertiseController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly freshness: ReadModelFreshness,
  ) {}

  @Allow('expertise.search')
  @Get()
  @ApiOperation({
    summary: 'Search the database of expertise by area, to broker support',
    description:
      "Listed staff (not withdrawn) with the area, or whose other areas mention the text (case, hyphens and spaces ignored); the supported academy's own staff left out. " +
      "Ranked: staff of the given hub first, then those listed under the area, then by name.",
  })
  @ApiOkResponse({ type: [ExpertiseMatchDto] })
  @ApiBadRequestResponse({ type: BadRequestBodyDto, description: 'area missing, empty or too long, excludeAcademyId not a URN, or minPosition not a non-negative integer.' })
  @ApiServiceUnavailableResponse({ type: ErrorBodyDto, description: 'The read model has not reached minPosition yet (see Retry-After).' })
  async search(@Query() query: SearchExpertiseQueryDto): Promise<ExpertiseMatchView[]> {
    await this.freshness.ensure([EXPERTISE_DIRECTORY_PROJECTION], query.minPosition);
    return this.queryBus.execute(new SearchExpertiseQuery({ area: query.area, excludeAcademyId: query.excludeAcademyId ?? null, hub: query.hub ?? null }));
  }
}
