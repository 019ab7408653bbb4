import type { SupportRole } from '../finance/support-role.js';
import type { ExpertiseArea } from './expertise-area.js';

/** Events of one member of staff's entry in the database of expertise (`expertise-<staffId>`). */

/** What the database knows of someone: who they are, where they work, and what they can offer. */
export type ExpertiseProfile = {
  name: string;
  /**
   * The academy employing them; null: employed by the trust centrally (the improvement director, a hub
   * improvement lead). Not `academyId`: elsewhere an event's `academyId` is always the academy it is about.
   */
  employerAcademyId: string | null;
  /** The rate card's role, so support brokered from the database is recharged at the right rate. */
  role: SupportRole;
  areas: ExpertiseArea[];
  otherAreas: string[];
};

export type ExpertiseRegisteredData = ExpertiseProfile & { staffId: string; registeredOn: string };

export type ExpertiseUpdatedData = ExpertiseProfile & { staffId: string; updatedOn: string };

export type ExpertiseWithdrawnData = { staffId: string; reason: string | null; withdrawnOn: string };

export type ExpertiseEvent =
  | { type: 'ExpertiseRegistered'; data: ExpertiseRegisteredData }
  | { type: 'ExpertiseUpdated'; data: ExpertiseUpdatedData }
  | { type: 'ExpertiseWithdrawn'; data: ExpertiseWithdrawnData };

export const expertiseStreamId = (staffId: string): string => `expertise-${staffId}`;
