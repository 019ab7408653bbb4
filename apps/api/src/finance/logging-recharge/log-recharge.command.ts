import { Command } from '@nestjs/cqrs';
import type { LogRecharge } from '@trust/domain';
import type { EventMetadata } from '@trust/event-store';
import type { RechargeAnswer } from '../recharge-answer.js';

/** A recharge as the client sends it: the id and the rate card are the handler's to find. */
export type RechargeRequest = Omit<LogRecharge, 'type' | 'rechargeId' | 'rateCard'>;

export class LogRechargeCommand extends Command<RechargeAnswer> {
  constructor(
    readonly request: RechargeRequest,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}
