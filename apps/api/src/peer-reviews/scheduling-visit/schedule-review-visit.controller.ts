import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { EventMetadata } from '@trust/event-store';
import { Allow } from '../../access/allow.decorator.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CommandRoute } from '../../common/commands/command-route.decorator.js';
import { ScheduleReviewVisitCommand } from './schedule-review-visit.handler.js';
import { ScheduleReviewVisitDto } from './schedule-review-visit.dto.js';

@ApiTags('peer-reviews')
@Controller('peer-reviews')
export class ScheduleReviewVisitController {
  constructor(private readonly commandBus: CommandBus) {}

  @Allow('peer-reviews.schedule')
  @ApiParam({ name: 'groupId', description: 'The peer review group (the id POST /peer-reviews answered).' })
  @CommandRoute(':groupId/visits', {
    summary: "Schedule a visit to one of the group's schools",
    description:
      'Three visits a year to each school of the group, agreed well in advance and never moved (seed 003). ' +
      'The answer\'s `id` is the new visit\'s; the host\'s focus is due a week before (`focusDueOn`) and the lead\'s summary report a week after (`reportDueOn`).',
    notFound: 'No such group.',
    conflict: 'The host already has a visit that day, or a concurrent change.',
    refused: "The host already has three visits this year, the date is outside the group's year, or a named headteacher is not a visiting member.",
  })
  schedule(@Param('groupId') groupId: string, @Body() body: ScheduleReviewVisitDto, @CommandMetadata() metadata: EventMetadata): Promise<CommandAnswer> {
    return this.commandBus.execute(
      new ScheduleReviewVisitCommand(
        {
          groupId,
          hostAcademyId: body.hostAcademyId,
          visitDate: body.visitDate,
          reviewerIds: body.reviewerIds,
          leadHeadteacherId: body.leadHeadteacherId ?? null,
          facilitatorUserId: body.facilitatorUserId ?? null,
        },
        metadata,
      ),
    );
  }
}
