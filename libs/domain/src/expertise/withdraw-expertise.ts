import type { DecisionContext } from '../shared/decider.js';
import { isoDateOf } from '../values/iso-date.js';
import { parseText } from '../values/text.js';
import { parseRecordId } from '../aim/record-id.js';
import type { WithdrawExpertise } from './expertise.commands.js';
import type { ExpertiseEvent } from './expertise.events.js';
import { registeredExpertise, type ExpertiseState } from './expertise.state.js';
import { MAX_TEXT_LENGTH } from '../values/limits.js';


/** Takes someone out of brokering (they left, or can no longer offer support); withdrawing twice changes nothing. */
export function withdrawExpertise(
  command: WithdrawExpertise,
  state: ExpertiseState,
  { now }: DecisionContext,
): ExpertiseEvent[] {
  const staffId = parseRecordId(command.staffId, 'staffId');
  const reason =
    command.reason === undefined || command.reason === null
      ? null
      : parseText(command.reason, 'reason', MAX_TEXT_LENGTH);

  const current = registeredExpertise(state, staffId);
  if (current.status === 'withdrawn') {
    return [];
  }
  return [{ type: 'ExpertiseWithdrawn', data: { staffId, reason, withdrawnOn: isoDateOf(now) } }];
}
