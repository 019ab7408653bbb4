import { deciderSpec } from '../test-support/decider-spec.js';
import type { ErasePersonalData } from './data-subject.commands.js';
import { dataSubjectDecider } from './data-subject.decider.js';
import type { DataSubjectEvent } from './data-subject.events.js';

const NOW = new Date('2025-03-12T12:00:00.000Z');
const given = deciderSpec(dataSubjectDecider, { now: NOW });

const erase = (overrides: Partial<ErasePersonalData> = {}): ErasePersonalData => ({
  type: 'ErasePersonalData',
  subjectId: 'staff:st-41',
  reason: 'Request under Article 17, ticket DP-12',
  erasedBy: 'u-admin',
  ...overrides,
});

const erased: DataSubjectEvent = {
  type: 'PersonalDataErased',
  data: { subjectId: 'staff:st-41', erasedBy: 'u-admin', reason: 'Request under Article 17, ticket DP-12', erasedAt: '2025-03-12T12:00:00.000Z' },
};

describe('ErasePersonalData', () => {
  it('records the erasure: whom, who, why and when', () => {
    given([]).when(erase()).then([erased]);
  });

  it.each(['sip:sip-7', 'user:u-1', 'safeguarding-concern:c-1'])('erases a subject of any kind: %s', (subjectId) => {
    given([]).when(erase({ subjectId })).then([{ type: 'PersonalDataErased', data: { ...erased.data, subjectId } }]);
  });

  it('changes nothing the second time, whatever the reason given', () => {
    given([erased]).when(erase({ reason: 'Asked again' })).thenNothing();
  });

  it.each<[string, Partial<ErasePersonalData>]>([
    ['subjectId', { subjectId: 'st-41' }],
    ['subjectId', { subjectId: 'pupil:p-1' }],
    ['subjectId', { subjectId: 'staff:' }],
    ['subjectId', { subjectId: 'staff:a b' }],
    ['reason', { reason: ' ' }],
    ['reason', { reason: 'x'.repeat(2001) }],
  ])('refuses a bad %s', (field, overrides) => {
    given([]).when(erase(overrides)).thenThrows('invalid', field);
  });
});
