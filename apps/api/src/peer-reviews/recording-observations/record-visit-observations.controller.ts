import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { EventMetadata } from '@trust/event-store';
import { Grant, type AccessGrant } from '../../access/access-grant.js';
import { Allow } from '../../access/allow.decorator.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CommandRoute } from '../../common/commands/command-route.decorator.js';
import { RecordVisitObservationsCommand } from './record-visit-observations.handler.js';
import { RecordVisitObservationsDto } from './record-visit-observations.dto.js';

@ApiTags('peer-reviews')
@Controller('peer-reviews')
export class RecordVisitObservationsController {
  constructor(private readonly commandBus: CommandBus) {}

  @Allow('peer-reviews.observe')
  @ApiParam({ name: 'groupId', description: 'The peer review group.' })
  @ApiParam({ name: 'visitId', description: 'The visit.' })
  @CommandRoute(':groupId/visits/:visitId/observations', {
    summary: "A visitor's own observations and safeguarding concerns on a visit, once it has taken place",
    description:
      'Each visiting headteacher (the lead and the reviewers) and the facilitating improvement director records their own; trust-admin may enter a headteacher\'s on their behalf, naming them in `headteacherId`. ' +
      'The host headteacher is refused (403): the host never records the review of their own school. ' +
      'A visitor may record again (a second form, a concern remembered later): every record is kept, none amended. ' +
      'Each safeguarding concern is flagged on its own (`SafeguardingConcernFlagged`, with who raised it) for escalation, whatever was recorded before, even after the visit was recorded held or reported on.',
    notFound: 'No such visit in the group, or one the caller may not read (answered exactly as an unknown visit).',
    refused: 'The visit has not taken place yet.',
  })
  record(
    @Param('groupId') groupId: string,
    @Param('visitId') visitId: string,
    @Body() body: RecordVisitObservationsDto,
    @Grant() grant: AccessGrant,
    @CommandMetadata() metadata: EventMetadata,
  ): Promise<CommandAnswer> {
    const { headteacherId, observations, safeguardingConcerns } = body;
    const request = {
      ...(headteacherId === undefined ? {} : { headteacherId }),
      ...(observations === undefined ? {} : { observations }),
      ...(safeguardingConcerns === undefined ? {} : { safeguardingConcerns }),
    };
    return this.commandBus.execute(new RecordVisitObservationsCommand({ groupId, visitId }, request, grant, metadata));
  }
}
