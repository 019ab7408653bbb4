/** Commands on one academy's core improvement director days, with input as it arrives from a client (see API.md). */

export type LogCoreDay = {
  type: 'LogCoreDay';
  academyId: string;
  /** The day the support was given (YYYY-MM-DD); its academic year is the entitlement it counts against. */
  deliveredOn: string;
  days: number;
  description: string;
};

export type CoreDaysCommand = LogCoreDay;
