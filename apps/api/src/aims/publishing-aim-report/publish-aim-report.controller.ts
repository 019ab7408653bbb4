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
import { PublishAimReportDto } from './publish-aim-report.dto.js';

@ApiTags('aims')
@Controller('aims')
export class PublishAimReportController {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Allow('aims.publish-report')
  @CommandRoute(':aimId/report', {
    summary: "Publish an AIM's report, once it has been held",
    notFound: 'Unknown AIM.',
    conflict: 'The report was already published, or a concurrent change.',
    refused: 'The AIM has not been held, or the date is before the meeting.',
  })
  @ApiParam({ name: 'aimId', description: 'The AIM id.' })
  publish(@AimIdParam() aimId: string, @Body() body: PublishAimReportDto, @CommandMetadata() metadata: EventMetadata, @Grant() grant: AccessGrant): Promise<CommandAnswer> {
    const publishedOn = body.publishedOn ?? isoDateOf(this.clock());
    return this.commandBus.execute(new RunAimCommand({ type: 'PublishAimReport', aimId, publishedOn, summary: body.summary }, metadata, grant));
  }
}
