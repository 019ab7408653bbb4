import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { EventMetadata } from '@trust/event-store';
import { Grant, type AccessGrant } from '../../access/access-grant.js';
import { Allow } from '../../access/allow.decorator.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CommandRoute } from '../../common/commands/command-route.decorator.js';
import { AcademyIdParam } from '../../common/http/academy-id.pipe.js';
import { ScheduleAimCommand } from './schedule-aim.handler.js';
import { recordIdFor } from '../../common/ids/record-ids.js';
import { ScheduleAimDto } from './schedule-aim.dto.js';

@ApiTags('aims')
@Controller('academies')
export class ScheduleAimController {
  constructor(private readonly commandBus: CommandBus) {}

  @Allow('aims.schedule')
  @CommandRoute(':id/aims', {
    summary: 'Schedule an Academy Improvement Meeting',
    description:
      'The answer\'s `id` is the new AIM\'s. Its six documents fall due a week before `date`; a deadline job records those still missing then as overdue. ' +
      'With an `Idempotency-Key` the id is derived from the key and your user, so a retry never schedules the AIM twice.',
    notFound: 'Unknown academy.',
  })
  @ApiParam({ name: 'id', description: 'The academy URN.', example: '138201' })
  schedule(@AcademyIdParam() academyId: string, @Body() body: ScheduleAimDto, @CommandMetadata() metadata: EventMetadata, @Grant() grant: AccessGrant): Promise<CommandAnswer> {
    const command = { type: 'ScheduleAim', aimId: recordIdFor('aim', metadata), academyId, date: body.date, format: body.format, focus: body.focus ?? null } as const;
    return this.commandBus.execute(new ScheduleAimCommand(command, metadata, grant));
  }
}
