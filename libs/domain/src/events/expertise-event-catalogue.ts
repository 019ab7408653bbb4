import { EXPERTISE_AREAS } from '../expertise/expertise-area.js';
import type { ExpertiseEvent, ExpertiseProfile } from '../expertise/expertise.events.js';
import { SUPPORT_ROLES } from '../finance/support-role.js';
import type { DatedEventCatalogue } from './event-catalogue.js';
import type { EventDataReader } from './event-data-reader.js';

export const expertiseEventCatalogue: DatedEventCatalogue<ExpertiseEvent> = {
  ExpertiseRegistered: {
    storedName: 'ExpertiseRegistered',
    schemaVersion: 1,
    upcasters: [],
    read: (data) => ({
      staffId: data.string('staffId'),
      ...readProfile(data),
      registeredOn: data.string('registeredOn'),
    }),
    // Expertise records are about no date in the school world.
    effectiveDate: () => null,
  },
  ExpertiseUpdated: {
    storedName: 'ExpertiseUpdated',
    schemaVersion: 1,
    upcasters: [],
    read: (data) => ({
      staffId: data.string('staffId'),
      ...readProfile(data),
      updatedOn: data.string('updatedOn'),
    }),
    effectiveDate: () => null,
  },
  ExpertiseWithdrawn: {
    storedName: 'ExpertiseWithdrawn',
    schemaVersion: 1,
    upcasters: [],
    read: (data) => ({
      staffId: data.string('staffId'),
      reason: data.nullableString('reason'),
      withdrawnOn: data.string('withdrawnOn'),
    }),
    effectiveDate: () => null,
  },
};

function readProfile(data: EventDataReader): ExpertiseProfile {
  return {
    name: data.string('name'),
    employerAcademyId: data.nullableString('employerAcademyId'),
    role: data.oneOf('role', SUPPORT_ROLES),
    areas: data.oneOfArray('areas', EXPERTISE_AREAS),
    otherAreas: data.stringArray('otherAreas'),
  };
}
