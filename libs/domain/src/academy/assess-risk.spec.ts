import type { AssessRisk } from '../evidence/evidence.commands.js';
import { riskAssessed } from '../evidence/test-support/evidence-fixtures.js';
import { ACADEMY_ID, badTexts, given, registered } from './test-support/academy-fixtures.js';

const assess = (overrides: Partial<AssessRisk> = {}): AssessRisk => ({
  type: 'AssessRisk',
  academyId: ACADEMY_ID,
  assessedOn: '2024-07-01',
  level: 'low',
  risks: [{ title: 'Staff turnover in Key Stage 2', owner: 'Headteacher' }],
  ...overrides,
});

describe('AssessRisk', () => {
  describe('allowed', () => {
    it.each(['low', 'medium', 'high'] as const)('records a %s risk level', (level) => {
      given([registered])
        .when(assess({ level }))
        .then([riskAssessed({ level })]);
    });

    it('records risks with no owner as owned by nobody, and trims the text', () => {
      given([registered])
        .when(assess({ risks: [{ title: ' Attendance ' }, { title: 'Finance', owner: null }, { title: 'SEND', owner: ' SENCo ' }] }))
        .then([
          riskAssessed({
            risks: [
              { title: 'Attendance', owner: null },
              { title: 'Finance', owner: null },
              { title: 'SEND', owner: 'SENCo' },
            ],
          }),
        ]);
    });

    it('records an assessment with no risks listed', () => {
      given([registered])
        .when(assess({ risks: [] }))
        .then([riskAssessed({ risks: [] })]);
    });

    it('records a reassessment, even on the same day', () => {
      given([registered, riskAssessed()])
        .when(assess({ level: 'medium' }))
        .then([riskAssessed({ level: 'medium' })]);
    });
  });

  describe('refused', () => {
    it('an academy that is not registered (404)', () => {
      given([]).when(assess()).thenThrows('not-found');
    });
  });

  describe('invalid', () => {
    it('academyId', () => {
      given([registered]).when(assess({ academyId: '' })).thenThrows('invalid', 'academyId');
    });

    it.each(['2024-7-01', '2025-03-16'])('assessedOn %p', (assessedOn) => {
      given([registered]).when(assess({ assessedOn })).thenThrows('invalid', 'assessedOn');
    });

    it.each(['High', 'severe', ''])('level %p', (level) => {
      given([registered]).when(assess({ level })).thenThrows('invalid', 'level');
    });

    it.each([['missing', undefined], ['null', null], ['an object', { title: 'x' }]])('risks %s', (_label, risks) => {
      given([registered])
        .when(assess({ risks: risks as unknown as AssessRisk['risks'] }))
        .thenThrows('invalid', 'risks');
    });

    it.each([['a string', 'Attendance'], ['null', null], ['a list', ['Attendance']]])('a risk that is %s, naming its position', (_label, risk) => {
      given([registered])
        .when(assess({ risks: [{ title: 'Finance' }, risk as unknown as { title: string }] }))
        .thenThrows('invalid', 'risks[1]');
    });

    it.each(badTexts(200))('a risk title %s', (_label, title) => {
      given([registered])
        .when(assess({ risks: [{ title: title as string }] }))
        .thenThrows('invalid', 'risks[0].title');
    });

    it.each(badTexts(200))('a risk owner %s', (_label, owner) => {
      given([registered])
        .when(assess({ risks: [{ title: 'Finance', owner: owner as string }] }))
        .thenThrows('invalid', 'risks[0].owner');
    });

    it('a field a risk does not have', () => {
      given([registered])
        .when(assess({ risks: [{ title: 'Finance', severity: 'high' } as unknown as { title: string }] }))
        .thenThrows('invalid', 'risks[0].severity');
    });
  });
});
