import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { EventMetadata } from '@trust/event-store';
import { Allow } from '../../access/allow.decorator.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CommandRoute } from '../../common/commands/command-route.decorator.js';
import { AcademyIdParam } from '../../common/http/academy-id.pipe.js';
import { recordIdFor } from '../../common/ids/record-ids.js';
import { parsePlanYear, PlanParams, PlanYearParam, PriorityIdParam } from '../plan-params.js';
import { AddPlanActionDto } from './add-plan-action.dto.js';
import { AddPlanActionCommand } from './add-plan-action.handler.js';

@ApiTags('improvement-plans')
@Controller('academies')
export class AddPlanActionController {
  constructor(private readonly commandBus: CommandBus) {}

  @Allow('improvement-plans.amend')
  @CommandRoute(':id/improvement-plans/:academicYear/priorities/:priorityId/actions', {
    summary: 'Add an action toward a priority of an improvement plan: what is to be done, its one owner and the day it is due',
    description:
      "The answer's `id` is the new action's: chosen by the server, and derived from the Idempotency-Key when one is sent, so a retry never adds it twice. It starts not started.",
    notFound: 'The academy has no plan for the year, or the plan no such priority.',
    refused: "The plan's year is closed; `addedOn` is before the plan's latest change.",
  })
  @PlanParams('priorityId')
  add(
    @AcademyIdParam() academyId: string,
    @PlanYearParam() year: string,
    @PriorityIdParam() priorityId: string,
    @Body() body: AddPlanActionDto,
    @CommandMetadata() metadata: EventMetadata,
  ): Promise<CommandAnswer> {
    const academicYear = parsePlanYear(year);
    const actionId = recordIdFor('plan-action', metadata, academyId, academicYear, priorityId);
    return this.commandBus.execute(
      new AddPlanActionCommand({ type: 'AddPlanAction', academyId, academicYear, priorityId, actionId, description: body.description, owner: body.owner, dueOn: body.dueOn, addedOn: body.addedOn ?? null }, metadata),
    );
  }
}
