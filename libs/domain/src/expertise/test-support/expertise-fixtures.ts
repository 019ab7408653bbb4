import { deciderSpec } from '../../test-support/decider-spec.js';
import { expertiseDecider } from '../expertise.decider.js';
import type {
  ExpertiseEvent,
  ExpertiseRegisteredData,
  ExpertiseUpdatedData,
  ExpertiseWithdrawnData,
} from '../expertise.events.js';

/** Fixtures for the database of expertise specs: "now" is Wednesday 12 March 2025. */

export const NOW = new Date('2025-03-12T12:00:00Z');
export const TODAY = '2025-03-12';

export const given = deciderSpec(expertiseDecider, { now: NOW });

export const STAFF_ID = 'staff-1';

/** By default, a headteacher at 123456 strong in phonics and early reading. */
export function expertiseRegistered(data: Partial<ExpertiseRegisteredData> = {}): ExpertiseEvent {
  return {
    type: 'ExpertiseRegistered',
    data: {
      staffId: STAFF_ID,
      name: 'Ann Head',
      employerAcademyId: '123456',
      role: 'headteacher',
      areas: ['phonics', 'early-reading'],
      otherAreas: [],
      registeredOn: TODAY,
      ...data,
    },
  };
}

export const registered = expertiseRegistered();

export function expertiseUpdated(data: Partial<ExpertiseUpdatedData> = {}): ExpertiseEvent {
  return {
    type: 'ExpertiseUpdated',
    data: {
      staffId: STAFF_ID,
      name: 'Ann Head',
      employerAcademyId: '123456',
      role: 'headteacher',
      areas: ['phonics', 'early-reading', 'send'],
      otherAreas: ['Talk for Writing'],
      updatedOn: TODAY,
      ...data,
    },
  };
}

export function expertiseWithdrawn(data: Partial<ExpertiseWithdrawnData> = {}): ExpertiseEvent {
  return {
    type: 'ExpertiseWithdrawn',
    data: { staffId: STAFF_ID, reason: 'Left the trust', withdrawnOn: TODAY, ...data },
  };
}
