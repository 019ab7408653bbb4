import type { RecordInspection } from '../evidence/evidence.commands.js';
import {
  EXPECTED_REPORT_CARD_GRADES,
  GOOD_EIF_2024_GRADES,
  eif2019Recorded,
  eif2024Recorded,
  reportCardRecorded,
} from '../evidence/test-support/evidence-fixtures.js';
import { ACADEMY_ID, given, registered } from './test-support/academy-fixtures.js';

const eif2019 = (overrides: Partial<RecordInspection> = {}): RecordInspection => ({
  type: 'RecordInspection',
  academyId: ACADEMY_ID,
  inspectedOn: '2023-05-10',
  framework: 'eif-2019',
  overallEffectiveness: 'good',
  ...overrides,
});

const eif2024 = (overrides: Partial<RecordInspection> = {}): RecordInspection => ({
  type: 'RecordInspection',
  academyId: ACADEMY_ID,
  inspectedOn: '2024-11-06',
  framework: 'eif-2024',
  grades: GOOD_EIF_2024_GRADES,
  ...overrides,
});

const reportCard = (overrides: Partial<RecordInspection> = {}): RecordInspection => ({
  type: 'RecordInspection',
  academyId: ACADEMY_ID,
  inspectedOn: '2025-02-12',
  framework: 'report-card-2025',
  grades: EXPECTED_REPORT_CARD_GRADES,
  safeguarding: 'met',
  ...overrides,
});

