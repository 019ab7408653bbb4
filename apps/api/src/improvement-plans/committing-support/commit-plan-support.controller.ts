import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { EventMetadata } from '@trust/event-store';
import { Grant, type AccessGrant } from '../../access/access-grant.js';
import { Allow } from '../../access/allow.decorator.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CommandRoute } from '../../common/commands/command-route.decorator.js';
import { AcademyIdParam } from '../../common/http/academy-id.pipe.js';
import { recordIdFor } from '../../common/ids/record-ids.js';
import { parsePlanYear, PlanParams, PlanYearParam } from '../plan-params.js';
import { CommitPlanSupportDto } from './commit-plan-support.dto.js';
import { CommitPlanSupportCommand } from './commit-plan-support.handler.js';

@ApiTags('improvement-plans')
@Controller('academies')
export class CommitPlanSupportController {
  constructor(private readonly commandBus: CommandBus) {}

  @Allow('improvement-plans.commit-support')
  @CommandRoute(':id/improvement-plans/:academicYear/support-commitments', {
    summary: "Commit the trust's support for the academy's tier against a priority: its kind, and the core days, development days and reviews planned",
    description:
      "The answer's `id` is the new commitment's: chosen by the server (derived from the Idempotency-Key when one is sent). Who committed it is taken from the token. " +
      'A core day (`POST /academies/:id/core-days`), a recharge (`POST /recharges`) or a commissioned review (`POST /academies/:id/reviews`) naming it as `commitmentId` delivers it: ' +
      'the plan read shows planned against delivered, and compliance the support not delivered.',
    notFound: 'The academy has no plan for the year, or the plan no such priority.',
    refused: "The plan's year is closed; `committedOn` is before the plan's latest change.",
  })
  @PlanParams()
  commit(
    @AcademyIdParam() academyId: string,
    @PlanYearParam() year: string,
    @Body() body: CommitPlanSupportDto,
    @CommandMetadata() metadata: EventMetadata,
    @Grant() grant: AccessGrant,
  ): Promise<CommandAnswer> {
    const academicYear = parsePlanYear(year);
    return this.commandBus.execute(
      new CommitPlanSupportCommand(
        {
          type: 'CommitPlanSupport',
          academyId,
          academicYear,
          commitmentId: recordIdFor('support-commitment', metadata, academyId, academicYear),
          priorityId: body.priorityId,
          kind: body.kind,
          coreDays: body.coreDays,
          developmentDays: body.developmentDays,
          reviews: body.reviews,
          committedBy: { userId: grant.principal.userId, name: grant.principal.name, role: grant.role },
          committedOn: body.committedOn ?? null,
        },
        metadata,
      ),
    );
  }
}
