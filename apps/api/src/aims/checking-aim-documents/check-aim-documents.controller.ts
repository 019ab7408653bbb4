import { Controller, Inject } from '@nestjs/common';
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
import { CheckAimDocumentsCommand } from './check-aim-documents.handler.js';
import { AimIdParam } from '../aim-id.pipe.js';

@ApiTags('aims')
@Controller('aims')
export class CheckAimDocumentsController {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Allow('aims.check-documents')
  @CommandRoute(':aimId/document-checks', {
    summary: "Check the AIM's documents now: those missing past their due date are recorded overdue",
    description:
      'The deadline job runs this check at the end of the due date (a week before the AIM); this route runs the same check at once. ' +
      'Each document is recorded overdue once per due date, so a second check records nothing; before the due date, or once the AIM is held, it records nothing.',
    notFound: 'Unknown AIM.',
  })
  @ApiParam({ name: 'aimId', description: 'The AIM id.' })
  check(@AimIdParam() aimId: string, @CommandMetadata() metadata: EventMetadata, @Grant() grant: AccessGrant): Promise<CommandAnswer> {
    return this.commandBus.execute(new CheckAimDocumentsCommand({ type: 'CheckAimDocuments', aimId, checkedOn: isoDateOf(this.clock()) }, metadata, grant));
  }
}