describe('RecordInspection', () => {
  describe('allowed', () => {
    it.each(['outstanding', 'good', 'requires-improvement', 'inadequate'] as const)(
      'records an eif-2019 inspection judged %s overall',
      (overallEffectiveness) => {
        given([registered])
          .when(eif2019({ overallEffectiveness }))
          .then([eif2019Recorded({ overallEffectiveness })]);
      },
    );

    it('records an eif-2024 inspection with its four sub-grades', () => {
      given([registered]).when(eif2024()).then([eif2024Recorded()]);
    });

    it('records eif-2024 early years and sixth form where the school has them', () => {
      const grades = { ...GOOD_EIF_2024_GRADES, 'early-years': 'outstanding', 'sixth-form': 'requires-improvement' } as const;
      given([registered]).when(eif2024({ grades })).then([eif2024Recorded({ grades })]);
    });

    it('records a report-card-2025 inspection with its six areas and safeguarding', () => {
      given([registered]).when(reportCard()).then([reportCardRecorded()]);
    });

    it('records report-card-2025 early years and sixth form, and safeguarding not met', () => {
      const grades = { ...EXPECTED_REPORT_CARD_GRADES, 'early-years': 'needs-attention', 'sixth-form': 'exceptional' } as const;
      given([registered])
        .when(reportCard({ grades, safeguarding: 'not-met' }))
        .then([reportCardRecorded({ grades, safeguarding: 'not-met' })]);
    });

    it('takes fields of other frameworks sent as null as absent', () => {
      given([registered])
        .when(eif2019({ grades: null, safeguarding: null }))
        .then([eif2019Recorded()]);
      given([registered])
        .when(reportCard({ overallEffectiveness: null }))
        .then([reportCardRecorded()]);
    });

    it('records an inspection made today, and one of the predecessor school before the academy joined', () => {
      given([registered])
        .when(eif2019({ inspectedOn: '2025-03-15' }))
        .then([eif2019Recorded({ inspectedOn: '2025-03-15' })]);
      given([registered])
        .when(eif2019({ inspectedOn: '2019-01-20', overallEffectiveness: 'inadequate' }))
        .then([eif2019Recorded({ inspectedOn: '2019-01-20', overallEffectiveness: 'inadequate' })]);
    });

    it('records a later inspection under another framework', () => {
      given([registered, eif2019Recorded()]).when(eif2024()).then([eif2024Recorded()]);
    });
  });

  describe('refused', () => {
    it('a second inspection on the same date (409)', () => {
      given([registered, eif2019Recorded()])
        .when(eif2019({ overallEffectiveness: 'outstanding' }))
        .thenThrows('conflict');
    });

    it('an academy that is not registered (404)', () => {
      given([]).when(eif2019()).thenThrows('not-found');
    });
  });

  describe('invalid', () => {
    it('academyId', () => {
      given([registered]).when(eif2019({ academyId: '12345' })).thenThrows('invalid', 'academyId');
    });

    it.each([
      ['not ISO', '10/05/2023'],
      ['not a real date', '2023-02-29'],
      ['in the future', '2025-03-16'],
    ])('inspectedOn %s', (_label, inspectedOn) => {
      given([registered]).when(eif2019({ inspectedOn })).thenThrows('invalid', 'inspectedOn');
    });

    it.each(['eif-2015', 'EIF-2019', ''])('framework %p', (framework) => {
      given([registered]).when(eif2019({ framework })).thenThrows('invalid', 'framework');
    });

    describe('eif-2019', () => {
      it.each([undefined, null, 'requires improvement', 'exceptional'])('overallEffectiveness %p', (overallEffectiveness) => {
        given([registered]).when(eif2019({ overallEffectiveness })).thenThrows('invalid', 'overallEffectiveness');
      });

      it('grades, which belong to later frameworks', () => {
        const error = given([registered])
          .when(eif2019({ grades: GOOD_EIF_2024_GRADES }))
          .thenThrows('invalid', 'grades');
        expect(error.message).toBe('grades: does not belong to an inspection under eif-2019');
      });

      it('safeguarding, which belongs to report-card-2025', () => {
        given([registered]).when(eif2019({ safeguarding: 'met' })).thenThrows('invalid', 'safeguarding');
      });
    });

    describe('eif-2024', () => {
      it('overallEffectiveness, which eif-2024 no longer grades', () => {
        given([registered])
          .when(eif2024({ overallEffectiveness: 'good' }))
          .thenThrows('invalid', 'overallEffectiveness');
      });

      it('safeguarding', () => {
        given([registered]).when(eif2024({ safeguarding: 'met' })).thenThrows('invalid', 'safeguarding');
      });

      it.each([
        ['missing', undefined],
        ['null', null],
        ['a list', ['good']],
        ['a string', 'good'],
      ])('grades %s', (_label, grades) => {
        given([registered])
          .when(eif2024({ grades: grades as unknown as Record<string, string> }))
          .thenThrows('invalid', 'grades');
      });

      it.each(['quality-of-education', 'behaviour-and-attitudes', 'personal-development', 'leadership-and-management'])(
        'a missing %s grade, naming it',
        (area) => {
          const grades: Record<string, string> = { ...GOOD_EIF_2024_GRADES };
          delete grades[area];
          given([registered])
            .when(eif2024({ grades }))
            .thenThrows('invalid', `grades.${area}`);
        },
      );

      it('an area of another framework, naming it', () => {
        given([registered])
          .when(eif2024({ grades: { ...GOOD_EIF_2024_GRADES, inclusion: 'good' } }))
          .thenThrows('invalid', 'grades.inclusion');
      });

      it.each(['strong-standard', 'Good', '', 'needs-attention'])('a grade %p outside the 2019 scale', (grade) => {
        given([registered])
          .when(eif2024({ grades: { ...GOOD_EIF_2024_GRADES, 'personal-development': grade } }))
          .thenThrows('invalid', 'grades.personal-development');
      });

      it('an optional area graded off the scale', () => {
        given([registered])
          .when(eif2024({ grades: { ...GOOD_EIF_2024_GRADES, 'sixth-form': 'expected-standard' } }))
          .thenThrows('invalid', 'grades.sixth-form');
      });
    });

    describe('report-card-2025', () => {
      it('overallEffectiveness', () => {
        given([registered])
          .when(reportCard({ overallEffectiveness: 'good' }))
          .thenThrows('invalid', 'overallEffectiveness');
      });

      it.each([undefined, null, 'Met', 'partly'])('safeguarding %p', (safeguarding) => {
        given([registered]).when(reportCard({ safeguarding })).thenThrows('invalid', 'safeguarding');
      });

      it.each([
        'inclusion',
        'curriculum-and-teaching',
        'achievement',
        'attendance-and-behaviour',
        'personal-development-and-wellbeing',
        'leadership-and-governance',
      ])('a missing %s grade, naming it', (area) => {
        const grades: Record<string, string> = { ...EXPECTED_REPORT_CARD_GRADES };
        delete grades[area];
        given([registered])
          .when(reportCard({ grades }))
          .thenThrows('invalid', `grades.${area}`);
      });

      it('an eif-2024 area, naming it', () => {
        given([registered])
          .when(reportCard({ grades: { ...EXPECTED_REPORT_CARD_GRADES, 'quality-of-education': 'expected-standard' } }))
          .thenThrows('invalid', 'grades.quality-of-education');
      });

      it.each(['good', 'urgent improvement', 'inadequate'])('a grade %p outside the report card scale', (grade) => {
        given([registered])
          .when(reportCard({ grades: { ...EXPECTED_REPORT_CARD_GRADES, achievement: grade } }))
          .thenThrows('invalid', 'grades.achievement');
      });
    });

    it('reports bad input before the unknown academy and the duplicate', () => {
      given([]).when(eif2019({ overallEffectiveness: 'fine' })).thenThrows('invalid', 'overallEffectiveness');
      given([registered, eif2019Recorded()]).when(eif2019({ grades: {} })).thenThrows('invalid', 'grades');
    });
  });
});
