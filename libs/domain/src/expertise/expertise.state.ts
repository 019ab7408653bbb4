import { DomainError } from '../shared/domain-error.js';
import type { ExpertiseProfile } from './expertise.events.js';

/** One member of staff's entry: not registered, listed, or withdrawn (and so not offered when brokering). */
export type ExpertiseState =
  | { status: 'not-registered' }
  | { status: 'registered' | 'withdrawn'; staffId: string; profile: ExpertiseProfile };

export type RegisteredExpertiseState = Exclude<ExpertiseState, { status: 'not-registered' }>;

/** The state a command on an existing entry needs, or 404 when it was never registered. */
export function registeredExpertise(state: ExpertiseState, staffId: string): RegisteredExpertiseState {
  if (state.status === 'not-registered' || state.staffId !== staffId) {
    throw DomainError.notFound(`staff member ${staffId} is not in the database of expertise`);
  }
  return state;
}
