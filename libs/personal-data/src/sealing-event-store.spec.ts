import { recordSubject } from './sealing-event-store.js';

describe('recordSubject: the key of a record\'s free text', () => {
  it('is the stream\'s, for the academic year the event is about', () => {
    expect(recordSubject('academy-141023', { type: 'SipVisitRecorded', data: { academyId: '141023', sipId: 'sip-1', visitedOn: '2025-03-12', reportSummary: 'Strong' } })).toBe('records:tier-decisions-and-evidence:2024/25');
  });

  it('is the year an event names when it has no date of its own: a recharge\'s reversal, under the finance of its year', () => {
    expect(recordSubject('recharge-r-1', { type: 'RechargeReversed', data: { rechargeId: 'r-1', academicYear: '2024/25', reason: 'Logged twice' } })).toBe('records:finance:2024/25');
    expect(recordSubject('recharge-r-1', { type: 'RechargeReversed', data: { rechargeId: 'r-1', academicYear: 'last year', reason: 'Logged twice' } })).toBe('record:recharge-r-1:undated');
  });

  it("is the plan's own year for an improvement plan's events, whatever their day: a priority added in July for the year from September", () => {
    const added = { type: 'PlanPriorityAdded', data: { academyId: '141023', academicYear: '2025/26', priorityId: 'p-1', title: 'Writing', addedOn: '2025-07-10' } };
    expect(recordSubject('improvement-plan-141023-2025-26', added)).toBe('records:improvement-plans:2025/26');
    expect(recordSubject('improvement-plan-141023-2025-26', { type: 'PlanPriorityRated', data: { academicYear: '2025/26', ratedOn: '2026-03-01', comment: 'Better' } })).toBe('records:improvement-plans:2025/26');
    // Without a year it names, dated as any other record.
    expect(recordSubject('improvement-plan-141023-2025-26', { type: 'ImprovementPlanDrafted', data: { academyId: '141023', draftedOn: '2025-07-01' } })).toBe('records:improvement-plans:2024/25');
  });

  it('is undated for an event it cannot date: another type, or its date missing or malformed', () => {
    expect(recordSubject('probe-1', { type: 'Probed', data: {} })).toBe('record:probe-1:undated');
    expect(recordSubject('peer-review-visit-v-1', { type: 'ReviewVisitRecorded', data: { visitId: 'v-1', feedback: 'Findings' } })).toBe('record:peer-review-visit-v-1:undated');
    expect(recordSubject('academy-141023', { type: 'SipVisitRecorded', data: { academyId: '141023', sipId: 'sip-1', visitedOn: 'soon' } })).toBe('record:academy-141023:undated');
  });
});
