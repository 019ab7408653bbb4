import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { EventMetadata } from '@trust/event-store';
import { Allow } from '../../access/allow.decorator.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CommandRoute } from '../../common/commands/command-route.decorator.js';
import { AcademyIdParam } from '../../common/http/academy-id.pipe.js';
import { CorrectKpiCommand } from './correct-kpi.handler.js';
import { CorrectKpiDto } from './correct-kpi.dto.js';

@ApiTags('academies')
@Controller('academies')
export class CorrectKpiController {
  constructor(private readonly commandBus: CommandBus) {}

  @Allow('kpis.correct')
  @CommandRoute(':id/kpis/corrections', {
    summary: 'Correct a KPI figure already recorded',
    description: 'A correction is a new event; the figure it corrects stays in the history. Correcting to the current value changes nothing.',
    refused: 'The figure was never recorded, so there is nothing to correct.',
  })
  @ApiParam({ name: 'id', description: 'The academy URN.', example: '138201' })
  correct(@AcademyIdParam() academyId: string, @Body() body: CorrectKpiDto, @CommandMetadata() metadata: EventMetadata): Promise<CommandAnswer> {
    return this.commandBus.execute(
      new CorrectKpiCommand(
        {
          type: 'CorrectKpi',
          academyId,
          kpi: body.kpi,
          academicYear: body.academicYear,
          term: body.term,
          value: body.value,
          reason: body.reason,
        },
        metadata,
      ),
    );
  }
}
