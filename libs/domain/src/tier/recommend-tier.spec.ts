import type { AcademyEvent } from '../academy/academy.events.js';
import {
  EXPECTED_REPORT_CARD_GRADES,
  GOOD_EIF_2024_GRADES,
  annualReviewRecorded,
  eif2019Recorded,
  eif2024Recorded,
  outcomeRecorded,
  reportCardRecorded,
  riskAssessed,
} from '../evidence/test-support/evidence-fixtures.js';
import { DomainError } from '../shared/domain-error.js';
import type { EvidenceSnapshot } from './evidence-snapshot.js';
import { evidenceOnlyLater, recommendTier } from './recommend-tier.js';
import { evidenceOf } from './test-support/tier-fixtures.js';

/** Deciding 2024/25: the latest year's outcomes are 2023/24's. */
const recommend = (events: readonly AcademyEvent[], academicYear = '2024/25') =>
  recommendTier(evidenceOf(events), academicYear);

const positive = outcomeRecorded();
const negative = outcomeRecorded({ direction: 'negative' });
const earlierPositive = outcomeRecorded({ academicYear: '2022/23' });
const earlierNegative = outcomeRecorded({ academicYear: '2022/23', direction: 'negative' });
const goodInspection = eif2019Recorded();
const capacity = annualReviewRecorded();
const noCapacity = annualReviewRecorded({ capacityToImprove: false });
const lowRisk = riskAssessed();
const mediumRisk = riskAssessed({ level: 'medium' });
const highRisk = riskAssessed({ level: 'high' });

/** Evidence meeting every Tier 1 criterion, with one kind of item replaced. */
const tier1With = ({
  outcomes = [positive],
  inspection = goodInspection,
  review = capacity,
  risk = lowRisk,
}: { outcomes?: AcademyEvent[]; inspection?: AcademyEvent; review?: AcademyEvent; risk?: AcademyEvent } = {}) => [
  ...outcomes,
  inspection,
  review,
  risk,
];

const EIF_2024_LATEST = 'The latest inspection (education inspection framework 2024, 2024-11-06)';
const REPORT_CARD_LATEST = 'The latest inspection (report card 2025, 2025-02-12)';
const EIF_2024_AREAS = [
  'quality-of-education',
  'behaviour-and-attitudes',
  'personal-development',
  'leadership-and-management',
  'early-years',
  'sixth-form',
] as const;
const REPORT_CARD_AREAS = [
  'inclusion',
  'curriculum-and-teaching',
  'achievement',
  'attendance-and-behaviour',
  'personal-development-and-wellbeing',
  'leadership-and-governance',
  'early-years',
  'sixth-form',
] as const;
const words = (kebab: string): string => kebab.replaceAll('-', ' ');

type Row = [label: string, events: AcademyEvent[], reason: string];

