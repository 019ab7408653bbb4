import type { ExpertiseEvent, ExpertiseProfile } from './expertise.events.js';
import type { ExpertiseState } from './expertise.state.js';

export const initialExpertiseState = (): ExpertiseState => ({ status: 'not-registered' });

export function evolveExpertise(state: ExpertiseState, event: ExpertiseEvent): ExpertiseState {
  switch (event.type) {
    case 'ExpertiseRegistered':
      return state.status === 'registered'
        ? state
        : { status: 'registered', staffId: event.data.staffId, profile: profileOf(event.data) };
    case 'ExpertiseUpdated':
      return state.status === 'registered' ? { ...state, profile: profileOf(event.data) } : state;
    case 'ExpertiseWithdrawn':
      return state.status === 'registered' ? { ...state, status: 'withdrawn' } : state;
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}

function profileOf({ name, employerAcademyId, role, areas, otherAreas }: ExpertiseProfile): ExpertiseProfile {
  return { name, employerAcademyId, role, areas, otherAreas };
}
