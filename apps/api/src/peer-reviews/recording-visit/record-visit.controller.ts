import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { EventMetadata } from '@trust/event-store';
import { Grant, type AccessGrant } from '../../access/access-grant.js';
import { Allow } from '../../access/allow.decorator.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CommandRoute } from '../../common/commands/command-route.decorator.js';
import { RecordVisitCommand } from './record-visit.command.js';
import { RecordVisitDto } from './record-visit.dto.js';

@ApiTags('peer-reviews')
@Controller('peer-reviews')
export class RecordVisitController {
  constructor(private readonly commandBus: CommandBus) {}

  @Allow('peer-reviews.record')
  @ApiParam({ name: 'groupId', description: 'The peer review group.' })
  @ApiParam({ name: 'visitId', description: 'The visit.' })
  @CommandRoute(':groupId/visits/:visitId/held', {
    summary: 'Record a visit once held: observations, feedback, actions for the next AIM, safeguarding concerns',
    description:
      'Recorded by an attendee (a visiting headteacher, the facilitating improvement director) or trust-admin; anyone else is refused (403). ' +
      'Each safeguarding concern is flagged on its own (`SafeguardingConcernFlagged`), for escalation.',
    notFound: 'No such visit in the group.',
    conflict: 'The visit was already recorded.',
    refused: 'The visit has not taken place yet.',
  })
  record(
    @Param('groupId') groupId: string,
    @Param('visitId') visitId: string,
    @Body() body: RecordVisitDto,
    @Grant() grant: AccessGrant,
    @CommandMetadata() metadata: EventMetadata,
  ): Promise<CommandAnswer> {
    const { observations, feedback, actionsForNextAim, safeguardingConcerns } = body;
    return this.commandBus.execute(new RecordVisitCommand({ groupId, visitId }, { observations, feedback, actionsForNextAim, safeguardingConcerns }, grant, metadata));
  }
}
