import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { EventMetadata } from '@trust/event-store';
import { Grant, type AccessGrant } from '../../access/access-grant.js';
import { Allow } from '../../access/allow.decorator.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CommandRoute } from '../../common/commands/command-route.decorator.js';
import { SubmitPeerReviewReportCommand } from './submit-peer-review-report.handler.js';
import { SubmitPeerReviewReportDto } from './submit-peer-review-report.dto.js';

@ApiTags('peer-reviews')
@Controller('peer-reviews')
export class SubmitPeerReviewReportController {
  constructor(private readonly commandBus: CommandBus) {}

  @Allow('peer-reviews.report')
  @ApiParam({ name: 'groupId', description: 'The peer review group.' })
  @ApiParam({ name: 'visitId', description: 'The visit.' })
  @CommandRoute(':groupId/visits/:visitId/report', {
    summary: "The lead headteacher's summary report of a visit",
    description:
      'Due within a week of the visit (`reportDueOn`); a later one is accepted and marked late. It is dated by the server (`submittedOn`, the day it is received): the body cannot name a day (an unknown field, 400). Sent to the attendees, the chief executive and the host\'s chair of governors, who read it on GET …/visits/:visitId. ' +
      "A headteacher submits it as themselves; trust-admin may enter it on the lead's behalf, naming them in `headteacherId`.",
    notFound: 'No such visit in the group.',
    conflict: 'The report was already submitted.',
    refused: 'Not the lead headteacher, or the visit is not recorded yet.',
  })
  submit(
    @Param('groupId') groupId: string,
    @Param('visitId') visitId: string,
    @Body() body: SubmitPeerReviewReportDto,
    @Grant() grant: AccessGrant,
    @CommandMetadata() metadata: EventMetadata,
  ): Promise<CommandAnswer> {
    const request = { ...(body.headteacherId === undefined ? {} : { headteacherId: body.headteacherId }), summary: body.summary, ...(body.submittedOn === undefined ? {} : { submittedOn: body.submittedOn }) };
    return this.commandBus.execute(new SubmitPeerReviewReportCommand({ groupId, visitId }, request, grant, metadata));
  }
}
