import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { EventMetadata } from '@trust/event-store';
import { Allow } from '../../access/allow.decorator.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CommandRoute } from '../../common/commands/command-route.decorator.js';
import { AcademyIdParam } from '../../common/http/academy-id.pipe.js';
import { RecordCommissionedReviewCommand } from './record-commissioned-review.handler.js';
import { RecordCommissionedReviewDto } from './record-commissioned-review.dto.js';

@ApiTags('evidence')
@Controller('academies')
export class RecordCommissionedReviewController {
  constructor(private readonly commandBus: CommandBus) {}

  @Allow('reviews.record')
  @CommandRoute(':id/reviews', {
    summary: 'Record a trust-commissioned review of an academy (annual; termly for Tier 3)',
    conflict: 'A review of that term is already recorded, or a concurrent change.',
    refused: "`commitmentId` names no support commitment of the academy's improvement plan for that academic year.",
  })
  @ApiParam({ name: 'id', description: 'The academy URN.', example: '138201' })
  record(@AcademyIdParam() academyId: string, @Body() body: RecordCommissionedReviewDto, @CommandMetadata() metadata: EventMetadata): Promise<CommandAnswer> {
    return this.commandBus.execute(
      new RecordCommissionedReviewCommand(
        {
          type: 'RecordCommissionedReview',
          academyId,
          academicYear: body.academicYear,
          term: body.term,
          completedOn: body.completedOn,
          summary: body.summary,
          commitmentId: body.commitmentId ?? null,
        },
        metadata,
      ),
    );
  }
}
