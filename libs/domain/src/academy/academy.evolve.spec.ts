import { initialEvidenceState, reviewTermKey } from '../evidence/evidence.state.js';
import {
  annualReviewRecorded,
  baselineAssessed,
  commissionedReviewCompleted,
  eif2019Recorded,
  eif2024Recorded,
  outcomeRecorded,
  riskAssessed,
  sipAssigned,
  sipVisitRecorded,
} from '../evidence/test-support/evidence-fixtures.js';
import { tierAssigned } from '../tier/test-support/tier-fixtures.js';
import { academyDecider } from './academy.decider.js';
import type { AcademyEvent } from './academy.events.js';
import { figureKey, targetKey, type AcademyState } from './academy.state.js';
import { ACADEMY_ID, kpiCorrected, kpiRecorded, kpiTargetSet, registered } from './test-support/academy-fixtures.js';

const fold = (events: AcademyEvent[]): AcademyState =>
  events.reduce(academyDecider.evolve, academyDecider.initialState());

describe('academy state', () => {
  it('starts not registered', () => {
    expect(academyDecider.initialState()).toEqual({ status: 'not-registered' });
  });

  it('holds the latest target and the current figure after corrections', () => {
    const state = fold([
      registered,
      kpiTargetSet({ target: 80 }),
      kpiTargetSet({ target: 82 }),
      kpiTargetSet({ kpi: 'attendance', target: 96 }),
      kpiRecorded(),
      kpiCorrected({ value: 79 }),
      kpiRecorded({ term: 'spring', value: 80 }),
    ]);
    expect(state).toEqual({
      status: 'registered',
      academyId: ACADEMY_ID,
      targets: new Map([
        [targetKey('2024/25', 'progress'), 82],
        [targetKey('2024/25', 'attendance'), 96],
      ]),
      figures: new Map([
        [figureKey('2024/25', 'autumn', 'progress'), 79],
        [figureKey('2024/25', 'spring', 'progress'), 80],
      ]),
      evidence: initialEvidenceState(),
    });
  });

  it('holds what the evidence commands check for duplicates, and the partner assigned now', () => {
    const state = fold([
      registered,
      eif2019Recorded(),
      eif2024Recorded(),
      annualReviewRecorded(),
      outcomeRecorded(),
      outcomeRecorded({ academicYear: '2022/23', direction: 'negative' }),
      riskAssessed(),
      baselineAssessed(),
      sipAssigned(),
      sipAssigned({ sipId: 'sip-9', name: 'Sam Reed', approvedOn: '2025-01-08' }),
      sipVisitRecorded(),
      commissionedReviewCompleted(),
      tierAssigned(),
    ]);
    expect(state.status === 'registered' && state.evidence).toEqual({
      inspectionDates: new Set(['2023-05-10', '2024-11-06']),
      annualReviewYears: new Set(['2023/24']),
      outcomeYears: new Set(['2023/24', '2022/23']),
      baselineRecorded: true,
      sip: { sipId: 'sip-9', name: 'Sam Reed', approvedOn: '2025-01-08' },
      sipVisitDates: new Set(['2024-10-03']),
      reviewTerms: new Set([reviewTermKey('2024/25', 'autumn')]),
    });
  });

  it('ignores a tier decision', () => {
    const state = fold([registered, outcomeRecorded()]);
    expect(academyDecider.evolve(state, tierAssigned())).toBe(state);
  });

  it('never changes a state it was given', () => {
    const before = fold([registered]);
    fold([registered, kpiRecorded()]);
    const after = academyDecider.evolve(before, kpiRecorded());
    expect(before).toEqual(fold([registered]));
    expect(after).not.toBe(before);
  });

  it('ignores KPI and evidence events on a stream with no registration, and a repeated registration', () => {
    expect(fold([kpiRecorded()])).toEqual({ status: 'not-registered' });
    expect(fold([outcomeRecorded(), sipAssigned()])).toEqual({ status: 'not-registered' });
    const state = fold([registered, kpiRecorded()]);
    expect(academyDecider.evolve(state, registered)).toBe(state);
  });
});
