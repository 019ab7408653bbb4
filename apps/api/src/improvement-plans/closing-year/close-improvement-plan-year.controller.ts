import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import type { EventMetadata } from '@trust/event-store';
import { Allow } from '../../access/allow.decorator.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CommandRoute } from '../../common/commands/command-route.decorator.js';
import { AcademyIdParam } from '../../common/http/academy-id.pipe.js';
import { PlanChangeDay } from '../plan-inputs.dto.js';
import { parsePlanYear, PlanParams, PlanYearParam } from '../plan-params.js';
import { CloseImprovementPlanYearCommand } from './close-improvement-plan-year.handler.js';

export class CloseImprovementPlanYearDto {
  @PlanChangeDay('the year was closed', '2026-07-22')
  closedOn?: string | null;
}

@ApiTags('improvement-plans')
@Controller('academies')
export class CloseImprovementPlanYearController {
  constructor(private readonly commandBus: CommandBus) {}

  @Allow('improvement-plans.close')
  @CommandRoute(':id/improvement-plans/:academicYear/closure', {
    summary: "Close an improvement plan's year: nothing more is added, amended, rated or committed",
    description:
      "The body may be left out, or name the day the year was closed. The answer's `id` is the plan's year as its routes write it. The plan's priorities, actions, ratings and support stay as they stood; " +
      'every later command on it is refused (422). A year is closed once it has begun; closing it twice appends nothing.',
    notFound: 'The academy has no plan for the year.',
    refused: "The academic year had not begun by the day it is closed; that day is before the plan's latest change.",
  })
  @PlanParams()
  @ApiBody({ type: CloseImprovementPlanYearDto, required: false })
  close(
    @AcademyIdParam() academyId: string,
    @PlanYearParam() year: string,
    @Body() body: CloseImprovementPlanYearDto,
    @CommandMetadata() metadata: EventMetadata,
  ): Promise<CommandAnswer> {
    const academicYear = parsePlanYear(year);
    const closedOn = body.closedOn ?? null;
    return this.commandBus.execute(new CloseImprovementPlanYearCommand({ type: 'CloseImprovementPlanYear', academyId, academicYear, closedOn }, metadata));
  }
}
