import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { CORE_DAYS_PER_YEAR } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import { Allow } from '../../access/allow.decorator.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CommandRoute } from '../../common/commands/command-route.decorator.js';
import { AcademyIdParam } from '../../common/http/academy-id.pipe.js';
import { LogCoreDayCommand } from './log-core-day.handler.js';
import { LogCoreDayDto } from './log-core-day.dto.js';

@ApiTags('finance')
@Controller('academies')
export class LogCoreDayController {
  constructor(private readonly commandBus: CommandBus) {}

  @Allow('core-days.log')
  @CommandRoute(':id/core-days', {
    summary: "Log a day of the improvement director's core entitlement with an academy (never recharged)",
    description: `Each academy is entitled to up to ${CORE_DAYS_PER_YEAR} core days a year, its three Academy Improvement Meetings included; further days are Academy Development Days, logged as recharges.`,
    conflict: 'A concurrent change to the same academy\'s core days.',
    refused:
      `The days would take the academy beyond its ${CORE_DAYS_PER_YEAR} core days in the academic year; or \`commitmentId\` names no support commitment ` +
      "of the academy's improvement plan for that year.",
  })
  @ApiParam({ name: 'id', description: 'The academy URN.', example: '138201' })
  log(@AcademyIdParam() academyId: string, @Body() body: LogCoreDayDto, @CommandMetadata() metadata: EventMetadata): Promise<CommandAnswer> {
    return this.commandBus.execute(
      new LogCoreDayCommand(
        { type: 'LogCoreDay', academyId, deliveredOn: body.deliveredOn, days: body.days, description: body.description, commitmentId: body.commitmentId ?? null },
        metadata,
      ),
    );
  }
}
