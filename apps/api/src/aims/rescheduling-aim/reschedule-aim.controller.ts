import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { EventMetadata } from '@trust/event-store';
import { Grant, type AccessGrant } from '../../access/access-grant.js';
import { Allow } from '../../access/allow.decorator.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CommandRoute } from '../../common/commands/command-route.decorator.js';
import { RescheduleAimCommand } from './reschedule-aim.handler.js';
import { AimIdParam } from '../aim-id.pipe.js';
import { RescheduleAimDto } from './reschedule-aim.dto.js';

@ApiTags('aims')
@Controller('aims')
export class RescheduleAimController {
  constructor(private readonly commandBus: CommandBus) {}

  @Allow('aims.reschedule')
  @CommandRoute(':aimId/reschedule', {
    summary: 'Move an AIM to another day',
    description: 'The earlier date stays in the AIM\'s history (`reschedules`); the documents fall due a week before the new date, and that deadline is checked afresh. Moving it to the day it already has changes nothing.',
    notFound: 'Unknown AIM.',
    refused: 'The AIM has been held.',
  })
  @ApiParam({ name: 'aimId', description: 'The AIM id (the `id` its scheduling answered).' })
  reschedule(@AimIdParam() aimId: string, @Body() body: RescheduleAimDto, @CommandMetadata() metadata: EventMetadata, @Grant() grant: AccessGrant): Promise<CommandAnswer> {
    return this.commandBus.execute(new RescheduleAimCommand({ type: 'RescheduleAim', aimId, date: body.date, reason: body.reason }, metadata, grant));
  }
}
