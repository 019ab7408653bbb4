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
      'Confidential (403) to all but the visit\'s attendees, the chief executive and the host\'s chair of governors.',
    notFound: 'No such visit in the group.',
    refused: 'Not the host headteacher, or the day of the visit has come.',
  })
  setFocus(
    @Param('groupId') groupId: string,
    @Param('visitId') visitId: string,
    @Body() body: SetVisitFocusDto,
    @Grant() grant: AccessGrant,
    @CommandMetadata() metadata: EventMetadata,
  ): Promise<CommandAnswer> {
    const aspects = body.aspects.map(({ aspect, rag }) => ({ aspect, rag }));
    return this.commandBus.execute(
      new SetVisitFocusCommand({ groupId, visitId }, { ...(body.headteacherId === undefined ? {} : { headteacherId: body.headteacherId }), aspects }, grant, metadata),
    );
  }
}
