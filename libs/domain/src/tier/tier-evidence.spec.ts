import { kpiRecorded, registered } from '../academy/test-support/academy-fixtures.js';
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
import { tierAssigned } from './test-support/tier-fixtures.js';
import { evolveTierEvidence, initialTierEvidence } from './tier-evidence.js';

describe('tier evidence', () => {
  it('starts empty', () => {
    expect(initialTierEvidence()).toEqual({ outcomes: [], inspections: [], annualReviews: [], riskAssessments: [] });
  });

  it('keeps every item the tier policy reads, in recording order, with the position it came from', () => {
    const evidence = [
      ['1041', outcomeRecorded()],
      ['1042', eif2019Recorded()],
      ['1050', annualReviewRecorded()],
      ['1077', riskAssessed()],
      ['2000', eif2024Recorded()],
      ['2001', outcomeRecorded({ academicYear: '2022/23', direction: 'negative' })],
      ['2002', riskAssessed({ assessedOn: '2024-07-01', level: 'high', risks: [] })],
    ] as const;
    expect(
      evidence.reduce((folded, [position, event]) => evolveTierEvidence(folded, event, position), initialTierEvidence()),
    ).toEqual({
      outcomes: [
        { academicYear: '2023/24', direction: 'positive', position: '1041' },
        { academicYear: '2022/23', direction: 'negative', position: '2001' },
      ],
      inspections: [
        { inspectedOn: '2023-05-10', framework: 'eif-2019', overallEffectiveness: 'good', position: '1042' },
        {
          inspectedOn: '2024-11-06',
          framework: 'eif-2024',
          grades: {
            'quality-of-education': 'good',
            'behaviour-and-attitudes': 'outstanding',
            'personal-development': 'good',
            'leadership-and-management': 'good',
          },
          position: '2000',
        },
      ],
      annualReviews: [
        {
          academicYear: '2023/24',
          capacityToImprove: true,
          summary: 'Leaders know the school well and have secured improvement in reading.',
          position: '1050',
        },
      ],
      riskAssessments: [
        {
          assessedOn: '2024-07-01',
          level: 'low',
          risks: [{ title: 'Staff turnover in Key Stage 2', owner: 'Headteacher' }],
          position: '1077',
        },
        { assessedOn: '2024-07-01', level: 'high', risks: [], position: '2002' },
      ],
    });
  });

  it("keeps a year's first outcome (a second is refused when recorded)", () => {
    const first = evolveTierEvidence(initialTierEvidence(), outcomeRecorded(), '7');
    expect(evolveTierEvidence(first, outcomeRecorded({ direction: 'negative' }), '9')).toBe(first);
  });

  it.each([
    registered,
    kpiRecorded(),
    baselineAssessed(),
    sipAssigned(),
    sipVisitRecorded(),
    commissionedReviewCompleted(),
    tierAssigned(),
  ])('ignores $type', (event) => {
    const evidence = evolveTierEvidence(initialTierEvidence(), outcomeRecorded(), '1');
    expect(evolveTierEvidence(evidence, event, '2')).toBe(evidence);
  });

  it('never changes the evidence it was given, nor shares the risks of the event', () => {
    const risks = [{ title: 'Attendance', owner: null }];
    const before = evolveTierEvidence(initialTierEvidence(), outcomeRecorded(), '1');
    const after = evolveTierEvidence(before, riskAssessed({ risks }), '2');
    expect(before.riskAssessments).toEqual([]);
    expect(after.riskAssessments[0]?.risks).toEqual(risks);
    expect(after.riskAssessments[0]?.risks).not.toBe(risks);
  });
});
