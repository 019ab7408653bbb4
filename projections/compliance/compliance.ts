import { academicYearOf } from '@trust/domain';
import type { DomainEvent, SupportTier } from '@trust/domain';

/** The events compliance is folded from; every other event leaves it as it is. */
export const COMPLIANCE_EVENT_TYPES = ['AcademyRegistered', 'TierAssigned', 'SipVisitRecorded', 'CommissionedReviewCompleted', 'CoreDayLogged'] as const;
export type ComplianceEventType = (typeof COMPLIANCE_EVENT_TYPES)[number];
export type ComplianceEvent = Extract<DomainEvent, { type: ComplianceEventType }>;
type YearEvent = Exclude<ComplianceEvent, { type: 'AcademyRegistered' }>;

/** An academy the compliance answer lists (from the year it joined the trust). */
export interface ComplianceAcademy {
  academyId: string;
  name: string;
  joinedOn: string;
}

/** What one academy did in one academic year towards what its tier requires. */
export interface ComplianceYear {
  academyId: string;
  academicYear: string;
  /** The year's current tier: its latest decision; null until one is made. */
  tier: SupportTier | null;
  decisionId: string | null;
  /** School Improvement Partner visits whose date falls in the year. */
  sipVisitsHeld: number;
  /** Trust-commissioned reviews of the year. */
  reviewsHeld: number;
  /** Core improvement director days logged for the year (in half days). */
  coreDaysUsed: number;
  /** Global position of the last event folded in: an event at or below it was folded already. */
  lastPosition: bigint;
}

export function isComplianceEvent(event: DomainEvent): event is ComplianceEvent {
  return (COMPLIANCE_EVENT_TYPES as readonly string[]).includes(event.type);
}

export const yearKey = (academyId: string, academicYear: string): string => `${academyId}|${academicYear}`;

/** The academy and academic year an event counts towards; null for a registration. */
export function yearOf(event: ComplianceEvent): { academyId: string; academicYear: string } | null {
  switch (event.type) {
    case 'AcademyRegistered':
      return null;
    case 'TierAssigned':
    case 'CommissionedReviewCompleted':
    case 'CoreDayLogged':
      return { academyId: event.data.academyId, academicYear: event.data.academicYear };
    case 'SipVisitRecorded':
      return { academyId: event.data.academyId, academicYear: academicYearOf(event.data.visitedOn) };
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}

/** The academy after its registration: the first registration stands. Pure. */
export function evolveComplianceAcademy(academy: ComplianceAcademy | null, event: ComplianceEvent): ComplianceAcademy | null {
  if (academy !== null || event.type !== 'AcademyRegistered') return academy;
  const { academyId, name, joinedOn } = event.data;
  return { academyId, name, joinedOn };
}

/**
 * The year after one more event at `position`. Pure. An event at or below the year's last position was
 * folded in already and changes nothing, so replaying events is harmless.
 */
export function evolveComplianceYear(year: ComplianceYear | null, event: ComplianceEvent, position: bigint): ComplianceYear | null {
  const key = yearOf(event);
  if (key === null) return year;
  if (year !== null && position <= year.lastPosition) return year;
  const current: ComplianceYear = year ?? { ...key, tier: null, decisionId: null, sipVisitsHeld: 0, reviewsHeld: 0, coreDaysUsed: 0, lastPosition: 0n };
  return { ...foldYear(current, event as YearEvent), lastPosition: position };
}

function foldYear(year: ComplianceYear, event: YearEvent): ComplianceYear {
  switch (event.type) {
    case 'TierAssigned':
      // Events arrive in order, so the latest decision of the year is the one in force.
      return { ...year, tier: event.data.tier, decisionId: event.data.decisionId };
    case 'SipVisitRecorded':
      return { ...year, sipVisitsHeld: year.sipVisitsHeld + 1 };
    case 'CommissionedReviewCompleted':
      return { ...year, reviewsHeld: year.reviewsHeld + 1 };
    case 'CoreDayLogged':
      return { ...year, coreDaysUsed: year.coreDaysUsed + event.data.days };
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}
