import { Command } from '@nestjs/cqrs';
import type { ReverseRecharge } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { RechargeAnswer } from '../recharge-answer.js';

export class ReverseRechargeCommand extends Command<RechargeAnswer> {
  constructor(
    readonly command: ReverseRecharge,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}
