import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { EventMetadata } from '@trust/event-store';
import { Allow } from '../../access/allow.decorator.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CommandRoute } from '../../common/commands/command-route.decorator.js';
import { AcademyIdParam } from '../../common/http/academy-id.pipe.js';
import { RecordAnnualReviewCommand } from './record-annual-review.handler.js';
import { RecordAnnualReviewDto } from './record-annual-review.dto.js';

@ApiTags('evidence')
@Controller('academies')
export class RecordAnnualReviewController {
  constructor(private readonly commandBus: CommandBus) {}

  @Allow('annual-reviews.record')
  @CommandRoute(':id/annual-reviews', {
    summary: "Record an academy's annual review: whether it found capacity to improve",
    conflict: 'The annual review of that year is already recorded, or a concurrent change.',
  })
  @ApiParam({ name: 'id', description: 'The academy URN.', example: '138201' })
  record(@AcademyIdParam() academyId: string, @Body() body: RecordAnnualReviewDto, @CommandMetadata() metadata: EventMetadata): Promise<CommandAnswer> {
    return this.commandBus.execute(
      new RecordAnnualReviewCommand(
        {
          type: 'RecordAnnualReview',
          academyId,
          academicYear: body.academicYear,
          capacityToImprove: body.capacityToImprove,
          summary: body.summary,
        },
        metadata,
      ),
    );
  }
}
