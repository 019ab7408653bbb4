import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { EventMetadata } from '@trust/event-store';
import { Allow } from '../../access/allow.decorator.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CommandRoute } from '../../common/commands/command-route.decorator.js';
import { FormPeerReviewGroupCommand } from './form-peer-review-group.handler.js';
import { FormPeerReviewGroupDto } from './form-peer-review-group.dto.js';

@ApiTags('peer-reviews')
@Controller('peer-reviews')
export class FormPeerReviewGroupController {
  constructor(private readonly commandBus: CommandBus) {}

  @Allow('peer-reviews.form')
  @CommandRoute('', {
    summary: 'Form a peer review group (interim AIMs): the headteachers of two or more academies and their lead',
    description:
      "Seed 003's Peer to Peer Programme: the group's headteachers visit each school of the group three times a year. " +
      "The answer's `id` is the new group's. With an `Idempotency-Key` it is derived from the key and your user, so a retry never forms the group twice.",
    notFound: 'A member academy is not registered.',
    refused: 'The academic year has passed.',
  })
  form(@Body() body: FormPeerReviewGroupDto, @CommandMetadata() metadata: EventMetadata): Promise<CommandAnswer> {
    return this.commandBus.execute(
      new FormPeerReviewGroupCommand(
        {
          name: body.name,
          academicYear: body.academicYear,
          members: body.members.map(({ headteacherId, name, academyId }) => ({ headteacherId, name, academyId })),
          leadHeadteacherId: body.leadHeadteacherId,
        },
        metadata,
      ),
    );
  }
}
