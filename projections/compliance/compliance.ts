import { academicYearOf, coreDaysOfAim, effectiveDateOf } from '@trust/domain';
import type { DomainEvent, SupportTier } from '@trust/domain';

/** The events compliance is folded from; every other event leaves it as it is. */
export const COMPLIANCE_EVENT_TYPES = ['AcademyRegistered', 'TierAssigned', 'SipVisitRecorded', 'CommissionedReviewCompleted', 'CoreDayLogged', 'AimHeld'] as const;
export type ComplianceEventType = (typeof COMPLIANCE_EVENT_TYPES)[number];
export type ComplianceEvent = Extract<DomainEvent, { type: ComplianceEventType }>;

/** An academy the compliance answer lists (from the year it joined the trust). */
export interface ComplianceAcademy {
  academyId: string;
  name: string;
  joinedOn: string;
}

/** The tier in force for one academy in one academic year. */
export interface ComplianceYear {
  academyId: string;
  academicYear: string;
  /** The year's current tier: its latest decision; null until one is made. */
  tier: SupportTier | null;
  decisionId: string | null;
  /** Global position of the last decision folded in: an event at or below it was folded already. */
  lastPosition: bigint;
}

export const COMPLIANCE_FACT_KINDS = ['sip-visit', 'commissioned-review', 'core-day', 'aim-held'] as const;
export type ComplianceFactKind = (typeof COMPLIANCE_FACT_KINDS)[number];

/**
 * One thing that counts towards what a tier requires, on the day it happened: a School Improvement
 * Partner visit, a trust-commissioned review, core improvement director days logged, or an Academy
 * Improvement Meeting held. Stored one row each, so a count can be cut at any date (`on`).
 */
export interface ComplianceFact {
  /** `aim-<aimId>` for a held AIM (one per meeting); `<kind>@<position>` for the rest, which carry no id. */
  factId: string;
  kind: ComplianceFactKind;
  academyId: string;
  academicYear: string;
  /** Core improvement director days the fact takes: the days logged, or the AIM's (coreDaysOfAim); 0 otherwise. */
  coreDays: number;
  /** The day it happened (effectiveDateOf). */
  effectiveOn: string;
}

export function isComplianceEvent(event: DomainEvent): event is ComplianceEvent {
  return (COMPLIANCE_EVENT_TYPES as readonly string[]).includes(event.type);
}

export const yearKey = (academyId: string, academicYear: string): string => `${academyId}|${academicYear}`;

/** The academy and academic year whose tier an event decides; null for every other event. */
export function yearOf(event: ComplianceEvent): { academyId: string; academicYear: string } | null {
  return event.type === 'TierAssigned' ? { academyId: event.data.academyId, academicYear: event.data.academicYear } : null;
}

/** The academy after its registration: the first registration stands. Pure. */
export function evolveComplianceAcademy(academy: ComplianceAcademy | null, event: ComplianceEvent): ComplianceAcademy | null {
  if (academy !== null || event.type !== 'AcademyRegistered') return academy;
  const { academyId, name, joinedOn } = event.data;
  return { academyId, name, joinedOn };
}

/**
 * The year after one more event at `position`. Pure. Only a tier decision changes it; one at or below
 * the year's last position was folded in already and changes nothing, so replaying events is harmless.
 */
export function evolveComplianceYear(year: ComplianceYear | null, event: ComplianceEvent, position: bigint): ComplianceYear | null {
  if (event.type !== 'TierAssigned') return year;
  if (year !== null && position <= year.lastPosition) return year;
  const { academyId, academicYear, tier, decisionId } = event.data;
  // Events arrive in order, so the latest decision of the year is the one in force.
  return { academyId, academicYear, tier, decisionId, lastPosition: position };
}

/** The fact an event at `position` records, or null when it records none. Pure. */
export function complianceFactOf(event: ComplianceEvent, position: bigint): ComplianceFact | null {
  const effectiveOn = effectiveDateOf(event);
  if (effectiveOn === null) return null;
  const at = (kind: ComplianceFactKind): string => `${kind}@${position.toString()}`;
  switch (event.type) {
    case 'AcademyRegistered':
    case 'TierAssigned':
      return null;
    case 'SipVisitRecorded':
      // A visit counts in the academic year of its date.
      return { factId: at('sip-visit'), kind: 'sip-visit', academyId: event.data.academyId, academicYear: academicYearOf(event.data.visitedOn), coreDays: 0, effectiveOn };
    case 'CommissionedReviewCompleted':
      return { factId: at('commissioned-review'), kind: 'commissioned-review', academyId: event.data.academyId, academicYear: event.data.academicYear, coreDays: 0, effectiveOn };
    case 'CoreDayLogged':
      return { factId: at('core-day'), kind: 'core-day', academyId: event.data.academyId, academicYear: event.data.academicYear, coreDays: event.data.days, effectiveOn };
    case 'AimHeld':
      // Seed 003: the three AIMs are included in the six core days.
      return {
        factId: `aim-${event.data.aimId}`,
        kind: 'aim-held',
        academyId: event.data.academyId,
        academicYear: event.data.academicYear,
        coreDays: coreDaysOfAim(event.data.format),
        effectiveOn,
      };
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}
