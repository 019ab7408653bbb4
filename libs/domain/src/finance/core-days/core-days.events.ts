import { academicYearSlug } from '../academic-year-slug.js';

/** Events of one academy's core days stream for one academic year (`core-days-<URN>-2024-25`). Never recharged. */

export type CoreDayLoggedData = {
  academyId: string;
  academicYear: string;
  deliveredOn: string;
  days: number;
  description: string;
};

export type CoreDaysEvent = { type: 'CoreDayLogged'; data: CoreDayLoggedData };

export const coreDaysStreamId = (academyId: string, academicYear: string): string =>
  `core-days-${academyId}-${academicYearSlug(academicYear)}`;
