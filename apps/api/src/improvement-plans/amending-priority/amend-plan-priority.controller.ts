import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { AmendPlanPriority } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import { Allow } from '../../access/allow.decorator.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CommandRoute } from '../../common/commands/command-route.decorator.js';
import { AcademyIdParam } from '../../common/http/academy-id.pipe.js';
import { parsePlanYear, PlanParams, PlanYearParam, PriorityIdParam } from '../plan-params.js';
import { AmendPlanPriorityDto } from './amend-plan-priority.dto.js';
import { AmendPlanPriorityCommand } from './amend-plan-priority.handler.js';

@ApiTags('improvement-plans')
@Controller('academies')
export class AmendPlanPriorityController {
  constructor(private readonly commandBus: CommandBus) {}

  @Allow('improvement-plans.amend')
  @CommandRoute(':id/improvement-plans/:academicYear/priorities/:priorityId/amendments', {
    summary: 'Amend a priority of an improvement plan, at an AIM or otherwise',
    description:
      'What is given replaces what stands (targets and owners whole); the event keeps the priority whole, with the AIM it was amended at (its cause). ' +
      'An amendment that changes nothing appends nothing. The plan read `on` a day before it shows the priority as it stood.',
    notFound: 'The academy has no plan for the year, or the plan no such priority.',
    conflict: 'Another priority of the plan has the title, or a concurrent change.',
    refused: "The plan's year is closed; `aimId` is not one of the academy's AIMs; `amendedOn` is before the plan's latest change.",
  })
  @PlanParams('priorityId')
  amend(
    @AcademyIdParam() academyId: string,
    @PlanYearParam() year: string,
    @PriorityIdParam() priorityId: string,
    @Body() body: AmendPlanPriorityDto,
    @CommandMetadata() metadata: EventMetadata,
  ): Promise<CommandAnswer> {
    const academicYear = parsePlanYear(year);
    const { title, evidence, targets, owners, aimId, amendedOn } = body;
    const command: AmendPlanPriority = {
      type: 'AmendPlanPriority',
      academyId,
      academicYear,
      priorityId,
      ...(title === undefined ? {} : { title }),
      ...(evidence === undefined ? {} : { evidence }),
      ...(targets === undefined ? {} : { targets }),
      ...(owners === undefined ? {} : { owners }),
      aimId: aimId ?? null,
      amendedOn: amendedOn ?? null,
    };
    return this.commandBus.execute(new AmendPlanPriorityCommand(command, metadata));
  }
}
