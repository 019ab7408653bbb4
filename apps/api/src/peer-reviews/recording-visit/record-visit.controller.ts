import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { EventMetadata } from '@trust/event-store';
import { Grant, type AccessGrant } from '../../access/access-grant.js';
import { Allow } from '../../access/allow.decorator.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CommandRoute } from '../../common/commands/command-route.decorator.js';
import { RecordVisitCommand } from './record-visit.handler.js';
import { RecordVisitDto } from './record-visit.dto.js';

@ApiTags('peer-reviews')
@Controller('peer-reviews')
export class RecordVisitController {
  constructor(private readonly commandBus: CommandBus) {}

  @Allow('peer-reviews.record')
  @ApiParam({ name: 'groupId', description: 'The peer review group.' })
  @ApiParam({ name: 'visitId', description: 'The visit.' })
  @CommandRoute(':groupId/visits/:visitId/held', {
    summary: "Record a visit held: the lead headteacher's feedback to the host and the actions for the next AIM",
    description:
      'Recorded once, by the lead headteacher or the facilitating improvement director (seed 003: the lead gives the feedback); trust-admin may enter it on the lead\'s behalf, naming them in `headteacherId`. ' +
      'The host headteacher, and any other attendee, is refused (403): the host never records the review of their own school. ' +
      'Each visitor records their own observations and safeguarding concerns on …/observations.',
    notFound: 'No such visit in the group, or one the caller may not read (answered exactly as an unknown visit).',
    conflict: 'The visit was already recorded held.',
    refused: 'The visit has not taken place yet.',
  })
  record(
    @Param('groupId') groupId: string,
    @Param('visitId') visitId: string,
    @Body() body: RecordVisitDto,
    @Grant() grant: AccessGrant,
    @CommandMetadata() metadata: EventMetadata,
  ): Promise<CommandAnswer> {
    const { headteacherId, observations, feedback, actionsForNextAim } = body;
    const request = { ...(headteacherId === undefined ? {} : { headteacherId }), ...(observations === undefined ? {} : { observations }), feedback, actionsForNextAim };
    return this.commandBus.execute(new RecordVisitCommand({ groupId, visitId }, request, grant, metadata));
  }
}
