import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { EventMetadata } from '@trust/event-store';
import { Allow } from '../../access/allow.decorator.js';
import { CommandMetadata } from '../../common/commands/command-metadata.decorator.js';
import { CommandRoute } from '../../common/commands/command-route.decorator.js';
import { RechargeAnswer } from '../recharge-answer.js';
import { LogRechargeCommand } from './log-recharge.handler.js';
import { LogRechargeDto } from './log-recharge.dto.js';

@ApiTags('finance')
@Controller('recharges')
export class LogRechargeController {
  constructor(private readonly commandBus: CommandBus) {}

  @Allow('recharges.log')
  // Above @CommandRoute, so it replaces that decorator's generic CommandAnswer schema.
  @ApiCreatedResponse({ type: RechargeAnswer, description: 'The recharge logged, with its amount.' })
  @CommandRoute('', {
    summary: 'Log days of support recharged to the academy supported',
    description:
      'Priced by the rate card in force for the academic year of `deliveredOn` (the default rates when the year has none): ' +
      'the supported academy is debited and the provider\'s academy, or the trust centre for centrally employed staff, credited with the same amount. ' +
      'The answer\'s `id` is the new recharge\'s. With an `Idempotency-Key` the id is derived from the key and your user, so a retry — ' +
      'even after a lost answer — never logs the recharge twice.',
    notFound: 'The supported or provider academy is not registered.',
    conflict: 'A request with the same Idempotency-Key is still being processed.',
    refused: "An academy cannot recharge itself; or `commitmentId` names no support commitment of the supported academy's improvement plan for that year.",
  })
  log(@Body() body: LogRechargeDto, @CommandMetadata() metadata: EventMetadata): Promise<RechargeAnswer> {
    return this.commandBus.execute(
      new LogRechargeCommand(
        {
          supportedAcademyId: body.supportedAcademyId,
          providerRole: body.providerRole,
          providerAcademyId: body.providerAcademyId,
          days: body.days,
          deliveredOn: body.deliveredOn,
          description: body.description,
          commitmentId: body.commitmentId ?? null,
        },
        metadata,
      ),
    );
  }
}
