import { academicYearSlug } from '../academic-year-slug.js';
import type { RateCardRates } from './rate-card.js';

/** Events of one academic year's rate card stream (`rate-card-2024-25`). */

export type RateCardSetData = {
  academicYear: string;
  rates: RateCardRates;
};

export type RateCardEvent = { type: 'RateCardSet'; data: RateCardSetData };

export const rateCardStreamId = (academicYear: string): string => `rate-card-${academicYearSlug(academicYear)}`;
