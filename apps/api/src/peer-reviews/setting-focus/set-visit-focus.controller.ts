import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { EventMetadata } from '@trust/event-store';
import { Grant, type AccessGrant } from '../../access/access-grant.js';
import { Allow } from '../../access/allow.decorator.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CommandRoute } from '../../common/commands/command-route.decorator.js';
import { SetVisitFocusCommand } from './set-visit-focus.handler.js';
import { SetVisitFocusDto } from './set-visit-focus.dto.js';

@ApiTags('peer-reviews')
@Controller('peer-reviews')
export class SetVisitFocusController {
  constructor(private readonly commandBus: CommandBus) {}

  @Allow('peer-reviews.set-focus')
  @ApiParam({ name: 'groupId', description: 'The peer review group.' })
  @ApiParam({ name: 'visitId', description: 'The visit (the id its scheduling answered).' })
  @CommandRoute(':groupId/visits/:visitId/focus', {
    summary: "The host headteacher's focus for a visit: one or two improvement-plan aspects, RAG rated",
    description:
      'Due a week before the visit (`focusDueOn`); set again before the day to replace it. Only the host school decides it (seed 003): ' +
      'a headteacher sets it as themselves; trust-admin may enter it on the host headteacher\'s behalf, naming them in `headteacherId`. ' +
      'Confidential (403) to all but the visit\'s attendees, the chief executive and the host\'s chair of governors. ' +
      "Visits focus \"on one, or a maximum of two aspects of the Academy Improvement Plan\": when the host has an improvement plan for the visit's academic year, each aspect names one of its priorities " +
      "by `planPriorityId` (its text is then the priority's title), and the rating is the host's rating of it; with no plan for the year, aspects are free text.",
    notFound: 'No such visit in the group.',
    refused:
      "The day of the visit has come; or an aspect names no priority of the host's improvement plan for the visit's year, or (when the host has a plan for that year) an aspect names none of its priorities, " +
      'or a text is not the title of the priority it names. The message names the field, e.g. `aspects[0].planPriorityId`.',
  })
  setFocus(
    @Param('groupId') groupId: string,
    @Param('visitId') visitId: string,
    @Body() body: SetVisitFocusDto,
    @Grant() grant: AccessGrant,
    @CommandMetadata() metadata: EventMetadata,
  ): Promise<CommandAnswer> {
    const aspects = body.aspects.map(({ aspect, rag, planPriorityId }) => ({ aspect: aspect ?? null, rag, planPriorityId: planPriorityId ?? null }));
    return this.commandBus.execute(
      new SetVisitFocusCommand({ groupId, visitId }, { ...(body.headteacherId === undefined ? {} : { headteacherId: body.headteacherId }), aspects }, grant, metadata),
    );
  }
}
