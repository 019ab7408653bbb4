import type { Schemas } from '../api/queries';

export type ComplianceEntry = Schemas['ComplianceEntryDto'];

/** The requirements an academy has not yet met in the year, in words. */
export function shortfallsOf(entry: ComplianceEntry): string[] {
  const shortfalls: string[] = [];
  if (entry.sipVisits.required !== null && entry.sipVisits.held < entry.sipVisits.required) shortfalls.push('SIP visits');
  if (entry.reviews.required !== null && entry.reviews.held < entry.reviews.required) shortfalls.push('Commissioned reviews');
  if (entry.aims.held < entry.aims.expected) shortfalls.push('AIMs');
  if (entry.coreDays.used > entry.coreDays.entitled) shortfalls.push('Core days over entitlement');
  return shortfalls;
}
