import { Body, Controller, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { isoDateOf } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import { Grant, type AccessGrant } from '../../access/access-grant.js';
import { Allow } from '../../access/allow.decorator.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CommandRoute } from '../../common/commands/command-route.decorator.js';
import { CLOCK, type Clock } from '../../infrastructure/tokens.js';
import { RunAimCommand } from '../aim-command.js';
import { AimIdParam } from '../aim-id.pipe.js';
import { SubmitAimDocumentDto } from './submit-aim-document.dto.js';

@ApiTags('aims')
@Controller('aims')
export class SubmitAimDocumentController {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Allow('aims.submit-document')
  @CommandRoute(':aimId/documents', {
    summary: 'Submit a document for an AIM',
    description: 'A later submission of the same type replaces the earlier one, which stays in the history. A document submitted after its due date stays flagged overdue if the check had already recorded it.',
    notFound: 'Unknown AIM.',
    refused: 'The AIM has been held.',
  })
  @ApiParam({ name: 'aimId', description: 'The AIM id.' })
  submit(@AimIdParam() aimId: string, @Body() body: SubmitAimDocumentDto, @CommandMetadata() metadata: EventMetadata, @Grant() grant: AccessGrant): Promise<CommandAnswer> {
    const submittedOn = body.submittedOn ?? isoDateOf(this.clock());
    return this.commandBus.execute(new RunAimCommand({ type: 'SubmitAimDocument', aimId, documentType: body.type, rag: body.rag ?? null, submittedOn }, metadata, grant));
  }
}
