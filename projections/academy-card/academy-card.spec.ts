import type { DomainEvent, EifGrade, Eif2024Grades, KpiName, ReportCardGrades, RiskLevel, SupportTier, Term } from '@trust/domain';
import { academyCardView, evolveAcademyCard, summariseRag, type AcademyCard, type AcademyCardKpi } from './academy-card.js';

const academyId = '140001';
const year = '2024/25';

const registered: Extract<DomainEvent, { type: 'AcademyRegistered' }> = {
  type: 'AcademyRegistered',
  data: { academyId, name: 'Oakfield Primary', phase: 'primary', hub: 'North', joinedOn: '2021-09-01', predecessorUrns: ['110001'] },
};
const target = (kpi: KpiName, value: number, academicYear = year): DomainEvent => ({
  type: 'KpiTargetSet',
  data: { academyId, academicYear, kpi, target: value },
});
const recorded = (kpi: KpiName, term: Term, value: number, { academicYear = year, nationalAverage = null as number | null } = {}): DomainEvent => ({
  type: 'KpiRecorded',
  data: { academyId, academicYear, term, kpi, value, nationalAverage, source: 'academy-data' },
});
const corrected = (kpi: KpiName, term: Term, value: number, previousValue: number, academicYear = year): DomainEvent => ({
  type: 'KpiCorrected',
  data: { academyId, academicYear, term, kpi, value, previousValue, reason: 'data entry error' },
});

const GOOD_2024: Eif2024Grades = {
  'quality-of-education': 'good',
  'behaviour-and-attitudes': 'outstanding',
  'personal-development': 'good',
  'leadership-and-management': 'good',
};
const EXPECTED_2025: ReportCardGrades = {
  inclusion: 'expected-standard',
  'curriculum-and-teaching': 'strong-standard',
  achievement: 'expected-standard',
  'attendance-and-behaviour': 'exceptional',
  'personal-development-and-wellbeing': 'expected-standard',
  'leadership-and-governance': 'strong-standard',
};
const eif2019 = (inspectedOn: string, overallEffectiveness: EifGrade): DomainEvent => ({
  type: 'InspectionRecorded',
  data: { academyId, inspectedOn, framework: 'eif-2019', overallEffectiveness },
});
const eif2024 = (inspectedOn: string, grades: Partial<Eif2024Grades>): DomainEvent => ({
  type: 'InspectionRecorded',
  data: { academyId, inspectedOn, framework: 'eif-2024', grades: { ...GOOD_2024, ...grades } },
});
const reportCard = (inspectedOn: string, safeguarding: 'met' | 'not-met'): DomainEvent => ({
  type: 'InspectionRecorded',
  data: { academyId, inspectedOn, framework: 'report-card-2025', grades: EXPECTED_2025, safeguarding },
});
const riskAssessed = (assessedOn: string, level: RiskLevel): DomainEvent => ({
  type: 'RiskAssessed',
  data: { academyId, assessedOn, level, risks: [{ title: 'Staff turnover', owner: null }] },
});
const sipAssigned = (sipId: string, name: string): DomainEvent => ({
  type: 'SipAssigned',
  data: { academyId, sipId, name, approvedOn: '2024-07-10' },
});
const tierAssigned = (academicYear: string, tier: SupportTier): DomainEvent => ({
  type: 'TierAssigned',
  data: {
    decisionId: `decision-${academicYear}-${tier}`,
    academyId,
    academicYear,
    tier,
    recommendedTier: tier,
    override: false,
    rationale: null,
    reasons: [],
    missing: [],
    evidence: { outcomes: [], inspection: null, annualReview: null, riskAssessment: null },
    decidedBy: { userId: 'director', name: 'Dee Director', role: 'improvement-director' },
    decidedOn: `${academicYear.slice(0, 4)}-09-01`,
    decidedAt: '2024-09-05T09:30:00.000Z',
    supersedes: null,
  },
});

