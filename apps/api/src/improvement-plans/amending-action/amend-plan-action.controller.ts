import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { AmendPlanAction } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import { Allow } from '../../access/allow.decorator.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CommandRoute } from '../../common/commands/command-route.decorator.js';
import { AcademyIdParam } from '../../common/http/academy-id.pipe.js';
import { ActionIdParam, parsePlanYear, PlanParams, PlanYearParam, PriorityIdParam } from '../plan-params.js';
import { AmendPlanActionDto } from './amend-plan-action.dto.js';
import { AmendPlanActionCommand } from './amend-plan-action.handler.js';

@ApiTags('improvement-plans')
@Controller('academies')
export class AmendPlanActionController {
  constructor(private readonly commandBus: CommandBus) {}

  @Allow('improvement-plans.amend')
  @CommandRoute(':id/improvement-plans/:academicYear/priorities/:priorityId/actions/:actionId/amendments', {
    summary: 'Amend an action of an improvement plan: its progress, owner, due date or description',
    description: 'The event keeps the action whole, its status among it. An amendment that changes nothing appends nothing.',
    notFound: 'The academy has no plan for the year, or the plan no such priority, or the priority no such action.',
    refused: "The plan's year is closed; `amendedOn` is before the plan's latest change.",
  })
  @PlanParams('priorityId', 'actionId')
  amend(
    @AcademyIdParam() academyId: string,
    @PlanYearParam() year: string,
    @PriorityIdParam() priorityId: string,
    @ActionIdParam() actionId: string,
    @Body() body: AmendPlanActionDto,
    @CommandMetadata() metadata: EventMetadata,
  ): Promise<CommandAnswer> {
    const academicYear = parsePlanYear(year);
    const { description, owner, dueOn, status, amendedOn } = body;
    const command: AmendPlanAction = {
      type: 'AmendPlanAction',
      academyId,
      academicYear,
      priorityId,
      actionId,
      ...(description === undefined ? {} : { description }),
      ...(owner === undefined ? {} : { owner }),
      ...(dueOn === undefined ? {} : { dueOn }),
      ...(status === undefined ? {} : { status }),
      amendedOn: amendedOn ?? null,
    };
    return this.commandBus.execute(new AmendPlanActionCommand(command, metadata));
  }
}
