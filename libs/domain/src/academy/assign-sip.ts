import type { DecisionContext } from '../shared/decider.js';
import type { AssignSip } from '../evidence/evidence.commands.js';
import { parseDateNotInFuture } from '../evidence/not-in-future.js';
import { parseAcademyId } from '../values/academy-id.js';
import { parseText } from '../values/text.js';
import type { AcademyEvent } from './academy.events.js';
import { registeredAcademy, type AcademyState } from './academy.state.js';
import { MAX_LABEL_LENGTH, MAX_NAME_LENGTH } from '../values/limits.js';


/**
 * Seed 000: "The School Improvement Partner ... will be assigned to each academy. All School Improvement
 * Partners will be approved by the Trust Board". A new assignment replaces the partner assigned before.
 */
export function assignSip(command: AssignSip, state: AcademyState, { now }: DecisionContext): AcademyEvent[] {
  const academyId = parseAcademyId(command.academyId, 'academyId');
  const sipId = parseText(command.sipId, 'sipId', MAX_LABEL_LENGTH);
  const name = parseText(command.name, 'name', MAX_NAME_LENGTH);
  const approvedOn = parseDateNotInFuture(command.approvedOn, 'approvedOn', now);

  const { sip } = registeredAcademy(state, academyId).evidence;
  if (sip !== null && sip.sipId === sipId && sip.name === name && sip.approvedOn === approvedOn) {
    return [];
  }
  return [{ type: 'SipAssigned', data: { academyId, sipId, name, approvedOn } }];
}