const aimScheduled = (aimId: string, date: string, format: 'one-day' | 'one-and-a-half-day' = 'one-day'): DomainEvent => ({
  type: 'AimScheduled',
  data: { aimId, academyId, academicYear: year, date, format, focus: null, documentsDueOn: '2024-10-01', scheduledOn: '2024-09-02' },
});
const aimRescheduled = (aimId: string, date: string, previousDate: string): DomainEvent => ({
  type: 'AimRescheduled',
  data: { aimId, academyId, academicYear: year, date, previousDate, documentsDueOn: '2024-10-01', reason: 'Inspection week', rescheduledOn: '2024-09-20' },
});
const aimHeld = (aimId: string, heldOn: string): DomainEvent => ({
  type: 'AimHeld',
  data: { aimId, academyId, academicYear: year, format: 'one-day', heldOn, attendees: [], judgements: [], priorities: [], nextSteps: [] },
});

/** Folds events at positions 1, 2, 3, ... */
function given(...events: DomainEvent[]): AcademyCard | null {
  return events.reduce<AcademyCard | null>((card, event, index) => evolveAcademyCard(card, event, BigInt(index + 1)), null);
}

/** Given `history`, when `event` arrives at the next position: the resulting card. */
function when(history: DomainEvent[], event: DomainEvent): AcademyCard | null {
  return evolveAcademyCard(given(...history), event, BigInt(history.length + 1));
}

function row(overrides: Partial<AcademyCardKpi> & Pick<AcademyCardKpi, 'kpi'>): AcademyCardKpi {
  const source = overrides.value === undefined || overrides.value === null ? null : 'academy-data';
  return { academicYear: year, term: 'autumn', value: null, target: null, nationalAverage: null, source, rag: 'grey', corrected: false, ...overrides };
}

