/**
 * Commands on one member of staff's entry in the database of expertise (`expertise-<staffId>`), with input
 * as it arrives from a client: every field is validated by the decider, which names the field it refuses.
 */

/** An entry as a client gives it, whole: registering and updating both take one. */
export type ExpertiseEntryInput = {
  staffId: string;
  name: string;
  /** The academy that employs them, or null for staff the trust employs centrally. */
  academyId: string | null;
  role: string;
  areas: readonly string[];
  otherAreas?: readonly string[] | null;
};

export type RegisterExpertise = { type: 'RegisterExpertise' } & ExpertiseEntryInput;

/** Replaces the whole entry (name, employer, role and areas), so a client sends it as it should now stand. */
export type UpdateExpertise = { type: 'UpdateExpertise' } & ExpertiseEntryInput;

export type WithdrawExpertise = {
  type: 'WithdrawExpertise';
  staffId: string;
  reason?: string | null;
};

export type ExpertiseCommand = RegisterExpertise | UpdateExpertise | WithdrawExpertise;
