import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { EventMetadata } from '@trust/event-store';
import { Allow } from '../../access/allow.decorator.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CommandRoute } from '../../common/commands/command-route.decorator.js';
import { AcademyIdParam } from '../../common/http/academy-id.pipe.js';
import { RecordKpiCommand } from './record-kpi.handler.js';
import { RecordKpiDto } from './record-kpi.dto.js';

@ApiTags('academies')
@Controller('academies')
export class RecordKpiController {
  constructor(private readonly commandBus: CommandBus) {}

  @Allow('kpis.record')
  @CommandRoute(':id/kpis', {
    summary: "Record an academy's KPI figure for a term",
    conflict: 'The figure is already recorded (send a correction to change it), or a concurrent change.',
  })
  @ApiParam({ name: 'id', description: 'The academy URN.', example: '138201' })
  record(@AcademyIdParam() academyId: string, @Body() body: RecordKpiDto, @CommandMetadata() metadata: EventMetadata): Promise<CommandAnswer> {
    return this.commandBus.execute(
      new RecordKpiCommand(
        {
          type: 'RecordKpi',
          academyId,
          kpi: body.kpi,
          academicYear: body.academicYear,
          term: body.term,
          value: body.value,
          nationalAverage: body.nationalAverage ?? null,
          ...(body.source === undefined ? {} : { source: body.source }),
        },
        metadata,
      ),
    );
  }
}
