import type { DomainEvent, SupportTier } from '@trust/domain';
import { complianceFactOf, evolveComplianceAcademy, evolveComplianceYear, isComplianceEvent, yearOf, type ComplianceEvent, type ComplianceYear } from './compliance.js';
import { tierAssigned } from '../test-support/tier-assigned.js';

const academyId = '140001';

const registered: ComplianceEvent = {
  type: 'AcademyRegistered',
  data: { academyId, name: 'Oakfield Primary', phase: 'primary', hub: 'North', joinedOn: '2021-09-01', predecessorUrns: [] },
};
const decided = (academicYear: string, tier: SupportTier, decisionId = `d-${academicYear}-${tier}`): ComplianceEvent =>
  tierAssigned({ academyId, academicYear, tier, decisionId });
const visit = (visitedOn: string): ComplianceEvent => ({ type: 'SipVisitRecorded', data: { academyId, sipId: 'sip-1', visitedOn, reportSummary: 'Report.' } });
const review = (academicYear: string, term: 'autumn' | 'spring' | 'summer', completedOn: string): ComplianceEvent => ({
  type: 'CommissionedReviewCompleted',
  data: { academyId, academicYear, term, completedOn, summary: 'Review.', commitmentId: null },
});
const coreDay = (academicYear: string, days: number): ComplianceEvent => ({
  type: 'CoreDayLogged',
  data: { academyId, academicYear, deliveredOn: '2024-10-01', days, description: 'AIM', commitmentId: null },
});

/** Folds events at positions 1, 2, 3, ... into the year whose tier each decides, keyed `academicYear`. */
function given(...events: ComplianceEvent[]): Map<string, ComplianceYear> {
  const years = new Map<string, ComplianceYear>();
  events.forEach((event, index) => {
    const key = yearOf(event);
    if (key === null) return;
    const year = evolveComplianceYear(years.get(key.academicYear) ?? null, event, BigInt(index + 1));
    if (year !== null) years.set(key.academicYear, year);
  });
  return years;
}

const aimHeld = (aimId: string, format: 'one-day' | 'one-and-a-half-day', heldOn = '2024-11-05'): ComplianceEvent => ({
  type: 'AimHeld',
  data: { aimId, academyId, academicYear: '2024/25', format, heldOn, attendees: [], judgements: [], priorities: [], nextSteps: [] },
});

describe('compliance fold', () => {
  describe('dated facts', () => {
    it('dates a visit by its day and counts it in the academic year of that day', () => {
      expect(complianceFactOf(visit('2025-08-31'), 7n)).toEqual({
        factId: 'sip-visit@7',
        kind: 'sip-visit',
        academyId,
        academicYear: '2024/25',
        coreDays: 0,
        effectiveOn: '2025-08-31',
      });
      expect(complianceFactOf(visit('2025-09-01'), 8n)).toMatchObject({ academicYear: '2025/26', effectiveOn: '2025-09-01' });
    });

    it('counts a review and core days in their own year, on the day completed or delivered', () => {
      expect(complianceFactOf(review('2024/25', 'autumn', '2024-11-20'), 3n)).toEqual({
        factId: 'commissioned-review@3',
        kind: 'commissioned-review',
        academyId,
        academicYear: '2024/25',
        coreDays: 0,
        effectiveOn: '2024-11-20',
      });
      expect(complianceFactOf(coreDay('2024/25', 1.5), 4n)).toEqual({
        factId: 'core-day@4',
        kind: 'core-day',
        academyId,
        academicYear: '2024/25',
        coreDays: 1.5,
        effectiveOn: '2024-10-01',
      });
    });

    it("counts an AIM held once per meeting, on its day, with the core days of its format", () => {
      expect(complianceFactOf(aimHeld('aim-1', 'one-day'), 5n)).toEqual({
        factId: 'aim-aim-1',
        kind: 'aim-held',
        academyId,
        academicYear: '2024/25',
        coreDays: 1,
        effectiveOn: '2024-11-05',
      });
      expect(complianceFactOf(aimHeld('aim-2', 'one-and-a-half-day'), 6n)).toMatchObject({ factId: 'aim-aim-2', coreDays: 1.5 });
    });

    it('records no fact for a registration or a tier decision', () => {
      expect(complianceFactOf(registered, 1n)).toBeNull();
      expect(complianceFactOf(decided('2024/25', 1), 2n)).toBeNull();
    });
  });

  it("takes the year's latest decision as its tier, and leaves other years alone", () => {
    const years = given(decided('2024/25', 1, 'first'), decided('2023/24', 3), decided('2024/25', 2, 'revision'));
    expect(years.get('2024/25')).toEqual({ academyId, academicYear: '2024/25', tier: 2, decisionId: 'revision', lastPosition: 3n });
    expect(years.get('2023/24')).toMatchObject({ tier: 3 });
  });

  it('given a year, when a decision at or below its last position arrives again, then nothing changes; other events never change it', () => {
    const year = given(decided('2024/25', 1, 'first'), decided('2024/25', 2, 'revision')).get('2024/25') ?? null;
    expect(evolveComplianceYear(year, decided('2024/25', 1, 'first'), 1n)).toBe(year);
    expect(evolveComplianceYear(year, visit('2024-09-20'), 3n)).toBe(year);
    expect(evolveComplianceYear(year, decided('2024/25', 3, 'later'), 3n)).toMatchObject({ tier: 3, decisionId: 'later', lastPosition: 3n });
  });

  it('keeps the first registration of an academy, and ignores registrations in the year fold', () => {
    const academy = evolveComplianceAcademy(null, registered);
    expect(academy).toEqual({ academyId, name: 'Oakfield Primary', joinedOn: '2021-09-01' });
    const again: ComplianceEvent = { type: 'AcademyRegistered', data: { ...registered.data, name: 'Renamed' } };
    expect(evolveComplianceAcademy(academy, again)).toBe(academy);
    expect(evolveComplianceAcademy(null, visit('2024-09-20'))).toBeNull();
    expect(evolveComplianceYear(null, registered, 1n)).toBeNull();
  });

  it('reads only the events it is folded from', () => {
    const other: DomainEvent = { type: 'RiskAssessed', data: { academyId, assessedOn: '2024-07-01', level: 'high', risks: [] } };
    expect(isComplianceEvent(other)).toBe(false);
    expect(isComplianceEvent(visit('2024-09-20'))).toBe(true);
  });
});
