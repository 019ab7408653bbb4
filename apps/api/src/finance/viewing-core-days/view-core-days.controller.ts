import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../access/allow.decorator.js';
import { AcademyIdParam } from '../../common/http/academy-id.pipe.js';
import { BadRequestBodyDto, ErrorBodyDto } from '../../common/http/error-bodies.js';
import { CoreDaysQueryDto } from '../finance-queries.dto.js';
import { CoreDaysLeftDto } from '../finance.schema.js';
import { ViewCoreDaysQuery, type CoreDaysView } from './view-core-days.handler.js';

@ApiTags('finance')
@Controller('academies')
export class ViewCoreDaysController {
  constructor(private readonly queryBus: QueryBus) {}

  @Allow('core-days.read')
  @Get(':id/core-days')
  @ApiOperation({
    summary: "An academy's core improvement director days of a year: entitled, logged, taken by its AIMs, and left",
    description:
      'Counted as POST /academies/:id/core-days counts them before logging (the AIMs scheduled or held take their days first), so `left` is the most a core day logged now may take. ' +
      'The days logged are read from the event store, the AIMs from their read model (an AIM scheduled in that instant counts moments later).',
  })
  @ApiParam({ name: 'id', description: 'The academy URN.', example: '138201' })
  @ApiOkResponse({ type: CoreDaysLeftDto })
  @ApiBadRequestResponse({ type: BadRequestBodyDto, description: 'The id is not a URN, or academicYear is missing or not YYYY/YY.' })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'Unknown academy.' })
  coreDays(@AcademyIdParam() academyId: string, @Query() query: CoreDaysQueryDto): Promise<CoreDaysView> {
    return this.queryBus.execute(new ViewCoreDaysQuery(academyId, query.academicYear));
  }
}
