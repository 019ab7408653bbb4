import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { EventMetadata } from '@trust/event-store';
import { Grant, type AccessGrant } from '../../access/access-grant.js';
import { Allow } from '../../access/allow.decorator.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CommandRoute } from '../../common/commands/command-route.decorator.js';
import { SubmitAimDocumentCommand } from './submit-aim-document.handler.js';
import { AimIdParam } from '../aim-id.pipe.js';
import { SubmitAimDocumentDto } from './submit-aim-document.dto.js';

@ApiTags('aims')
@Controller('aims')
export class SubmitAimDocumentController {
  constructor(private readonly commandBus: CommandBus) {}

  @Allow('aims.submit-document')
  @CommandRoute(':aimId/documents', {
    summary: 'Submit a document for an AIM',
    description:
      'A later submission of the same type replaces the earlier one, which stays in the history. A document submitted after its due date stays flagged overdue if the check had already recorded it. ' +
      'It is dated by the server (`submittedOn`, the day it is received): the body names a day only for an AIM recorded after the fact (400 otherwise).',
    notFound: 'Unknown AIM.',
    refused: 'The AIM has been held.',
  })
  @ApiParam({ name: 'aimId', description: 'The AIM id.' })
  submit(@AimIdParam() aimId: string, @Body() body: SubmitAimDocumentDto, @CommandMetadata() metadata: EventMetadata, @Grant() grant: AccessGrant): Promise<CommandAnswer> {
    return this.commandBus.execute(new SubmitAimDocumentCommand({ type: 'SubmitAimDocument', aimId, documentType: body.type, rag: body.rag ?? null, submittedOn: body.submittedOn }, metadata, grant));
  }
}
