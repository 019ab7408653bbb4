import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { EventMetadata } from '@trust/event-store';
import { Allow } from '../../access/allow.decorator.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CommandRoute } from '../../common/commands/command-route.decorator.js';
import { AcademyIdParam } from '../../common/http/academy-id.pipe.js';
import { RecordBaselineCommand } from './record-baseline.handler.js';
import { RecordBaselineDto } from './record-baseline.dto.js';

@ApiTags('evidence')
@Controller('academies')
export class RecordBaselineController {
  constructor(private readonly commandBus: CommandBus) {}

  @Allow('baseline.record')
  @CommandRoute(':id/baseline', {
    summary: 'Record the baseline assessment of a joining academy (once)',
    conflict: 'The baseline is already recorded, or a concurrent change.',
  })
  @ApiParam({ name: 'id', description: 'The academy URN.', example: '138201' })
  record(@AcademyIdParam() academyId: string, @Body() body: RecordBaselineDto, @CommandMetadata() metadata: EventMetadata): Promise<CommandAnswer> {
    return this.commandBus.execute(
      new RecordBaselineCommand(
        {
          type: 'RecordBaseline',
          academyId,
          assessedOn: body.assessedOn,
          summary: body.summary,
          capacity: body.capacity,
        },
        metadata,
      ),
    );
  }
}
