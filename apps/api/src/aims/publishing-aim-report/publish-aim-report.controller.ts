import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { EventMetadata } from '@trust/event-store';
import { Grant, type AccessGrant } from '../../access/access-grant.js';
import { Allow } from '../../access/allow.decorator.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CommandRoute } from '../../common/commands/command-route.decorator.js';
import { PublishAimReportCommand } from './publish-aim-report.handler.js';
import { AimIdParam } from '../aim-id.pipe.js';
import { PublishAimReportDto } from './publish-aim-report.dto.js';

@ApiTags('aims')
@Controller('aims')
export class PublishAimReportController {
  constructor(private readonly commandBus: CommandBus) {}

  @Allow('aims.publish-report')
  @CommandRoute(':aimId/report', {
    summary: "Publish an AIM's report, once it has been held",
    description: 'It is dated by the server (`publishedOn`, the day it is published): the body cannot name a day (an unknown field, 400).',
    notFound: 'Unknown AIM.',
    conflict: 'The report was already published, or a concurrent change.',
    refused: 'The AIM has not been held.',
  })
  @ApiParam({ name: 'aimId', description: 'The AIM id.' })
  publish(@AimIdParam() aimId: string, @Body() body: PublishAimReportDto, @CommandMetadata() metadata: EventMetadata, @Grant() grant: AccessGrant): Promise<CommandAnswer> {
    return this.commandBus.execute(new PublishAimReportCommand({ type: 'PublishAimReport', aimId, summary: body.summary, publishedOn: body.publishedOn }, metadata, grant));
  }
}
