import type { DecisionContext } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { isoDateOf } from '../values/iso-date.js';
import type { RegisterExpertise } from './expertise.commands.js';
import type { ExpertiseEvent } from './expertise.events.js';
import type { ExpertiseState } from './expertise.state.js';
import { parseExpertiseEntry } from './parse-expertise-entry.js';

/** Lists someone in the database of expertise; someone withdrawn earlier may be registered again. */
export function registerExpertise(
  command: RegisterExpertise,
  state: ExpertiseState,
  { now }: DecisionContext,
): ExpertiseEvent[] {
  const { staffId, profile } = parseExpertiseEntry(command);

  if (state.status === 'registered') {
    throw DomainError.conflict(`staff member ${staffId} is already in the database of expertise`);
  }
  return [{ type: 'ExpertiseRegistered', data: { staffId, ...profile, registeredOn: isoDateOf(now) } }];
}
