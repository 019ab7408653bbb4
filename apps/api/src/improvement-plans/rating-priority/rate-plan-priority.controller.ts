import { Body, Controller, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { isoDateOf } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import { Grant, type AccessGrant } from '../../access/access-grant.js';
import { Allow } from '../../access/allow.decorator.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CommandRoute } from '../../common/commands/command-route.decorator.js';
import { AcademyIdParam } from '../../common/http/academy-id.pipe.js';
import { CLOCK, type Clock } from '../../infrastructure/tokens.js';
import { parsePlanYear, PlanParams, PlanYearParam, PriorityIdParam } from '../plan-params.js';
import { RatePlanPriorityDto } from './rate-plan-priority.dto.js';
import { RatePlanPriorityCommand } from './rate-plan-priority.handler.js';

@ApiTags('improvement-plans')
@Controller('academies')
export class RatePlanPriorityController {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Allow('improvement-plans.rate')
  @CommandRoute(':id/improvement-plans/:academicYear/priorities/:priorityId/ratings', {
    summary: 'RAG rate a priority of an improvement plan: on the plan, at an AIM, or by the host a week before a peer review visit',
    description:
      "Every rating is kept, with its day, who gave it (from the token: `sub`, `name`, the role allowed) and where, in the priority's RAG history; the same rating recorded again appends nothing. " +
      "An AIM held or a visit's focus set naming the plan's priorities adds their ratings to the history too.",
    notFound: 'The academy has no plan for the year, or the plan no such priority.',
    refused: "The plan's year is closed; `ratedOn` is outside the plan's academic year; `aimId` is not one of the academy's AIMs.",
  })
  @PlanParams('priorityId')
  rate(
    @AcademyIdParam() academyId: string,
    @PlanYearParam() year: string,
    @PriorityIdParam() priorityId: string,
    @Body() body: RatePlanPriorityDto,
    @CommandMetadata() metadata: EventMetadata,
    @Grant() grant: AccessGrant,
  ): Promise<CommandAnswer> {
    const academicYear = parsePlanYear(year);
    return this.commandBus.execute(
      new RatePlanPriorityCommand(
        {
          type: 'RatePlanPriority',
          academyId,
          academicYear,
          priorityId,
          rating: body.rating,
          ratedOn: body.ratedOn ?? isoDateOf(this.clock()),
          comment: body.comment ?? null,
          source: body.source,
          aimId: body.aimId ?? null,
          visitId: body.visitId ?? null,
          ratedBy: { userId: grant.principal.userId, name: grant.principal.name, role: grant.role },
        },
        metadata,
      ),
    );
  }
}
