import type { AcademyEvent } from '../academy/academy.events.js';
import { ACADEMY_ID, academyRegistered, badTexts, registered } from '../academy/test-support/academy-fixtures.js';
import {
  annualReviewRecorded,
  eif2019Recorded,
  outcomeRecorded,
  riskAssessed,
} from '../evidence/test-support/evidence-fixtures.js';
import {
  DECIDER,
  decideTierCommand as decide,
  foldTierDecision,
  given,
  givenAt,
  numbered,
  tierAssigned,
} from './test-support/tier-fixtures.js';
import type { TierAssignedData } from './tier.events.js';
import { tierDecisionDecider } from './tier-decision.decider.js';

const TIER_1_REASONS = [
  'Outcomes were positive in 2023/24, the latest year.',
  'The latest inspection (education inspection framework 2019, 2023-05-10) judged overall effectiveness good: Good or better.',
  'The annual review of 2023/24 found capacity to improve.',
  'The risk register assessed on 2024-07-01 rates the risk of school improvement failure low.',
];

/** A stream whose evidence recommends Tier 1 for 2024/25, at positions 2 to 5. */
const tier1History: AcademyEvent[] = [registered, outcomeRecorded(), eif2019Recorded(), annualReviewRecorded(), riskAssessed()];

const TIER_1_EVIDENCE: TierAssignedData['evidence'] = {
  outcomes: [{ academicYear: '2023/24', direction: 'positive', position: '2' }],
  inspection: { inspectedOn: '2023-05-10', framework: 'eif-2019', overallEffectiveness: 'good', position: '3' },
  annualReview: {
    academicYear: '2023/24',
    capacityToImprove: true,
    summary: 'Leaders know the school well and have secured improvement in reading.',
    position: '4',
  },
  riskAssessment: {
    assessedOn: '2024-07-01',
    level: 'low',
    risks: [{ title: 'Staff turnover in Key Stage 2', owner: 'Headteacher' }],
    position: '5',
  },
};

const decidedTier1 = (data: Partial<TierAssignedData> = {}): AcademyEvent =>
  tierAssigned({ reasons: TIER_1_REASONS, evidence: TIER_1_EVIDENCE, ...data });

