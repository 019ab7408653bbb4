import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { EventMetadata } from '@trust/event-store';
import { Grant, type AccessGrant } from '../../access/access-grant.js';
import { Allow } from '../../access/allow.decorator.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CommandRoute } from '../../common/commands/command-route.decorator.js';
import { HoldAimCommand } from './hold-aim.handler.js';
import { AimIdParam } from '../aim-id.pipe.js';
import { HoldAimDto } from './hold-aim.dto.js';

@ApiTags('aims')
@Controller('aims')
export class HoldAimController {
  constructor(private readonly commandBus: CommandBus) {}

  @Allow('aims.hold')
  @CommandRoute(':aimId/held', {
    summary: 'Record an AIM as held: attendees, judgements under the inspection headings, priorities RAG rated, next steps',
    description: 'Once per AIM. Exactly one attendee chairs it, the improvement director (seed 003).',
    notFound: 'Unknown AIM.',
    conflict: 'The AIM was already held, or a concurrent change.',
    refused: 'The chair is not the improvement director, or the meeting is not on the AIM\'s day (reschedule it first).',
  })
  @ApiParam({ name: 'aimId', description: 'The AIM id.' })
  hold(@AimIdParam() aimId: string, @Body() body: HoldAimDto, @CommandMetadata() metadata: EventMetadata, @Grant() grant: AccessGrant): Promise<CommandAnswer> {
    return this.commandBus.execute(
      new HoldAimCommand(
        {
          type: 'HoldAim',
          aimId,
          heldOn: body.heldOn,
          attendees: body.attendees.map(({ name, role, chair, staffId }) => ({ name, role, chair: chair ?? false, staffId: staffId ?? null })),
          judgements: body.judgements.map(({ heading, judgement, comment }) => ({ heading, judgement, comment })),
          priorities: body.priorities.map(({ priority, rag }) => ({ priority, rag })),
          nextSteps: body.nextSteps,
        },
        metadata,
        grant,
      ),
    );
  }
}
