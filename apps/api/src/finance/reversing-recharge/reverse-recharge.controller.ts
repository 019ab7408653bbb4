import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import type { EventMetadata } from '@trust/event-store';
import { Allow } from '../../access/allow.decorator.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CommandRoute } from '../../common/commands/command-route.decorator.js';
import { RechargeAnswer } from '../recharge-answer.js';
import { RechargeIdParam } from '../recharge-id.pipe.js';
import { ReverseRechargeCommand } from './reverse-recharge.handler.js';
import { ReverseRechargeDto } from './reverse-recharge.dto.js';

@ApiTags('finance')
@Controller('recharges')
export class ReverseRechargeController {
  constructor(private readonly commandBus: CommandBus) {}

  @Allow('recharges.reverse')
  // Above @CommandRoute, so it replaces that decorator's generic CommandAnswer schema.
  @ApiCreatedResponse({ type: RechargeAnswer, description: 'The reversal posted, with the amount reversed.' })
  @CommandRoute(':id/reversal', {
    summary: 'Reverse a recharge: post its contra entries',
    description:
      'A correction is a reversal, never an edit: the supported academy is credited and the provider debited by the same amount, ' +
      'in the original recharge\'s academic year, dated today. Log the corrected recharge as a new one.',
    notFound: 'No recharge with this id has been logged.',
    conflict: 'The recharge was already reversed (a recharge is reversed once), or a concurrent change.',
  })
  @ApiParam({ name: 'id', description: 'The recharge id, from the answer of POST /recharges.' })
  reverse(@RechargeIdParam() rechargeId: string, @Body() body: ReverseRechargeDto, @CommandMetadata() metadata: EventMetadata): Promise<RechargeAnswer> {
    return this.commandBus.execute(new ReverseRechargeCommand({ type: 'ReverseRecharge', rechargeId, reason: body.reason }, metadata));
  }
}