describe('DecideTier', () => {
  describe('allowed', () => {
    it('decides the recommended tier, keeping the recommendation, the evidence with its positions, who decided and when', () => {
      given(tier1History)
        .when(decide())
        .then([
          {
            type: 'TierAssigned',
            data: {
              decisionId: 'decision-1',
              academyId: ACADEMY_ID,
              academicYear: '2024/25',
              tier: 1,
              recommendedTier: 1,
              override: false,
              rationale: null,
              reasons: TIER_1_REASONS,
              missing: [],
              evidence: TIER_1_EVIDENCE,
              decidedBy: DECIDER,
              decidedOn: '2024-09-05',
              decidedAt: '2024-09-05T09:30:00.000Z',
              supersedes: null,
            },
          },
        ]);
    });

    it('keeps the global positions the store gave the events', () => {
      const history = tier1History.map((event, index): [string, AcademyEvent] => [String(90_210 + index * 7), event]);
      givenAt(history)
        .when(decide())
        .then([
          decidedTier1({
            evidence: {
              outcomes: [{ ...TIER_1_EVIDENCE.outcomes[0]!, position: '90217' }],
              inspection: { ...TIER_1_EVIDENCE.inspection!, position: '90224' },
              annualReview: { ...TIER_1_EVIDENCE.annualReview!, position: '90231' },
              riskAssessment: { ...TIER_1_EVIDENCE.riskAssessment!, position: '90238' },
            },
          }),
        ]);
    });

    it('keeps a rationale given with the recommended tier, trimmed', () => {
      given(tier1History)
        .when(decide({ rationale: '  Agreed with the hub lead. ' }))
        .then([decidedTier1({ rationale: 'Agreed with the hub lead.' })]);
    });

    it('takes a blank or null rationale as none', () => {
      given(tier1History).when(decide({ rationale: '   ' })).then([decidedTier1()]);
      given(tier1History).when(decide({ rationale: null })).then([decidedTier1()]);
    });

    it('decides another tier than recommended with a written rationale: an override', () => {
      given(tier1History)
        .when(decide({ tier: 2, rationale: 'New headteacher from January; the trust will support the transition.' }))
        .then([
          decidedTier1({
            tier: 2,
            override: true,
            rationale: 'New headteacher from January; the trust will support the transition.',
          }),
        ]);
    });

    it('decides Tier 3 on one descriptor while other evidence is missing, listing what is missing', () => {
      given([registered, riskAssessed({ level: 'high', risks: [] })])
        .when(decide({ tier: 3 }))
        .then([
          tierAssigned({
            tier: 3,
            recommendedTier: 3,
            reasons: ['The risk register assessed on 2024-07-01 rates the risk of school improvement failure high.'],
            missing: ['outcome for 2023/24', 'inspection', 'annual review'],
            evidence: {
              outcomes: [],
              inspection: null,
              annualReview: null,
              riskAssessment: { assessedOn: '2024-07-01', level: 'high', risks: [], position: '2' },
            },
          }),
        ]);
    });

    it("supersedes the year's decision in force, seeing the evidence recorded since", () => {
      const midYear = { now: new Date('2025-01-15T16:00:00Z') };
      const history = [...tier1History, decidedTier1(), riskAssessed({ assessedOn: '2025-01-10', level: 'high', risks: [] })];
      given(history, midYear)
        .when(decide({ decisionId: 'decision-2', tier: 3 }))
        .then([
          tierAssigned({
            decisionId: 'decision-2',
            tier: 3,
            recommendedTier: 3,
            reasons: ['The risk register assessed on 2025-01-10 rates the risk of school improvement failure high.'],
            evidence: {
              ...TIER_1_EVIDENCE,
              riskAssessment: { assessedOn: '2025-01-10', level: 'high', risks: [], position: '7' },
            },
            decidedOn: '2025-01-15',
            decidedAt: '2025-01-15T16:00:00.000Z',
            supersedes: 'decision-1',
          }),
        ]);
    });

    it('supersedes the latest decision of the year, and none of another year', () => {
      const history = [
        ...tier1History,
        decidedTier1({ decisionId: 'decision-a' }),
        decidedTier1({ decisionId: 'decision-b', supersedes: 'decision-a' }),
        decidedTier1({ decisionId: 'decision-c', academicYear: '2025/26' }),
      ];
      given(history)
        .when(decide({ decisionId: 'decision-d' }))
        .then([decidedTier1({ decisionId: 'decision-d', supersedes: 'decision-b' })]);
    });

    it('decides for the next academic year', () => {
      given([registered, riskAssessed({ level: 'high' })])
        .when(decide({ academicYear: '2025/26', tier: 3 }))
        .then([
          tierAssigned({
            academicYear: '2025/26',
            tier: 3,
            recommendedTier: 3,
            reasons: ['The risk register assessed on 2024-07-01 rates the risk of school improvement failure high.'],
            missing: ['outcome for 2024/25', 'inspection', 'annual review'],
            evidence: {
              outcomes: [],
              inspection: null,
              annualReview: null,
              riskAssessment: { ...TIER_1_EVIDENCE.riskAssessment!, level: 'high', position: '2' },
            },
          }),
        ]);
    });
  });

  describe('refused', () => {
    it('while evidence is missing and no Tier 3 descriptor is present (422), saying what is missing', () => {
      const error = given(tier1History.slice(0, 4)).when(decide()).thenThrows('refused');
      expect(error.message).toBe('no tier can be decided for 2024/25 while evidence is missing: risk assessment');
    });

    it('another tier than recommended with no rationale (422)', () => {
      const error = given(tier1History).when(decide({ tier: 3 })).thenThrows('refused');
      expect(error.message).toBe('the evidence recommends Tier 1; deciding Tier 3 needs a written rationale');
    });

    it('another tier than recommended with a blank rationale (422)', () => {
      given(tier1History).when(decide({ tier: 2, rationale: ' \n ' })).thenThrows('refused');
    });

    it('a lower tier than recommended with no rationale (422)', () => {
      given([...tier1History, riskAssessed({ level: 'high' })]).when(decide({ tier: 1 })).thenThrows('refused');
    });

    it('a decision id already used (409)', () => {
      const error = given([...tier1History, decidedTier1()]).when(decide()).thenThrows('conflict');
      expect(error.message).toBe('tier decision decision-1 is already recorded');
    });

    it('an academy that is not registered, or another academy than the stream (404)', () => {
      given([]).when(decide()).thenThrows('not-found');
      given(tier1History).when(decide({ academyId: '654321' })).thenThrows('not-found');
    });
  });

  describe('invalid', () => {
    it.each(badTexts(100))('decisionId %s', (_label, decisionId) => {
      given(tier1History)
        .when(decide({ decisionId: decisionId as string }))
        .thenThrows('invalid', 'decisionId');
    });

    it('academyId', () => {
      given(tier1History).when(decide({ academyId: '12345' })).thenThrows('invalid', 'academyId');
    });

    it.each(['2024-25', '2024/26', ''])('academicYear %p', (academicYear) => {
      given(tier1History).when(decide({ academicYear })).thenThrows('invalid', 'academicYear');
    });

    it('an academic year after the next', () => {
      const error = given(tier1History)
        .when(decide({ academicYear: '2026/27' }))
        .thenThrows('invalid', 'academicYear');
      expect(error.message).toBe('academicYear: must be no later than the next academic year, 2025/26');
    });

    it('an academic year after the next, decided today (decidedOn null), saying no day of its own', () => {
      const error = given(tier1History)
        .when(decide({ academicYear: '2026/27', decidedOn: null }))
        .thenThrows('invalid', 'academicYear');
      expect(error.message).toBe('academicYear: must be no later than the next academic year, 2025/26');
    });

    it.each([[0], [4], [1.5], ['1'], [null], [undefined]])('tier %p', (tier) => {
      const error = given(tier1History)
        .when(decide({ tier: tier as number }))
        .thenThrows('invalid', 'tier');
      expect(error.message).toBe('tier: must be 1, 2 or 3');
    });

    it.each([[42], [['reason']], ['x'.repeat(4001)]])('rationale %p', (rationale) => {
      given(tier1History)
        .when(decide({ rationale: rationale as string }))
        .thenThrows('invalid', 'rationale');
    });

    it.each([[null], ['Priya Shah'], [['user-42']]])('decidedBy %p', (decidedBy) => {
      const error = given(tier1History)
        .when(decide({ decidedBy: decidedBy as unknown as typeof DECIDER }))
        .thenThrows('invalid', 'decidedBy');
      expect(error.message).toBe('decidedBy: must be { userId, name, role }');
    });

    it.each(['userId', 'name', 'role'] as const)('decidedBy without a %s, naming it', (field) => {
      given(tier1History)
        .when(decide({ decidedBy: { ...DECIDER, [field]: ' ' } }))
        .thenThrows('invalid', `decidedBy.${field}`);
    });

    it('reports bad input before refusing for missing evidence', () => {
      given([registered]).when(decide({ tier: 9 })).thenThrows('invalid', 'tier');
    });
  });
});

