import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { EventMetadata } from '@trust/event-store';
import { Allow } from '../../access/allow.decorator.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CommandRoute } from '../../common/commands/command-route.decorator.js';
import { AcademyIdParam } from '../../common/http/academy-id.pipe.js';
import { AssessRiskCommand } from './assess-risk.handler.js';
import { AssessRiskDto } from './assess-risk.dto.js';

@ApiTags('evidence')
@Controller('academies')
export class AssessRiskController {
  constructor(private readonly commandBus: CommandBus) {}

  @Allow('risk-assessments.record')
  @CommandRoute(':id/risk-assessments', {
    summary: "Record an assessment of an academy's risk register; the latest by date counts",
  })
  @ApiParam({ name: 'id', description: 'The academy URN.', example: '138201' })
  record(@AcademyIdParam() academyId: string, @Body() body: AssessRiskDto, @CommandMetadata() metadata: EventMetadata): Promise<CommandAnswer> {
    return this.commandBus.execute(
      new AssessRiskCommand(
        {
          type: 'AssessRisk',
          academyId,
          assessedOn: body.assessedOn,
          level: body.level,
          risks: body.risks.map((risk) => ({ title: risk.title, owner: risk.owner ?? null })),
        },
        metadata,
      ),
    );
  }
}
