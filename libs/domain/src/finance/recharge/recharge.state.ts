import { DomainError } from '../../shared/domain-error.js';
import type { RechargeLoggedData, RechargeReversedData } from './recharge.events.js';

/** One recharge: not logged yet, logged, or logged and reversed (once, for good). */
export type RechargeState =
  | { status: 'not-logged' }
  | { status: 'logged'; recharge: RechargeLoggedData }
  | { status: 'reversed'; recharge: RechargeLoggedData; reversal: RechargeReversedData };

export type LoggedRechargeState = Exclude<RechargeState, { status: 'not-logged' }>;

/** The state a command on an existing recharge needs, or 404 when it was never logged. */
export function loggedRecharge(state: RechargeState, rechargeId: string): LoggedRechargeState {
  if (state.status === 'not-logged' || state.recharge.rechargeId !== rechargeId) {
    throw DomainError.notFound(`recharge ${rechargeId} has not been logged`);
  }
  return state;
}
