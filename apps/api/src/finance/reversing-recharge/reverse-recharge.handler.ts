import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { rechargeDecider, rechargeStreamId, type DomainEvent, type ReverseRecharge } from '@trust/domain';
import { commandAnswerOf, CommandPipeline } from '../../common/commands/command-pipeline.js';
import type { RechargeAnswer } from '../recharge-answer.js';
import type { EventMetadata } from '@trust/event-store';

export class ReverseRechargeCommand extends Command<RechargeAnswer> {
  constructor(
    readonly command: ReverseRecharge,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}

@CommandHandler(ReverseRechargeCommand)
export class ReverseRechargeHandler implements ICommandHandler<ReverseRechargeCommand> {
  constructor(private readonly pipeline: CommandPipeline) {}

  async execute({ command, metadata }: ReverseRechargeCommand): Promise<RechargeAnswer> {
    const handled = await this.pipeline.run({
      streamId: rechargeStreamId(command.rechargeId),
      decider: rechargeDecider,
      command,
      metadata,
      subject: `recharge ${command.rechargeId}`,
    });
    const reversal = handled.events.find(isRechargeReversed);
    if (reversal === undefined) throw new Error(`recharge ${command.rechargeId}: the pipeline answered without a RechargeReversed event`);
    return { ...commandAnswerOf(command.rechargeId, handled), amountPence: reversal.data.amountPence, academicYear: reversal.data.academicYear };
  }
}

function isRechargeReversed(event: DomainEvent): event is Extract<DomainEvent, { type: 'RechargeReversed' }> {
  return event.type === 'RechargeReversed';
}
