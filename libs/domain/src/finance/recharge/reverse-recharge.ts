import type { DecisionContext } from '../../shared/decider.js';
import { DomainError } from '../../shared/domain-error.js';
import { isoDateOf } from '../../values/iso-date.js';
import { parseText } from '../../values/text.js';
import { parseRechargeId } from './recharge-id.js';
import type { ReverseRecharge } from './recharge.commands.js';
import type { RechargeEvent } from './recharge.events.js';
import { loggedRecharge, type RechargeState } from './recharge.state.js';
import { MAX_TEXT_LENGTH } from '../../values/limits.js';

export function reverseRecharge(
  command: ReverseRecharge,
  state: RechargeState,
  { now }: DecisionContext,
): RechargeEvent[] {
  const rechargeId = parseRechargeId(command.rechargeId, 'rechargeId');
  const reason = parseText(command.reason, 'reason', MAX_TEXT_LENGTH);

  const logged = loggedRecharge(state, rechargeId);
  if (logged.status === 'reversed') {
    throw DomainError.conflict(`recharge ${rechargeId} was already reversed on ${logged.reversal.reversedOn}`);
  }
  const { supportedAcademyId, providerAcademyId, academicYear, deliveredOn, amountPence } = logged.recharge;
  return [
    {
      type: 'RechargeReversed',
      data: {
        rechargeId,
        supportedAcademyId,
        providerAcademyId,
        academicYear,
        deliveredOn,
        amountPence,
        reason,
        reversedOn: isoDateOf(now),
      },
    },
  ];
}
