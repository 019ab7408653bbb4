import type { RecordOutcome } from '../evidence/evidence.commands.js';
import { outcomeRecorded } from '../evidence/test-support/evidence-fixtures.js';
import { ACADEMY_ID, given, registered } from './test-support/academy-fixtures.js';

const outcome = (overrides: Partial<RecordOutcome> = {}): RecordOutcome => ({
  type: 'RecordOutcome',
  academyId: ACADEMY_ID,
  academicYear: '2023/24',
  direction: 'positive',
  ...overrides,
});

describe('RecordOutcome', () => {
  describe('allowed', () => {
    it.each(['positive', 'negative'] as const)('records a %s outcome', (direction) => {
      given([registered])
        .when(outcome({ direction }))
        .then([outcomeRecorded({ direction })]);
    });

    it('records the outcomes of other years beside one already recorded', () => {
      given([registered, outcomeRecorded()])
        .when(outcome({ academicYear: '2022/23', direction: 'negative' }))
        .then([outcomeRecorded({ academicYear: '2022/23', direction: 'negative' })]);
      given([registered, outcomeRecorded()])
        .when(outcome({ academicYear: '2024/25' }))
        .then([outcomeRecorded({ academicYear: '2024/25' })]);
    });
  });

  describe('refused', () => {
    it('a second outcome for the same year (409), whatever its direction', () => {
      given([registered, outcomeRecorded()]).when(outcome({ direction: 'negative' })).thenThrows('conflict');
      given([registered, outcomeRecorded()]).when(outcome()).thenThrows('conflict');
    });

    it('an academy that is not registered (404)', () => {
      given([]).when(outcome()).thenThrows('not-found');
    });
  });

  describe('invalid', () => {
    it('academyId', () => {
      given([registered]).when(outcome({ academyId: '1234567' })).thenThrows('invalid', 'academyId');
    });

    it.each(['2023', '2023/25', '2025/26'])('academicYear %p', (academicYear) => {
      given([registered]).when(outcome({ academicYear })).thenThrows('invalid', 'academicYear');
    });

    it.each(['Positive', 'neutral', ''])('direction %p', (direction) => {
      given([registered]).when(outcome({ direction })).thenThrows('invalid', 'direction');
    });

    it('reports bad input before the duplicate', () => {
      given([registered, outcomeRecorded()]).when(outcome({ direction: 'up' })).thenThrows('invalid', 'direction');
    });
  });
});