describe('recommendTier', () => {
  describe('Tier 3: any one descriptor', () => {
    it.each<Row>([
      [
        'negative outcomes for two consecutive years',
        tier1With({ outcomes: [negative, earlierNegative] }),
        'Outcomes were negative in 2022/23 and 2023/24: two consecutive years.',
      ],
      [
        'negative outcomes for three consecutive years',
        tier1With({ outcomes: [outcomeRecorded({ academicYear: '2021/22', direction: 'negative' }), earlierNegative, negative] }),
        'Outcomes were negative in 2022/23 and 2023/24: two consecutive years.',
      ],
      [
        'an eif-2019 inspection judging overall effectiveness requires improvement',
        tier1With({ inspection: eif2019Recorded({ overallEffectiveness: 'requires-improvement' }) }),
        'The latest inspection (education inspection framework 2019, 2023-05-10) judged overall effectiveness requires improvement: below Good.',
      ],
      [
        'an eif-2019 inspection judging overall effectiveness inadequate',
        tier1With({ inspection: eif2019Recorded({ overallEffectiveness: 'inadequate' }) }),
        'The latest inspection (education inspection framework 2019, 2023-05-10) judged overall effectiveness inadequate: below Good.',
      ],
      ...EIF_2024_AREAS.flatMap((area) =>
        (['requires-improvement', 'inadequate'] as const).map(
          (grade): Row => [
            `an eif-2024 inspection grading ${area} ${grade}`,
            tier1With({ inspection: eif2024Recorded({ grades: { ...GOOD_EIF_2024_GRADES, [area]: grade } }) }),
            `${EIF_2024_LATEST} graded ${words(area)} ${words(grade)}: below Good.`,
          ],
        ),
      ),
      ...REPORT_CARD_AREAS.map(
        (area): Row => [
          `a report-card-2025 inspection grading ${area} urgent improvement`,
          tier1With({
            inspection: reportCardRecorded({ grades: { ...EXPECTED_REPORT_CARD_GRADES, [area]: 'urgent-improvement' } }),
          }),
          `${REPORT_CARD_LATEST} graded ${words(area)} urgent improvement: below Good.`,
        ],
      ),
      [
        'a report-card-2025 inspection grading leadership and governance needs attention',
        tier1With({
          inspection: reportCardRecorded({
            grades: { ...EXPECTED_REPORT_CARD_GRADES, 'leadership-and-governance': 'needs-attention' },
          }),
        }),
        `${REPORT_CARD_LATEST} graded leadership and governance needs attention: below Good.`,
      ],
      [
        'a report-card-2025 inspection finding safeguarding not met',
        tier1With({ inspection: reportCardRecorded({ safeguarding: 'not-met' }) }),
        `${REPORT_CARD_LATEST} found safeguarding not met: below Good.`,
      ],
      [
        'the latest annual review finding no capacity to improve',
        tier1With({ review: noCapacity }),
        'The annual review of 2023/24 found no capacity to improve.',
      ],
      [
        'the risk register at high',
        tier1With({ risk: highRisk }),
        'The risk register assessed on 2024-07-01 rates the risk of school improvement failure high.',
      ],
    ])('%s', (_label, events, reason) => {
      const recommendation = recommend(events);
      expect(recommendation.recommendedTier).toBe(3);
      expect(recommendation.reasons).toEqual([reason]);
      expect(recommendation.missing).toEqual([]);
    });
  });

  describe('Tier 2', () => {
    it.each<[string, AcademyEvent[], string[]]>([
      [
        'negative outcomes in the latest year only',
        tier1With({ outcomes: [negative, earlierPositive] }),
        ['Outcomes were negative in 2023/24, the latest year, after positive outcomes in 2022/23.'],
      ],
      [
        'the risk register at medium',
        tier1With({ risk: mediumRisk }),
        ['The risk register assessed on 2024-07-01 rates the risk of school improvement failure medium.'],
      ],
      [
        'both',
        tier1With({ outcomes: [negative, earlierPositive], risk: mediumRisk }),
        [
          'Outcomes were negative in 2023/24, the latest year, after positive outcomes in 2022/23.',
          'The risk register assessed on 2024-07-01 rates the risk of school improvement failure medium.',
        ],
      ],
    ])('%s', (_label, events, reasons) => {
      const recommendation = recommend(events);
      expect(recommendation.recommendedTier).toBe(2);
      expect(recommendation.reasons).toEqual(reasons);
      expect(recommendation.missing).toEqual([]);
    });
  });

  describe('Tier 1: positive outcomes, Good or better, capacity to improve, low risk', () => {
    it('gives the whole recommendation, citing each criterion and the positions of the evidence', () => {
      expect(recommend([earlierNegative, positive, goodInspection, capacity, lowRisk])).toEqual({
        academicYear: '2024/25',
        recommendedTier: 1,
        reasons: [
          'Outcomes were positive in 2023/24, the latest year.',
          'The latest inspection (education inspection framework 2019, 2023-05-10) judged overall effectiveness good: Good or better.',
          'The annual review of 2023/24 found capacity to improve.',
          'The risk register assessed on 2024-07-01 rates the risk of school improvement failure low.',
        ],
        missing: [],
        evidence: {
          outcomes: [
            { academicYear: '2023/24', direction: 'positive', position: '2' },
            { academicYear: '2022/23', direction: 'negative', position: '1' },
          ],
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
        },
      });
    });

    it.each<Row>([
      [
        'an eif-2019 inspection judging overall effectiveness outstanding',
        tier1With({ inspection: eif2019Recorded({ overallEffectiveness: 'outstanding' }) }),
        'The latest inspection (education inspection framework 2019, 2023-05-10) judged overall effectiveness outstanding: Good or better.',
      ],
      [
        'an eif-2024 inspection with every sub-grade good or outstanding, early years and sixth form included',
        tier1With({
          inspection: eif2024Recorded({
            grades: { ...GOOD_EIF_2024_GRADES, 'early-years': 'outstanding', 'sixth-form': 'good' },
          }),
        }),
        `${EIF_2024_LATEST} graded no area requires improvement or inadequate: Good or better.`,
      ],
      [
        'a report-card-2025 inspection with needs attention in every area but leadership and governance',
        tier1With({
          inspection: reportCardRecorded({
            grades: {
              inclusion: 'needs-attention',
              'curriculum-and-teaching': 'needs-attention',
              achievement: 'needs-attention',
              'attendance-and-behaviour': 'needs-attention',
              'personal-development-and-wellbeing': 'needs-attention',
              'leadership-and-governance': 'expected-standard',
              'early-years': 'needs-attention',
              'sixth-form': 'needs-attention',
            },
          }),
        }),
        `${REPORT_CARD_LATEST} graded no area urgent improvement, leadership and governance above needs attention, and found safeguarding met: Good or better.`,
      ],
      [
        'a report-card-2025 inspection graded exceptional throughout',
        tier1With({
          inspection: reportCardRecorded({
            grades: {
              inclusion: 'exceptional',
              'curriculum-and-teaching': 'exceptional',
              achievement: 'exceptional',
              'attendance-and-behaviour': 'exceptional',
              'personal-development-and-wellbeing': 'exceptional',
              'leadership-and-governance': 'exceptional',
            },
          }),
        }),
        `${REPORT_CARD_LATEST} graded no area urgent improvement, leadership and governance above needs attention, and found safeguarding met: Good or better.`,
      ],
    ])('reads as Good or better: %s', (_label, events, reason) => {
      const recommendation = recommend(events);
      expect(recommendation.recommendedTier).toBe(1);
      expect(recommendation.reasons[1]).toBe(reason);
    });
  });

  describe('missing evidence gives no tier', () => {
    it.each<[string, AcademyEvent[], string[]]>([
      ['no evidence at all', [], ['outcome for 2023/24', 'inspection', 'annual review', 'risk assessment']],
      ["no outcome for the latest year", [goodInspection, capacity, lowRisk], ['outcome for 2023/24']],
      ['outcomes of earlier years only', [earlierPositive, goodInspection, capacity, lowRisk], ['outcome for 2023/24']],
      [
        "only the decided year's own outcome, which is not known when the year starts",
        [outcomeRecorded({ academicYear: '2024/25' }), goodInspection, capacity, lowRisk],
        ['outcome for 2023/24'],
      ],
      [
        'a negative latest year with no outcome for the year before, which decides Tier 2 or 3',
        tier1With({ outcomes: [negative] }),
        ['outcome for 2022/23 (outcomes were negative in 2023/24; the year before decides Tier 2 or 3)'],
      ],
      ['no inspection', [positive, capacity, lowRisk], ['inspection']],
      ['no annual review', [positive, goodInspection, lowRisk], ['annual review']],
      ['no risk assessment', [positive, goodInspection, capacity], ['risk assessment']],
      ['a Tier 2 descriptor, with an item missing', [positive, goodInspection, mediumRisk], ['annual review']],
    ])('%s', (_label, events, missing) => {
      expect(recommend(events)).toMatchObject({
        recommendedTier: null,
        reasons: [
          'No tier can be recommended until the missing evidence is recorded: none of the evidence recorded meets a Tier 3 descriptor.',
        ],
        missing,
      });
    });

    it('snapshots what is known, with null for what is not', () => {
      expect(recommend([positive]).evidence).toEqual({
        outcomes: [{ academicYear: '2023/24', direction: 'positive', position: '1' }],
        inspection: null,
        annualReview: null,
        riskAssessment: null,
      });
    });
  });

  describe('a Tier 3 descriptor is decisive even while other evidence is missing', () => {
    it.each<[string, AcademyEvent[], string[]]>([
      ['the risk register at high', [highRisk], ['outcome for 2023/24', 'inspection', 'annual review']],
      ['no capacity to improve', [noCapacity], ['outcome for 2023/24', 'inspection', 'risk assessment']],
      [
        'an inspection below Good',
        [eif2019Recorded({ overallEffectiveness: 'inadequate' })],
        ['outcome for 2023/24', 'annual review', 'risk assessment'],
      ],
      ['two negative years', [earlierNegative, negative], ['inspection', 'annual review', 'risk assessment']],
    ])('%s', (_label, events, missing) => {
      const recommendation = recommend(events);
      expect(recommendation.recommendedTier).toBe(3);
      expect(recommendation.missing).toEqual(missing);
      expect(recommendation.reasons).toHaveLength(1);
    });
  });

  describe('combinations', () => {
    it('cites every Tier 3 descriptor present, in the order of the criteria', () => {
      const recommendation = recommend([
        highRisk,
        noCapacity,
        eif2019Recorded({ overallEffectiveness: 'inadequate' }),
        negative,
        earlierNegative,
      ]);
      expect(recommendation.recommendedTier).toBe(3);
      expect(recommendation.reasons).toEqual([
        'Outcomes were negative in 2022/23 and 2023/24: two consecutive years.',
        'The latest inspection (education inspection framework 2019, 2023-05-10) judged overall effectiveness inadequate: below Good.',
        'The annual review of 2023/24 found no capacity to improve.',
        'The risk register assessed on 2024-07-01 rates the risk of school improvement failure high.',
      ]);
    });

    it('cites every below-Good finding of one inspection', () => {
      const recommendation = recommend(
        tier1With({
          inspection: reportCardRecorded({
            grades: {
              ...EXPECTED_REPORT_CARD_GRADES,
              achievement: 'urgent-improvement',
              'leadership-and-governance': 'needs-attention',
            },
            safeguarding: 'not-met',
          }),
        }),
      );
      expect(recommendation.reasons).toEqual([
        `${REPORT_CARD_LATEST} graded achievement urgent improvement: below Good.`,
        `${REPORT_CARD_LATEST} graded leadership and governance needs attention: below Good.`,
        `${REPORT_CARD_LATEST} found safeguarding not met: below Good.`,
      ]);
    });

    it('cites only the Tier 3 descriptors when Tier 2 ones are present too', () => {
      const recommendation = recommend(tier1With({ outcomes: [negative, earlierPositive], review: noCapacity, risk: mediumRisk }));
      expect(recommendation.recommendedTier).toBe(3);
      expect(recommendation.reasons).toEqual(['The annual review of 2023/24 found no capacity to improve.']);
    });

    it('a positive latest year breaks an older run of negative years', () => {
      const older = outcomeRecorded({ academicYear: '2021/22', direction: 'negative' });
      expect(recommend(tier1With({ outcomes: [older, earlierNegative, positive] })).recommendedTier).toBe(1);
    });
  });

  describe('which evidence counts', () => {
    it('the latest inspection by date, whatever order they were recorded in', () => {
      const below = eif2024Recorded({ grades: { ...GOOD_EIF_2024_GRADES, 'personal-development': 'inadequate' } });
      // The 2019 inspection is recorded after the 2024 one, but it is the older.
      const recommendation = recommend([positive, below, goodInspection, capacity, lowRisk]);
      expect(recommendation.recommendedTier).toBe(3);
      expect(recommendation.evidence.inspection).toMatchObject({ inspectedOn: '2024-11-06', position: '2' });
    });

    it('of two inspections on one date, the later recorded', () => {
      const events = tier1With({ inspection: eif2019Recorded({ overallEffectiveness: 'inadequate' }) }).concat(goodInspection);
      const recommendation = recommend(events);
      expect(recommendation.recommendedTier).toBe(1);
      expect(recommendation.evidence.inspection?.position).toBe('5');
    });

    it('the annual review of the latest year, even when an older one was recorded after it', () => {
      const recommendation = recommend(
        tier1With({ review: noCapacity }).concat(annualReviewRecorded({ academicYear: '2022/23' })),
      );
      expect(recommendation.recommendedTier).toBe(3);
      expect(recommendation.evidence.annualReview).toMatchObject({ academicYear: '2023/24', position: '3' });
    });

    it('the latest risk assessment; of two on one day, the later recorded', () => {
      expect(recommend(tier1With({ risk: highRisk }).concat(lowRisk)).recommendedTier).toBe(1);
      expect(recommend(tier1With({ risk: lowRisk }).concat(riskAssessed({ assessedOn: '2024-06-01', level: 'high' }))).recommendedTier).toBe(1);
    });

    it('evidence dated during the decided year, as a revision mid-year sees it', () => {
      const recommendation = recommend(tier1With().concat(riskAssessed({ assessedOn: '2025-01-10', level: 'high' })));
      expect(recommendation.recommendedTier).toBe(3);
      expect(recommendation.evidence.riskAssessment).toMatchObject({ assessedOn: '2025-01-10', position: '5' });
    });

    it('for a past year, only evidence dated by its end: later inspections, reviews and risk are left out', () => {
      const events = [
        earlierPositive,
        eif2019Recorded({ inspectedOn: '2022-05-10' }),
        annualReviewRecorded({ academicYear: '2022/23' }),
        riskAssessed({ assessedOn: '2023-07-01' }),
        // Evidence from after 2023/24 ended, recorded since:
        eif2024Recorded({ grades: { ...GOOD_EIF_2024_GRADES, 'quality-of-education': 'inadequate' } }),
        annualReviewRecorded({ academicYear: '2024/25', capacityToImprove: false }),
        riskAssessed({ assessedOn: '2024-09-10', level: 'high' }),
        negative,
      ];
      const recommendation = recommend(events, '2023/24');
      expect(recommendation).toMatchObject({
        academicYear: '2023/24',
        recommendedTier: 1,
        missing: [],
        evidence: {
          outcomes: [{ academicYear: '2022/23', position: '1' }],
          inspection: { inspectedOn: '2022-05-10', position: '2' },
          annualReview: { academicYear: '2022/23', position: '3' },
          riskAssessment: { assessedOn: '2023-07-01', position: '4' },
        },
      });
    });

    it('reads only the evidence folded so far: the recommendation as known at that moment', () => {
      const events = tier1With();
      expect(recommend(events).recommendedTier).toBe(1);
      expect(recommend(events.concat(highRisk)).recommendedTier).toBe(3);
      expect(recommend(events.slice(0, 3)).recommendedTier).toBeNull();
    });
  });

  describe('which evidence counts, more', () => {
    it('the annual review of the latest academic year, when an older one was recorded before it', () => {
      const recommendation = recommend(tier1With({ review: annualReviewRecorded({ academicYear: '2022/23' }) }).concat(noCapacity));
      expect(recommendation.recommendedTier).toBe(3);
      expect(recommendation.evidence.annualReview).toMatchObject({ academicYear: '2023/24', position: '5' });
    });

    it('the annual review of the decided year itself, as a revision mid-year sees it', () => {
      const reviewOfTheYear = annualReviewRecorded({ academicYear: '2024/25', capacityToImprove: false });
      const recommendation = recommend(tier1With().concat(reviewOfTheYear));
      expect(recommendation.recommendedTier).toBe(3);
      expect(recommendation.reasons).toEqual(['The annual review of 2024/25 found no capacity to improve.']);
    });
  });

  describe('as on the day a decision was made (decidedOn)', () => {
    const recommendOn = (events: readonly AcademyEvent[], academicYear: string, decidedOn: string) =>
      recommendTier(evidenceOf(events), academicYear, decidedOn);

    it('counts an inspection and a risk assessment dated that very day', () => {
      const onTheDay = tier1With({
        inspection: eif2019Recorded({ inspectedOn: '2024-09-05', overallEffectiveness: 'inadequate' }),
        risk: riskAssessed({ assessedOn: '2024-09-05', level: 'high' }),
      });
      const recommendation = recommendOn(onTheDay, '2024/25', '2024-09-05');
      expect(recommendation.recommendedTier).toBe(3);
      expect(recommendation.evidence).toMatchObject({
        inspection: { inspectedOn: '2024-09-05' },
        riskAssessment: { assessedOn: '2024-09-05' },
      });
    });

    it('counts the annual review of a year that began that very day (1 September)', () => {
      const reviewOfTheYear = annualReviewRecorded({ academicYear: '2024/25', capacityToImprove: false });
      const recommendation = recommendOn(tier1With().concat(reviewOfTheYear), '2024/25', '2024-09-01');
      expect(recommendation.recommendedTier).toBe(3);
      expect(recommendation.evidence.annualReview).toMatchObject({ academicYear: '2024/25' });
    });

    it("for a past year decided after it ended, reads only evidence dated by the year's end", () => {
      const events = [
        earlierPositive,
        eif2019Recorded({ inspectedOn: '2022-05-10' }),
        annualReviewRecorded({ academicYear: '2022/23' }),
        riskAssessed({ assessedOn: '2023-07-01' }),
        // Dated after 2023/24 ended (31 August 2024) but before the decision was made:
        eif2019Recorded({ inspectedOn: '2024-09-20', overallEffectiveness: 'inadequate' }),
        riskAssessed({ assessedOn: '2024-09-25', level: 'high' }),
      ];
      const recommendation = recommendOn(events, '2023/24', '2024-10-01');
      expect(recommendation.recommendedTier).toBe(1);
      expect(recommendation.evidence).toMatchObject({
        inspection: { inspectedOn: '2022-05-10' },
        riskAssessment: { assessedOn: '2023-07-01' },
      });
    });
  });

  it('refuses a malformed academic year, naming it', () => {
    expect(() => recommend([], '2024-25')).toThrow(DomainError);
    expect(() => recommend([], '2024-25')).toThrow('academicYear: must be an academic year');
  });
});