describe('DecideTier made on a day before it is recorded (decidedOn)', () => {
  /** Recorded a year on, in 2025/26: a past year's decision brought into the ledger. */
  const aYearOn = { now: new Date('2025-10-01T10:00:00Z') };

  it('keeps the day it was made apart from the instant it was recorded', () => {
    given(tier1History, aYearOn)
      .when(decide({ decidedOn: '2024-09-05' }))
      .then([decidedTier1({ decidedOn: '2024-09-05', decidedAt: '2025-10-01T10:00:00.000Z' })]);
  });

  it('is made today when no day is given: the day on the trust\'s (London) calendar', () => {
    const justAfterMidnightInSummer = { now: new Date('2024-08-31T23:30:00Z') };
    given(tier1History, justAfterMidnightInSummer)
      .when(decide())
      .then([decidedTier1({ decidedOn: '2024-09-01', decidedAt: '2024-08-31T23:30:00.000Z' })]);
    given(tier1History).when(decide({ decidedOn: null })).then([decidedTier1()]);
  });

  it('cites only the evidence in effect by that day, though later evidence was recorded first', () => {
    const laterHighRisk = riskAssessed({ assessedOn: '2024-10-01', level: 'high', risks: [] });
    given([...tier1History, laterHighRisk], aYearOn)
      .when(decide({ decidedOn: '2024-09-05' }))
      .then([decidedTier1({ decidedOn: '2024-09-05', decidedAt: '2025-10-01T10:00:00.000Z' })]);
    // Decided today, the same stream recommends Tier 3 on that risk assessment.
    given([...tier1History, laterHighRisk], aYearOn).when(decide()).thenThrows('refused');
  });

  it("cites no annual review of a year that had not begun on that day (a decision made ahead of its year)", () => {
    const reviewOfTheYearItself = annualReviewRecorded({ academicYear: '2024/25', capacityToImprove: false });
    given([...tier1History, reviewOfTheYearItself], aYearOn)
      .when(decide({ decidedOn: '2024-07-15' }))
      .then([decidedTier1({ decidedOn: '2024-07-15', decidedAt: '2025-10-01T10:00:00.000Z' })]);
  });

  it('revises a decision on the day it was made or later, superseding it', () => {
    const history = [...tier1History, decidedTier1({ decidedOn: '2024-09-05' })];
    given(history, aYearOn)
      .when(decide({ decisionId: 'decision-2', decidedOn: '2024-09-05' }))
      .then([decidedTier1({ decisionId: 'decision-2', decidedOn: '2024-09-05', decidedAt: '2025-10-01T10:00:00.000Z', supersedes: 'decision-1' })]);
    given(history, aYearOn)
      .when(decide({ decisionId: 'decision-2', decidedOn: '2025-02-03' }))
      .then([decidedTier1({ decisionId: 'decision-2', decidedOn: '2025-02-03', decidedAt: '2025-10-01T10:00:00.000Z', supersedes: 'decision-1' })]);
  });

  it('refuses a decision dated before the evidence it would cite (422), naming that evidence', () => {
    const error = given(tier1History, aYearOn).when(decide({ decidedOn: '2024-06-30' })).thenThrows('refused');
    expect(error.message).toBe(
      'no tier can be decided for 2024/25 on 2024-06-30 while evidence is missing: risk assessment; ' +
        'recorded evidence dated after 2024-06-30 cannot be cited by a decision made that day (the risk assessment of 2024-07-01)',
    );
  });

  it('names every item missing, and every one recorded since that day, each apart', () => {
    const reviewOfTheYearItself = annualReviewRecorded({ academicYear: '2024/25' });
    const history = [registered, outcomeRecorded(), eif2019Recorded(), reviewOfTheYearItself, riskAssessed()];
    const error = given(history, aYearOn).when(decide({ decidedOn: '2024-06-30' })).thenThrows('refused');
    expect(error.message).toBe(
      'no tier can be decided for 2024/25 on 2024-06-30 while evidence is missing: annual review; risk assessment; ' +
        'recorded evidence dated after 2024-06-30 cannot be cited by a decision made that day ' +
        '(the annual review of 2024/25; the risk assessment of 2024-07-01)',
    );
  });

  it('is not refused as before the academy joined when made on the day it joined', () => {
    const error = given(tier1History, aYearOn)
      .when(decide({ academicYear: '2021/22', decidedOn: '2021-09-01' }))
      .thenThrows('refused');
    expect(error.message).toBe(
      'no tier can be decided for 2021/22 on 2021-09-01 while evidence is missing: ' +
        'outcome for 2020/21; inspection; annual review; risk assessment',
    );
  });

  it('refuses a decision dated before the academy joined the trust (422)', () => {
    const error = given(tier1History, aYearOn)
      .when(decide({ academicYear: '2021/22', decidedOn: '2021-08-31' }))
      .thenThrows('refused');
    expect(error.message).toBe(`a tier decision made on 2021-08-31 is before academy ${ACADEMY_ID} joined the trust on 2021-09-01`);
  });

  it('refuses a revision dated before the decision it would supersede (422)', () => {
    const history = [...tier1History, decidedTier1({ decidedOn: '2024-09-05' })];
    const error = given(history, aYearOn)
      .when(decide({ decisionId: 'decision-2', decidedOn: '2024-09-04' }))
      .thenThrows('refused');
    expect(error.message).toBe(
      'a tier decision made on 2024-09-04 cannot revise decision decision-1 of 2024/25, made later, on 2024-09-05',
    );
  });

  it('holds the academic year to the one after that of the day it was made (400)', () => {
    const error = given(tier1History, aYearOn)
      .when(decide({ academicYear: '2024/25', decidedOn: '2023-06-30' }))
      .thenThrows('invalid', 'academicYear');
    expect(error.message).toBe('academicYear: must be no later than the next academic year of a decision made on 2023-06-30, 2023/24');
  });

  it('refuses a day in the future (400)', () => {
    const error = given(tier1History).when(decide({ decidedOn: '2024-09-06' })).thenThrows('invalid', 'decidedOn');
    expect(error.message).toBe('decidedOn: must not be in the future');
  });

  it.each([['2024-09-31'], ['05/09/2024'], ['1989-09-01'], [''], [20240905], [['2024-09-05']]])('refuses decidedOn %p (400)', (decidedOn) => {
    given(tier1History)
      .when(decide({ decidedOn: decidedOn as string }))
      .thenThrows('invalid', 'decidedOn');
  });
});

