import type { ImprovementPlanLookUp } from '../../improvement-plan/plan-look-up.js';

/** Commands on one academy's core improvement director days, with input as it arrives from a client (docs/API-CONVENTIONS.md). */

export type LogCoreDay = {
  type: 'LogCoreDay';
  academyId: string;
  /** The day the support was given (YYYY-MM-DD); its academic year is the entitlement it counts against. */
  deliveredOn: string;
  days: number;
  description: string;
  /**
   * Core days the academy's Academy Improvement Meetings of that academic year take (scheduled or held,
   * by their format): seed 003, "Included within these days are three Academy Improvement Meetings".
   * Looked up by the application, not sent by the client.
   */
  aimDays: number;
  /** The support commitment of the academy's improvement plan for that academic year the day delivers, if any. */
  commitmentId?: string | null;
  /** That plan, looked up by the application when `commitmentId` is given (see ImprovementPlanLookUp). */
  plan?: ImprovementPlanLookUp;
};

export type CoreDaysCommand = LogCoreDay;
