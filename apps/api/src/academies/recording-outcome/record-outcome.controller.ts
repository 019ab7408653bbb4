import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { EventMetadata } from '@trust/event-store';
import { Allow } from '../../access/allow.decorator.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CommandRoute } from '../../common/commands/command-route.decorator.js';
import { AcademyIdParam } from '../../common/http/academy-id.pipe.js';
import { RecordOutcomeCommand } from './record-outcome.handler.js';
import { RecordOutcomeDto } from './record-outcome.dto.js';

@ApiTags('evidence')
@Controller('academies')
export class RecordOutcomeController {
  constructor(private readonly commandBus: CommandBus) {}

  @Allow('outcomes.record')
  @CommandRoute(':id/outcomes', {
    summary: "Record the direction of an academy's outcomes for an academic year",
    conflict: 'The outcome of that year is already recorded, or a concurrent change.',
  })
  @ApiParam({ name: 'id', description: 'The academy URN.', example: '138201' })
  record(@AcademyIdParam() academyId: string, @Body() body: RecordOutcomeDto, @CommandMetadata() metadata: EventMetadata): Promise<CommandAnswer> {
    return this.commandBus.execute(
      new RecordOutcomeCommand(
        {
          type: 'RecordOutcome',
          academyId,
          academicYear: body.academicYear,
          direction: body.direction,
        },
        metadata,
      ),
    );
  }
}