describe('evolveAcademyCard', () => {
  describe('AcademyRegistered', () => {
    it('given no card, when the academy is registered, then the card shows who it is and nothing else yet', () => {
      expect(when([], registered)).toEqual({
        academyId,
        name: 'Oakfield Primary',
        phase: 'primary',
        hub: 'North',
        joinedOn: '2021-09-01',
        predecessorUrns: ['110001'],
        tier: null,
        tierAcademicYear: null,
        overallEffectiveness: null,
        latestInspection: null,
        riskLevel: null,
        riskAssessedOn: null,
        sip: null,
        nextAim: null,
        upcomingAims: [],
        kpis: [],
        ragSummary: { green: 0, amber: 0, red: 0, grey: 0 },
        lastPosition: 1n,
      });
    });

    it('given a card, when a second registration arrives, then the card is unchanged', () => {
      const card = given(registered);
      const again: DomainEvent = { type: 'AcademyRegistered', data: { ...registered.data, name: 'Renamed' } };
      expect(evolveAcademyCard(card, again, 2n)).toBe(card);
    });
  });

  describe('before registration', () => {
    it('given no card, when a KPI event arrives, then there is still no card', () => {
      expect(when([], recorded('progress', 'autumn', 80))).toBeNull();
      expect(when([], target('progress', 80))).toBeNull();
      expect(when([], corrected('progress', 'autumn', 80, 70))).toBeNull();
    });

    it('given no card, when evidence or a tier decision arrives, then there is still no card', () => {
      for (const event of [eif2019('2023-05-10', 'good'), riskAssessed('2024-07-01', 'low'), sipAssigned('sip-1', 'Jane Doe'), tierAssigned('2024/25', 1)]) {
        expect(when([], event)).toBeNull();
      }
    });
  });

  describe('KpiTargetSet', () => {
    it('given no figure, when a target is set, then it shows as a grey row with no term and no value', () => {
      const card = when([registered], target('progress', 80));
      expect(card?.kpis).toEqual([row({ kpi: 'progress', term: null, target: 80 })]);
      expect(card?.ragSummary).toEqual({ green: 0, amber: 0, red: 0, grey: 1 });
      expect(card?.lastPosition).toBe(2n);
    });

    it('given a figure with no target, when a target is set, then the figure is recoloured against it', () => {
      const before = given(registered, recorded('progress', 'autumn', 77));
      expect(before?.kpis).toEqual([row({ kpi: 'progress', value: 77, rag: 'grey' })]);

      const card = when([registered, recorded('progress', 'autumn', 77)], target('progress', 80));
      expect(card?.kpis).toEqual([row({ kpi: 'progress', value: 77, target: 80, rag: 'amber' })]);
      expect(card?.ragSummary).toEqual({ green: 0, amber: 1, red: 0, grey: 0 });
    });

    it('given figures in several terms, when the target changes, then every term of that year is recoloured and other years are not', () => {
      const history = [
        registered,
        target('teaching', 80, '2023/24'),
        recorded('teaching', 'summer', 79, { academicYear: '2023/24' }),
        target('teaching', 80),
        recorded('teaching', 'autumn', 81),
        recorded('teaching', 'spring', 78),
      ];
      expect(given(...history)?.kpis.map((kpi) => kpi.rag)).toEqual(['amber', 'green', 'amber']);

      const card = when(history, target('teaching', 90));
      expect(card?.kpis).toEqual([
        row({ kpi: 'teaching', academicYear: '2023/24', term: 'summer', value: 79, target: 80, rag: 'amber' }),
        row({ kpi: 'teaching', term: 'autumn', value: 81, target: 90, rag: 'red' }),
        row({ kpi: 'teaching', term: 'spring', value: 78, target: 90, rag: 'red' }),
      ]);
    });
  });

  describe('KpiRecorded', () => {
    it('given a figure stored at v1 (upcast: source not recorded) and one at v2, then each row shows its own source', () => {
      const v1 = recorded('progress', 'autumn', 70);
      const v1Upcast: DomainEvent = v1.type === 'KpiRecorded' ? { type: 'KpiRecorded', data: { ...v1.data, source: 'not-recorded' } } : v1;
      const v2: DomainEvent = { type: 'KpiRecorded', data: { academyId, academicYear: year, term: 'spring', kpi: 'progress', value: 72, nationalAverage: null, source: 'published' } };
      const card = when([registered, v1Upcast], v2);
      expect(card?.kpis.map(({ term, source }) => ({ term, source }))).toEqual([
        { term: 'autumn', source: 'not-recorded' },
        { term: 'spring', source: 'published' },
      ]);
    });

    it('given a target, when a figure is recorded, then it replaces the grey row and is rated against the target', () => {
      const card = when([registered, target('progress', 80)], recorded('progress', 'autumn', 82, { nationalAverage: 75 }));
      expect(card?.kpis).toEqual([row({ kpi: 'progress', value: 82, target: 80, nationalAverage: 75, rag: 'green' })]);
    });

    it.each([
      ['progress', 80, 80, 'green'],
      ['progress', 80, 75, 'amber'],
      ['progress', 80, 74.9, 'red'],
      ['curriculum', 2, 2, 'green'],
      ['curriculum', 2, 3, 'amber'],
      ['curriculum', 2, 4, 'red'],
      ['attendance', 95, 94, 'amber'],
      ['attendance', 95, 93.9, 'red'],
    ] as const)('given %s with a target of %d, when %d is recorded, then it is %s', (kpi, targetValue, value, rag) => {
      const card = when([registered, target(kpi, targetValue)], recorded(kpi, 'spring', value));
      expect(card?.kpis).toEqual([row({ kpi, term: 'spring', value, target: targetValue, rag })]);
    });

    it('given no attendance target, when attendance is recorded, then it is held to the national average recorded with it', () => {
      expect(when([registered], recorded('attendance', 'autumn', 94.5, { nationalAverage: 94 }))?.kpis[0]?.rag).toBe('green');
      expect(when([registered], recorded('attendance', 'autumn', 93.5, { nationalAverage: 94 }))?.kpis[0]?.rag).toBe('amber');
    });

    it('given a target for one year, when a figure for another year is recorded, then that figure has no target', () => {
      const card = when([registered, target('progress', 80, '2023/24')], recorded('progress', 'autumn', 85));
      expect(card?.kpis).toEqual([
        row({ kpi: 'progress', academicYear: '2023/24', term: null, target: 80 }),
        row({ kpi: 'progress', value: 85, rag: 'grey' }),
      ]);
    });

    it('given figures and targets in any order, then rows run by year, then target-only rows, autumn, spring, summer, then KPI order', () => {
      const card = given(
        registered,
        recorded('attendance', 'summer', 96, { nationalAverage: 94 }),
        recorded('progress', 'summer', 70),
        target('transition', 90),
        recorded('teaching', 'autumn', 80, { academicYear: '2023/24' }),
        recorded('curriculum', 'spring', 2),
        recorded('progress', 'autumn', 71),
      );
      expect(card?.kpis.map(({ academicYear, term, kpi }) => `${academicYear} ${String(term)} ${kpi}`)).toEqual([
        '2023/24 autumn teaching',
        '2024/25 null transition',
        '2024/25 autumn progress',
        '2024/25 spring curriculum',
        '2024/25 summer progress',
        '2024/25 summer attendance',
      ]);
    });
  });

  describe('KpiCorrected', () => {
    it('given a figure, when it is corrected, then the card shows the corrected value, marked corrected, and re-rated', () => {
      const history = [registered, target('progress', 80), recorded('progress', 'autumn', 70, { nationalAverage: 72 })];
      expect(given(...history)?.kpis[0]?.rag).toBe('red');

      const card = when(history, corrected('progress', 'autumn', 81, 70));
      expect(card?.kpis).toEqual([row({ kpi: 'progress', value: 81, target: 80, nationalAverage: 72, rag: 'green', corrected: true })]);
      expect(card?.ragSummary).toEqual({ green: 1, amber: 0, red: 0, grey: 0 });
    });

    it('given figures for other terms, when one is corrected, then only that term changes', () => {
      const history = [registered, recorded('progress', 'autumn', 70), recorded('progress', 'spring', 72)];
      const card = when(history, corrected('progress', 'spring', 75, 72));
      expect(card?.kpis).toEqual([row({ kpi: 'progress', value: 70 }), row({ kpi: 'progress', term: 'spring', value: 75, corrected: true })]);
    });

    it('given no such figure on the card, when a correction arrives, then it is shown, marked corrected', () => {
      const card = when([registered, target('progress', 80)], corrected('progress', 'summer', 79, 60));
      expect(card?.kpis).toEqual([row({ kpi: 'progress', term: 'summer', value: 79, target: 80, source: null, rag: 'amber', corrected: true })]);
    });
  });

  describe('InspectionRecorded', () => {
    it('given no inspection, when an eif-2019 one is recorded, then the card shows its overall effectiveness grade as given', () => {
      const card = when([registered], eif2019('2023-05-10', 'requires-improvement'));
      expect(card?.overallEffectiveness).toBe('requires-improvement');
      expect(card?.latestInspection).toEqual({ inspectedOn: '2023-05-10', framework: 'eif-2019', overallEffectiveness: 'requires-improvement' });
      expect(card?.lastPosition).toBe(2n);
    });

    it('given an eif-2024 inspection, then no overall grade is invented: the card gives the tier policy\'s reading of its grades', () => {
      const card = when([registered, eif2019('2021-03-01', 'good')], eif2024('2024-11-06', { 'behaviour-and-attitudes': 'requires-improvement' }));
      expect(card?.overallEffectiveness).toEqual({
        framework: 'eif-2024',
        grade: null,
        belowGood: true,
        summary: 'The latest inspection (education inspection framework 2024, 2024-11-06) graded behaviour and attitudes requires improvement: below Good.',
      });
      expect(card?.latestInspection).toEqual({
        inspectedOn: '2024-11-06',
        framework: 'eif-2024',
        grades: { ...GOOD_2024, 'behaviour-and-attitudes': 'requires-improvement' },
      });
    });

    it('given a report card 2025 inspection, then the card keeps its areas and safeguarding, and reads it Good or better', () => {
      const card = when([registered], reportCard('2025-11-12', 'met'));
      expect(card?.overallEffectiveness).toEqual({
        framework: 'report-card-2025',
        grade: null,
        belowGood: false,
        summary:
          'The latest inspection (report card 2025, 2025-11-12) graded no area urgent improvement, leadership and governance above needs attention, and found safeguarding met: Good or better.',
      });
      expect(card?.latestInspection).toEqual({ inspectedOn: '2025-11-12', framework: 'report-card-2025', grades: EXPECTED_2025, safeguarding: 'met' });
      expect(when([registered], reportCard('2025-11-12', 'not-met'))?.overallEffectiveness).toMatchObject({ belowGood: true });
    });

    it('given a later inspection, when an older one is recorded after it, then the later one stays on the card', () => {
      const history = [registered, eif2024('2024-11-06', {})];
      const card = when(history, eif2019('2022-01-20', 'inadequate'));
      expect(card?.latestInspection).toMatchObject({ inspectedOn: '2024-11-06', framework: 'eif-2024' });
      expect(card?.overallEffectiveness).toMatchObject({ belowGood: false });
      expect(card?.lastPosition).toBe(3n);
    });

    it('given an inspection, when another of the same day is recorded, then the later recorded counts', () => {
      expect(when([registered, eif2019('2023-05-10', 'good')], eif2019('2023-05-10', 'outstanding'))?.overallEffectiveness).toBe('outstanding');
    });
  });

  describe('RiskAssessed', () => {
    it('given assessments, then the card shows the level of the latest by date, whatever order they were recorded in', () => {
      expect(when([registered], riskAssessed('2024-07-01', 'medium'))).toMatchObject({ riskLevel: 'medium', riskAssessedOn: '2024-07-01' });
      expect(when([registered, riskAssessed('2024-07-01', 'medium')], riskAssessed('2025-01-10', 'high'))).toMatchObject({ riskLevel: 'high', riskAssessedOn: '2025-01-10' });
      expect(when([registered, riskAssessed('2024-07-01', 'medium')], riskAssessed('2023-07-01', 'low'))).toMatchObject({ riskLevel: 'medium', riskAssessedOn: '2024-07-01', lastPosition: 3n });
      expect(when([registered, riskAssessed('2024-07-01', 'medium')], riskAssessed('2024-07-01', 'low'))).toMatchObject({ riskLevel: 'low' });
    });
  });

  describe('SipAssigned', () => {
    it('given a partner, when another is assigned, then the card shows the new one', () => {
      expect(when([registered], sipAssigned('sip-1', 'Jane Doe'))?.sip).toEqual({ sipId: 'sip-1', name: 'Jane Doe', approvedOn: '2024-07-10' });
      expect(when([registered, sipAssigned('sip-1', 'Jane Doe')], sipAssigned('sip-2', 'Sam Roe'))?.sip).toEqual({ sipId: 'sip-2', name: 'Sam Roe', approvedOn: '2024-07-10' });
    });
  });

  describe('TierAssigned', () => {
    it('given no decision, when a tier is decided, then it is the current tier, with its year', () => {
      expect(when([registered], tierAssigned('2024/25', 2))).toMatchObject({ tier: 2, tierAcademicYear: '2024/25' });
    });

    it("given a decision, when the year's decision is revised, then the revision is the current tier", () => {
      expect(when([registered, tierAssigned('2024/25', 1)], tierAssigned('2024/25', 3))).toMatchObject({ tier: 3, tierAcademicYear: '2024/25' });
    });

    it('given a decision for a year, when an earlier year is revised after it, then the most recent year decided stays current', () => {
      const history = [registered, tierAssigned('2023/24', 2), tierAssigned('2024/25', 1)];
      expect(when(history, tierAssigned('2023/24', 3))).toMatchObject({ tier: 1, tierAcademicYear: '2024/25', lastPosition: 4n });
      expect(when(history, tierAssigned('2025/26', 2))).toMatchObject({ tier: 2, tierAcademicYear: '2025/26' });
    });

    it('is what GET /academies lists as the tier (stored on the card)', () => {
      const card = given(registered, tierAssigned('2024/25', 3));
      expect(card === null ? null : academyCardView(card).tier).toBe(3);
    });
  });

  describe('Academy Improvement Meetings', () => {
    it('given no AIM, when one is scheduled, then it is the next AIM', () => {
      const card = when([registered], aimScheduled('aim-autumn', '2024-10-08', 'one-and-a-half-day'));
      expect(card).toMatchObject({ nextAim: { aimId: 'aim-autumn', date: '2024-10-08', format: 'one-and-a-half-day' }, lastPosition: 2n });
    });

    it('given three scheduled out of order, then the earliest is next and all are listed by date', () => {
      const card = given(registered, aimScheduled('aim-summer', '2025-06-10'), aimScheduled('aim-autumn', '2024-10-08'), aimScheduled('aim-spring', '2025-02-04'));
      expect(card?.nextAim?.aimId).toBe('aim-autumn');
      expect(card?.upcomingAims.map(({ aimId }) => aimId)).toEqual(['aim-autumn', 'aim-spring', 'aim-summer']);
    });

    it('given the next AIM, when it is rescheduled after another, then the other is next', () => {
      const history = [registered, aimScheduled('aim-autumn', '2024-10-08'), aimScheduled('aim-spring', '2025-02-04')];
      expect(when(history, aimRescheduled('aim-autumn', '2025-03-04', '2024-10-08'))?.upcomingAims).toEqual([
        { aimId: 'aim-spring', date: '2025-02-04', format: 'one-day' },
        { aimId: 'aim-autumn', date: '2025-03-04', format: 'one-day' },
      ]);
    });

    it('given the next AIM, when it is held, then the following one is next; after the last, none', () => {
      const history = [registered, aimScheduled('aim-autumn', '2024-10-08'), aimScheduled('aim-spring', '2025-02-04')];
      expect(when(history, aimHeld('aim-autumn', '2024-10-08'))?.nextAim?.aimId).toBe('aim-spring');
      expect(given(...history, aimHeld('aim-autumn', '2024-10-08'), aimHeld('aim-spring', '2025-02-04'))).toMatchObject({ nextAim: null, upcomingAims: [] });
    });
  });

  describe('replays', () => {
    it('given a card, when an event at or below its last position arrives again, then the card is unchanged', () => {
      const card = given(registered, target('progress', 80), recorded('progress', 'autumn', 70));
      expect(evolveAcademyCard(card, recorded('progress', 'autumn', 99), 3n)).toBe(card);
      expect(evolveAcademyCard(card, target('progress', 50), 2n)).toBe(card);
      expect(evolveAcademyCard(card, registered, 1n)).toBe(card);
      const decided = given(registered, tierAssigned('2024/25', 1), eif2019('2023-05-10', 'good'));
      expect(evolveAcademyCard(decided, tierAssigned('2024/25', 3), 2n)).toBe(decided);
      expect(evolveAcademyCard(decided, eif2019('2024-05-10', 'inadequate'), 3n)).toBe(decided);
    });

    it('never changes the card it is given', () => {
      const card = given(registered, target('progress', 80), recorded('progress', 'autumn', 70));
      const snapshot = structuredClone(card);
      evolveAcademyCard(card, corrected('progress', 'autumn', 85, 70), 4n);
      evolveAcademyCard(card, target('progress', 60), 4n);
      evolveAcademyCard(card, recorded('teaching', 'autumn', 60), 4n);
      expect(card).toEqual(snapshot);
    });
  });

  describe('ragSummary', () => {
    it('given several years, then it counts each KPI of the latest year once, at its latest term, and grey for a target with no figure', () => {
      const card = given(
        registered,
        recorded('progress', 'summer', 50, { academicYear: '2023/24' }),
        target('progress', 80, '2023/24'),
        target('progress', 80),
        recorded('progress', 'autumn', 60),
        recorded('progress', 'spring', 81),
        target('curriculum', 2),
        recorded('curriculum', 'autumn', 3),
        target('teaching', 85),
        recorded('attendance', 'autumn', 90, { nationalAverage: 94 }),
      );
      // progress: spring green (autumn red not counted); curriculum amber; teaching target only: grey;
      // attendance red against the national average; transition has neither: not counted.
      expect(card?.ragSummary).toEqual({ green: 1, amber: 1, red: 1, grey: 1 });
    });

    it('given only targets in a newer year, then that year is the one summarised', () => {
      const card = given(registered, recorded('progress', 'autumn', 90, { academicYear: '2023/24' }), target('progress', 80, '2023/24'), target('progress', 85));
      expect(card?.ragSummary).toEqual({ green: 0, amber: 0, red: 0, grey: 1 });
    });

    it('given no rows, then every count is zero', () => {
      expect(summariseRag([])).toEqual({ green: 0, amber: 0, red: 0, grey: 0 });
    });
  });

  describe('academyCardView', () => {
    it('is the card without its position', () => {
      const card = given(registered, target('progress', 80));
      if (card === null) throw new Error('expected a card');
      const view = academyCardView(card);
      expect(view).not.toHaveProperty('lastPosition');
      expect({ ...view, lastPosition: card.lastPosition }).toEqual(card);
      expect(JSON.parse(JSON.stringify(view))).toEqual(view);
    });
  });
});
