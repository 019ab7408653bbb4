import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { EventMetadata } from '@trust/event-store';
import { Grant, type AccessGrant } from '../../access/access-grant.js';
import { Allow } from '../../access/allow.decorator.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CommandRoute } from '../../common/commands/command-route.decorator.js';
import { HoldAimCommand } from './hold-aim.handler.js';
import { AimIdParam } from '../aim-id.pipe.js';
import { HoldAimDto } from './hold-aim.dto.js';

@ApiTags('aims')
@Controller('aims')
export class HoldAimController {
  constructor(private readonly commandBus: CommandBus) {}

  @Allow('aims.hold')
  @CommandRoute(':aimId/held', {
    summary: 'Record an AIM as held: attendees, judgements under the inspection headings, priorities RAG rated, next steps',
    description:
      'Once per AIM. Exactly one attendee chairs it, the improvement director (seed 003). AIMs "review, amend or confirm the academy\'s priorities": ' +
      "when the academy has an improvement plan for the AIM's academic year, each priority names one of the plan's priorities by `planPriorityId` " +
      '(its text is then the priority\'s title: leave `priority` out, or give the title), and rating it at the AIM rates the plan\'s priority; ' +
      'with no plan for the year, priorities are free text.',
    notFound: 'Unknown AIM.',
    conflict: 'The AIM was already held, or a concurrent change.',
    refused:
      "The chair is not the improvement director, or the meeting is not on the AIM's day (reschedule it first); or a priority names no priority of the academy's improvement plan for the AIM's year, " +
      'or (when the academy has a plan for that year) a priority names none of its priorities, or a text is not the title of the priority it names. The message names the field, e.g. `priorities[1].planPriorityId`.',
  })
  @ApiParam({ name: 'aimId', description: 'The AIM id.' })
  hold(@AimIdParam() aimId: string, @Body() body: HoldAimDto, @CommandMetadata() metadata: EventMetadata, @Grant() grant: AccessGrant): Promise<CommandAnswer> {
    return this.commandBus.execute(
      new HoldAimCommand(
        {
          type: 'HoldAim',
          aimId,
          heldOn: body.heldOn,
          attendees: body.attendees.map(({ name, role, chair, staffId }) => ({ name, role, chair: chair ?? false, staffId: staffId ?? null })),
          judgements: body.judgements.map(({ heading, judgement, comment }) => ({ heading, judgement, comment })),
          priorities: body.priorities.map(({ priority, rag, planPriorityId }) => ({ priority: priority ?? null, rag, planPriorityId: planPriorityId ?? null })),
          nextSteps: body.nextSteps,
        },
        metadata,
        grant,
      ),
    );
  }
}
