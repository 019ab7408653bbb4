import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { EventMetadata } from '@trust/event-store';
import { Allow } from '../../access/allow.decorator.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CommandRoute } from '../../common/commands/command-route.decorator.js';
import { AcademyIdParam } from '../../common/http/academy-id.pipe.js';
import { AssignSipCommand } from './assign-sip.handler.js';
import { AssignSipDto } from './assign-sip.dto.js';

@ApiTags('evidence')
@Controller('academies')
export class AssignSipController {
  constructor(private readonly commandBus: CommandBus) {}

  @Allow('sip-assignments.record')
  @CommandRoute(':id/sip-assignments', {
    summary: 'Assign an academy its School Improvement Partner (replacing any assigned before)',
    description: 'Sending the partner already assigned, with the same approval date, changes nothing (201 with no events).',
  })
  @ApiParam({ name: 'id', description: 'The academy URN.', example: '138201' })
  record(@AcademyIdParam() academyId: string, @Body() body: AssignSipDto, @CommandMetadata() metadata: EventMetadata): Promise<CommandAnswer> {
    return this.commandBus.execute(
      new AssignSipCommand(
        {
          type: 'AssignSip',
          academyId,
          sipId: body.sipId,
          name: body.name,
          approvedOn: body.approvedOn,
        },
        metadata,
      ),
    );
  }
}
