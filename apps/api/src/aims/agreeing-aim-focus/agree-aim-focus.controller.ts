import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { EventMetadata } from '@trust/event-store';
import { Grant, type AccessGrant } from '../../access/access-grant.js';
import { Allow } from '../../access/allow.decorator.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CommandRoute } from '../../common/commands/command-route.decorator.js';
import { AgreeAimFocusCommand } from './agree-aim-focus.handler.js';
import { AimIdParam } from '../aim-id.pipe.js';
import { AgreeAimFocusDto } from './agree-aim-focus.dto.js';

@ApiTags('aims')
@Controller('aims')
export class AgreeAimFocusController {
  constructor(private readonly commandBus: CommandBus) {}

  @Allow('aims.agree-focus')
  @CommandRoute(':aimId/focus', {
    summary: "Record the AIM's focus, agreed with the headteacher",
    description: 'Seed 003: agreed a week before the AIM. A different focus later replaces it; the same focus again changes nothing.',
    notFound: 'Unknown AIM.',
    refused: 'The AIM has been held.',
  })
  @ApiParam({ name: 'aimId', description: 'The AIM id.' })
  agree(@AimIdParam() aimId: string, @Body() body: AgreeAimFocusDto, @CommandMetadata() metadata: EventMetadata, @Grant() grant: AccessGrant): Promise<CommandAnswer> {
    return this.commandBus.execute(new AgreeAimFocusCommand({ type: 'AgreeAimFocus', aimId, focus: body.focus }, metadata, grant));
  }
}
