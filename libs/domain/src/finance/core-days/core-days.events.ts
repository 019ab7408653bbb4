import { academicYearSlug } from '../academic-year-slug.js';

/** Events of one academy's core days stream for one academic year (`core-days-<URN>-2024-25`). Never recharged. */

export type CoreDayLoggedData = {
  academyId: string;
  academicYear: string;
  deliveredOn: string;
  days: number;
  description: string;
  /**
   * The support commitment of the academy's improvement plan for the year that the day delivers (schema 2);
   * null when it delivers none named, and for every day stored at schema 1.
   */
  commitmentId: string | null;
};

export type CoreDaysEvent = { type: 'CoreDayLogged'; data: CoreDayLoggedData };

export const coreDaysStreamId = (academyId: string, academicYear: string): string =>
  `core-days-${academyId}-${academicYearSlug(academicYear)}`;
