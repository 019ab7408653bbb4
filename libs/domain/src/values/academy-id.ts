import { DomainError } from '../shared/domain-error.js';

/** An academy's URN: a converting or re-brokered school gets a new one, so it is never reused for another school. */
export type AcademyId = string & { readonly __brand: 'AcademyId' };

/** A URN is six digits: the pattern the HTTP layer publishes and checks paths and claims with, too. */
export const ACADEMY_ID_PATTERN = '^\\d{6}$';
const URN = new RegExp(ACADEMY_ID_PATTERN);

export function parseAcademyId(input: unknown, field: string): AcademyId {
  if (typeof input !== 'string' || !URN.test(input)) {
    throw DomainError.invalid(field, 'must be a URN of exactly 6 digits, as a string');
  }
  return input as AcademyId;
}