describe('evidenceOnlyLater', () => {
  const none: EvidenceSnapshot = { outcomes: [], inspection: null, annualReview: null, riskAssessment: null };
  const everything: EvidenceSnapshot = {
    outcomes: [
      { academicYear: '2023/24', direction: 'positive', position: '1' },
      { academicYear: '2022/23', direction: 'negative', position: '2' },
    ],
    inspection: { inspectedOn: '2024-03-06', framework: 'eif-2019', overallEffectiveness: 'good', position: '3' },
    annualReview: { academicYear: '2024/25', capacityToImprove: true, summary: 'Capacity', position: '4' },
    riskAssessment: { assessedOn: '2024-07-01', level: 'low', risks: [], position: '5' },
  };

  it('names each item recorded since that the snapshot of the day of the decision lacks', () => {
    expect(evidenceOnlyLater(none, everything)).toEqual([
      'the outcome for 2023/24',
      'the outcome for 2022/23',
      'the inspection of 2024-03-06',
      'the annual review of 2024/25',
      'the risk assessment of 2024-07-01',
    ]);
  });

  it('names nothing the day of the decision already had', () => {
    expect(evidenceOnlyLater(everything, everything)).toEqual([]);
  });

  it("names only the outcome of a year the decision's day had none for", () => {
    const then: EvidenceSnapshot = { ...everything, outcomes: everything.outcomes.slice(1) };
    expect(evidenceOnlyLater(then, everything)).toEqual(['the outcome for 2023/24']);
  });
});