describe('tier decision state', () => {
  it('folds the academy, its evidence with positions, and the decision in force for each year', () => {
    const state = foldTierDecision([
      ...numbered(tier1History),
      ['6', decidedTier1({ decisionId: 'decision-a' })],
      ['7', decidedTier1({ decisionId: 'decision-b', supersedes: 'decision-a' })],
      ['8', decidedTier1({ decisionId: 'decision-c', academicYear: '2023/24' })],
    ]);
    expect(state.academy.status).toBe('registered');
    expect(state.evidence.riskAssessments.map((risk) => risk.position)).toEqual(['5']);
    expect(state.joinedOn).toBe('2021-09-01');
    expect(state.currentDecisions).toEqual(
      new Map([
        ['2024/25', { decisionId: 'decision-b', decidedOn: '2024-09-05' }],
        ['2023/24', { decisionId: 'decision-c', decidedOn: '2024-09-05' }],
      ]),
    );
    expect(state.decisionIds).toEqual(new Set(['decision-a', 'decision-b', 'decision-c']));
  });

  it('keeps the day of the first registration: the academy decider refuses a second', () => {
    const state = foldTierDecision(numbered([registered, academyRegistered({ joinedOn: '2023-09-01' })]));
    expect(state.joinedOn).toBe('2021-09-01');
  });

  it('never changes a state it was given', () => {
    const before = foldTierDecision(numbered(tier1History));
    const after = tierDecisionDecider.evolve(before, decidedTier1(), '6');
    const later = tierDecisionDecider.evolve(after, riskAssessed({ level: 'high' }), '7');
    expect(before).toEqual(foldTierDecision(numbered(tier1History)));
    expect(after.decisionIds).toEqual(new Set(['decision-1']));
    expect(after.evidence.riskAssessments).toHaveLength(1);
    expect(later.evidence.riskAssessments).toHaveLength(2);
  });
});
