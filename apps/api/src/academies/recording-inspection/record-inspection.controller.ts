import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { EventMetadata } from '@trust/event-store';
import { Allow } from '../../access/allow.decorator.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CommandRoute } from '../../common/commands/command-route.decorator.js';
import { AcademyIdParam } from '../../common/http/academy-id.pipe.js';
import { RecordInspectionCommand } from './record-inspection.handler.js';
import { RecordInspectionDto } from './record-inspection.dto.js';

@ApiTags('evidence')
@Controller('academies')
export class RecordInspectionController {
  constructor(private readonly commandBus: CommandBus) {}

  @Allow('inspections.record')
  @CommandRoute(':id/inspections', {
    summary: 'Record an Ofsted inspection of an academy, under the framework it was made under',
    description:
      'eif-2019 carries `overallEffectiveness`; eif-2024 carries `grades` by area; report-card-2025 carries `grades` and `safeguarding`. A field that does not belong to the framework is refused (400, naming it).',
    conflict: 'An inspection on that day is already recorded, or a concurrent change.',
  })
  @ApiParam({ name: 'id', description: 'The academy URN.', example: '138201' })
  record(@AcademyIdParam() academyId: string, @Body() body: RecordInspectionDto, @CommandMetadata() metadata: EventMetadata): Promise<CommandAnswer> {
    return this.commandBus.execute(
      new RecordInspectionCommand(
        {
          type: 'RecordInspection',
          academyId,
          inspectedOn: body.inspectedOn,
          framework: body.framework,
          overallEffectiveness: body.overallEffectiveness ?? null,
          grades: body.grades ?? null,
          safeguarding: body.safeguarding ?? null,
        },
        metadata,
      ),
    );
  }
}
