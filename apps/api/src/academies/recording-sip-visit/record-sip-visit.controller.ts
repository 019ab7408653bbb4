import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { EventMetadata } from '@trust/event-store';
import { Allow } from '../../access/allow.decorator.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CommandRoute } from '../../common/commands/command-route.decorator.js';
import { AcademyIdParam } from '../../common/http/academy-id.pipe.js';
import { RecordSipVisitCommand } from './record-sip-visit.handler.js';
import { RecordSipVisitDto } from './record-sip-visit.dto.js';

@ApiTags('evidence')
@Controller('academies')
export class RecordSipVisitController {
  constructor(private readonly commandBus: CommandBus) {}

  @Allow('sip-visits.record')
  @CommandRoute(':id/sip-visits', {
    summary: "Record a visit of the academy's School Improvement Partner",
    description: "The visit is the assigned partner's: their id is stored with it. It counts towards the academic year of `visitedOn`.",
    conflict: 'A visit on that day is already recorded, or a concurrent change.',
    refused: 'No School Improvement Partner is assigned to the academy.',
  })
  @ApiParam({ name: 'id', description: 'The academy URN.', example: '138201' })
  record(@AcademyIdParam() academyId: string, @Body() body: RecordSipVisitDto, @CommandMetadata() metadata: EventMetadata): Promise<CommandAnswer> {
    return this.commandBus.execute(
      new RecordSipVisitCommand(
        {
          type: 'RecordSipVisit',
          academyId,
          visitedOn: body.visitedOn,
          reportSummary: body.reportSummary,
        },
        metadata,
      ),
    );
  }
}
