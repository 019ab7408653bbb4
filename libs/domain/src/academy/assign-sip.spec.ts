import type { AssignSip } from '../evidence/evidence.commands.js';
import { sipAssigned } from '../evidence/test-support/evidence-fixtures.js';
import { ACADEMY_ID, badTexts, given, registered } from './test-support/academy-fixtures.js';

const assign = (overrides: Partial<AssignSip> = {}): AssignSip => ({
  type: 'AssignSip',
  academyId: ACADEMY_ID,
  sipId: 'sip-7',
  name: 'Dr Ada Moss',
  approvedOn: '2024-07-10',
  ...overrides,
});

describe('AssignSip', () => {
  describe('allowed', () => {
    it('assigns a School Improvement Partner', () => {
      given([registered]).when(assign()).then([sipAssigned()]);
    });

    it('replaces the partner assigned before', () => {
      given([registered, sipAssigned()])
        .when(assign({ sipId: 'sip-9', name: 'Sam Reed', approvedOn: '2025-01-08' }))
        .then([sipAssigned({ sipId: 'sip-9', name: 'Sam Reed', approvedOn: '2025-01-08' })]);
    });

    it('re-assigns the same partner with a new approval', () => {
      given([registered, sipAssigned()])
        .when(assign({ approvedOn: '2025-01-08' }))
        .then([sipAssigned({ approvedOn: '2025-01-08' })]);
    });
  });

  describe('no-op', () => {
    it('changes nothing when the same partner is assigned with the same details', () => {
      given([registered, sipAssigned()]).when(assign({ name: ' Dr Ada Moss ' })).thenNothing();
    });
  });

  describe('refused', () => {
    it('an academy that is not registered (404)', () => {
      given([]).when(assign()).thenThrows('not-found');
    });
  });

  describe('invalid', () => {
    it('academyId', () => {
      given([registered]).when(assign({ academyId: '1' })).thenThrows('invalid', 'academyId');
    });

    it.each(badTexts(100))('sipId %s', (_label, sipId) => {
      given([registered])
        .when(assign({ sipId: sipId as string }))
        .thenThrows('invalid', 'sipId');
    });

    it.each(badTexts(200))('name %s', (_label, name) => {
      given([registered])
        .when(assign({ name: name as string }))
        .thenThrows('invalid', 'name');
    });

    it.each(['2024-02-30', '2025-03-16'])('approvedOn %p', (approvedOn) => {
      given([registered]).when(assign({ approvedOn })).thenThrows('invalid', 'approvedOn');
    });
  });
});
