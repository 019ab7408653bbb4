import type { RecordBaseline } from '../evidence/evidence.commands.js';
import { baselineAssessed } from '../evidence/test-support/evidence-fixtures.js';
import { ACADEMY_ID, badTexts, given, registered } from './test-support/academy-fixtures.js';

const baseline = (overrides: Partial<RecordBaseline> = {}): RecordBaseline => ({
  type: 'RecordBaseline',
  academyId: ACADEMY_ID,
  assessedOn: '2021-06-15',
  summary: 'Outcomes below national benchmarks; curriculum broad but not yet sequenced.',
  capacity: 'taker',
  ...overrides,
});

describe('RecordBaseline', () => {
  describe('allowed', () => {
    it.each(['giver', 'taker', 'neutral'] as const)('records a capacity %s', (capacity) => {
      given([registered])
        .when(baseline({ capacity }))
        .then([baselineAssessed({ capacity })]);
    });
  });

  describe('refused', () => {
    it('a second baseline (409)', () => {
      given([registered, baselineAssessed()]).when(baseline({ capacity: 'giver' })).thenThrows('conflict');
    });

    it('an academy that is not registered (404)', () => {
      given([]).when(baseline()).thenThrows('not-found');
    });
  });

  describe('invalid', () => {
    it('academyId', () => {
      given([registered]).when(baseline({ academyId: 'abcdef' })).thenThrows('invalid', 'academyId');
    });

    it.each(['15/06/2021', '2025-03-16'])('assessedOn %p', (assessedOn) => {
      given([registered]).when(baseline({ assessedOn })).thenThrows('invalid', 'assessedOn');
    });

    it.each(badTexts(4000))('summary %s', (_label, summary) => {
      given([registered])
        .when(baseline({ summary: summary as string }))
        .thenThrows('invalid', 'summary');
    });

    it.each(['Taker', 'receiver', ''])('capacity %p', (capacity) => {
      given([registered]).when(baseline({ capacity })).thenThrows('invalid', 'capacity');
    });
  });
});
