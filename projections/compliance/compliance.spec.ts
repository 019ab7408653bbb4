import type { DomainEvent, SupportTier } from '@trust/domain';
import { evolveComplianceAcademy, evolveComplianceYear, isComplianceEvent, yearOf, type ComplianceEvent, type ComplianceYear } from './compliance.js';
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
  data: { academyId, academicYear, term, completedOn, summary: 'Review.' },
});
const coreDay = (academicYear: string, days: number): ComplianceEvent => ({
  type: 'CoreDayLogged',
  data: { academyId, academicYear, deliveredOn: '2024-10-01', days, description: 'AIM' },
});

/** Folds events at positions 1, 2, 3, ... into the year each counts towards, keyed `academicYear`. */
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

describe('compliance fold', () => {
  it('counts visits by the academic year of their date, reviews and core days by their own year', () => {
    const years = given(visit('2024-09-20'), visit('2025-08-31'), visit('2025-09-01'), review('2024/25', 'autumn', '2024-11-20'), coreDay('2024/25', 1.5), coreDay('2024/25', 0.5));
    expect(years.get('2024/25')).toEqual({
      academyId,
      academicYear: '2024/25',
      tier: null,
      decisionId: null,
      sipVisitsHeld: 2,
      reviewsHeld: 1,
      coreDaysUsed: 2,
      lastPosition: 6n,
    });
    expect(years.get('2025/26')).toMatchObject({ sipVisitsHeld: 1, reviewsHeld: 0, coreDaysUsed: 0, lastPosition: 3n });
  });

  it("takes the year's latest decision as its tier, and leaves other years alone", () => {
    const years = given(decided('2024/25', 1, 'first'), decided('2023/24', 3), decided('2024/25', 2, 'revision'));
    expect(years.get('2024/25')).toMatchObject({ tier: 2, decisionId: 'revision' });
    expect(years.get('2023/24')).toMatchObject({ tier: 3 });
  });

  it('given a year, when an event at or below its last position arrives again, then nothing changes', () => {
    const year = given(visit('2024-09-20'), coreDay('2024/25', 1)).get('2024/25') ?? null;
    expect(evolveComplianceYear(year, visit('2024-09-20'), 1n)).toBe(year);
    expect(evolveComplianceYear(year, coreDay('2024/25', 1), 2n)).toBe(year);
    expect(evolveComplianceYear(year, coreDay('2024/25', 1), 3n)).toMatchObject({ coreDaysUsed: 2, lastPosition: 3n });
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
