import type { DecisionContext } from '../shared/decider.js';
import { isoDateOf } from '../values/iso-date.js';
import { parseAimFocus } from './aim-focus.js';
import type { AgreeAimFocus } from './aim.commands.js';
import type { AimEvent } from './aim.events.js';
import { refuseOnceHeld, scheduledAim, type AimState } from './aim.state.js';
import { parseRecordId } from './record-id.js';

/**
 * Seed 003: "One week prior to the AIM, the Academy Improvement Director will agree the focus of the AIM
 * with the Headteacher". Agreeing a different focus later replaces it; agreeing the focus already agreed
 * changes nothing.
 */
export function agreeAimFocus(command: AgreeAimFocus, state: AimState, { now }: DecisionContext): AimEvent[] {
  const aimId = parseRecordId(command.aimId, 'aimId');
  const focus = parseAimFocus(command.focus, 'focus');

  const aim = scheduledAim(state, aimId);
  refuseOnceHeld(aim, 'have its focus agreed');
  if (aim.focusAgreed && aim.focus === focus) {
    return [];
  }
  return [{ type: 'AimFocusAgreed', data: { aimId, academyId: aim.academyId, focus, agreedOn: isoDateOf(now) } }];
}
