import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { EventMetadata } from '@trust/event-store';
import { Allow } from '../../access/allow.decorator.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CommandRoute } from '../../common/commands/command-route.decorator.js';
import { AcademyIdParam } from '../../common/http/academy-id.pipe.js';
import { SetKpiTargetCommand } from './set-kpi-target.handler.js';
import { SetKpiTargetDto } from './set-kpi-target.dto.js';

@ApiTags('academies')
@Controller('academies')
export class SetKpiTargetController {
  constructor(private readonly commandBus: CommandBus) {}

  @Allow('kpi-targets.set')
  @CommandRoute(':id/kpi-targets', {
    summary: "Set an academy's target for a KPI in an academic year",
    description: 'Setting the target it already has changes nothing (`events` is empty).',
  })
  @ApiParam({ name: 'id', description: 'The academy URN.', example: '138201' })
  setTarget(@AcademyIdParam() academyId: string, @Body() body: SetKpiTargetDto, @CommandMetadata() metadata: EventMetadata): Promise<CommandAnswer> {
    return this.commandBus.execute(
      new SetKpiTargetCommand({ type: 'SetKpiTarget', academyId, academicYear: body.academicYear, kpi: body.kpi, target: body.target }, metadata),
    );
  }
}
