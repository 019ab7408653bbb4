import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { EventMetadata } from '@trust/event-store';
import { Allow } from '../../access/allow.decorator.js';
import type { CommandAnswer } from '../../common/commands/command-answer.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CommandRoute } from '../../common/commands/command-route.decorator.js';
import { SetRateCardCommand } from './set-rate-card.handler.js';
import { SetRateCardDto } from './set-rate-card.dto.js';

@ApiTags('finance')
@Controller('rate-cards')
export class SetRateCardController {
  constructor(private readonly commandBus: CommandBus) {}

  @Allow('rate-cards.set')
  @CommandRoute('', {
    summary: "Set an academic year's rate card: pence per day for each role",
    description:
      'Recharges of support delivered in the year are priced by it; a year without one uses the default rates. ' +
      'The answer\'s `id` is the academic year. Setting the same rates again appends nothing.',
    notFound: false,
    conflict: 'A concurrent change to the same rate card.',
  })
  set(@Body() body: SetRateCardDto, @CommandMetadata() metadata: EventMetadata): Promise<CommandAnswer> {
    return this.commandBus.execute(
      new SetRateCardCommand(
        {
          type: 'SetRateCard',
          academicYear: body.academicYear,
          rates: {
            'improvement-director': body.rates['improvement-director'],
            'hub-lead': body.rates['hub-lead'],
            headteacher: body.rates.headteacher,
            teacher: body.rates.teacher,
            'support-staff': body.rates['support-staff'],
          },
        },
        metadata,
      ),
    );
  }
}
