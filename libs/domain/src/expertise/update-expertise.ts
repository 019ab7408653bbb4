import type { DecisionContext } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { isoDateOf } from '../values/iso-date.js';
import type { UpdateExpertise } from './expertise.commands.js';
import type { ExpertiseEvent, ExpertiseProfile } from './expertise.events.js';
import { registeredExpertise, type ExpertiseState } from './expertise.state.js';
import { parseExpertiseEntry } from './parse-expertise-entry.js';

/** Replaces an entry as it should now stand; an entry sent unchanged (in any order) changes nothing. */
export function updateExpertise(
  command: UpdateExpertise,
  state: ExpertiseState,
  { now }: DecisionContext,
): ExpertiseEvent[] {
  const { staffId, profile } = parseExpertiseEntry(command);

  const current = registeredExpertise(state, staffId);
  if (current.status === 'withdrawn') {
    throw DomainError.refused(
      `staff member ${staffId} was withdrawn from the database of expertise; register them again`,
    );
  }
  if (sameProfile(current.profile, profile)) {
    return [];
  }
  return [{ type: 'ExpertiseUpdated', data: { staffId, ...profile, updatedOn: isoDateOf(now) } }];
}

function sameProfile(a: ExpertiseProfile, b: ExpertiseProfile): boolean {
  const sameSet = (x: readonly string[], y: readonly string[]): boolean =>
    x.length === y.length && x.every((item) => y.includes(item));
  return (
    a.name === b.name &&
    a.employerAcademyId === b.employerAcademyId &&
    a.role === b.role &&
    sameSet(a.areas, b.areas) &&
    sameSet(a.otherAreas, b.otherAreas)
  );
}
