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
import { parsePlanYear, PlanParams, PlanYearParam } from '../plan-params.js';
import { AddPlanPriorityDto } from './add-plan-priority.dto.js';
import { AddPlanPriorityCommand } from './add-plan-priority.handler.js';

@ApiTags('improvement-plans')
@Controller('academies')
export class AddPlanPriorityController {
  constructor(private readonly commandBus: CommandBus) {}

  @Allow('improvement-plans.amend')
  @CommandRoute(':id/improvement-plans/:academicYear/priorities', {
    summary: 'Add a priority to an improvement plan: its evidence, the KPIs it targets and its owners',
    description:
      "The answer's `id` is the new priority's: chosen by the server, and derived from the Idempotency-Key when one is sent, so a retry never adds it twice. " +
      'A draft or a confirmed plan takes priorities (a confirmed one is then changed since its confirmation).',
    notFound: 'The academy has no plan for the year.',
    conflict: 'Another priority of the plan has the title, or a concurrent change.',
    refused: "The plan's year is closed; `aimId` is not one of the academy's AIMs; `addedOn` is before the plan's latest change.",
  })
  @PlanParams()
  add(@AcademyIdParam() academyId: string, @PlanYearParam() year: string, @Body() body: AddPlanPriorityDto, @CommandMetadata() metadata: EventMetadata): Promise<CommandAnswer> {
    const academicYear = parsePlanYear(year);
    const { title, evidence, targets, owners, aimId, addedOn } = body;
    return this.commandBus.execute(
      new AddPlanPriorityCommand(
        { type: 'AddPlanPriority', academyId, academicYear, priorityId: recordIdFor('plan-priority', metadata, academyId, academicYear), title, evidence, targets, owners, aimId: aimId ?? null, addedOn: addedOn ?? null },
        metadata,
      ),
    );
  }
}
