import type { RegisterAcademy } from './academy.commands.js';
import { ACADEMY_ID, academyRegistered, badTexts, given, registered } from './test-support/academy-fixtures.js';
import { deciderSpec } from '../test-support/decider-spec.js';
import { academyDecider } from './academy.decider.js';

const register = (overrides: Partial<RegisterAcademy> = {}): RegisterAcademy => ({
  type: 'RegisterAcademy',
  academyId: ACADEMY_ID,
  name: 'Oakfield Primary Academy',
  phase: 'primary',
  hub: 'North',
  joinedOn: '2021-09-01',
  ...overrides,
});

describe('RegisterAcademy', () => {
  describe('allowed', () => {
    it('registers a new academy, with no predecessors when none are given', () => {
      given([]).when(register()).then([registered]);
    });

    it('records its predecessor URNs in order', () => {
      given([])
        .when(register({ predecessorUrns: ['654321', '100200'] }))
        .then([academyRegistered({ predecessorUrns: ['654321', '100200'] })]);
    });

    it('takes a null list of predecessors as none', () => {
      given([]).when(register({ predecessorUrns: null })).then([registered]);
    });

    it('trims the name and hub', () => {
      given([])
        .when(register({ name: '  Oakfield Primary Academy ', hub: '\tNorth\n' }))
        .then([registered]);
    });

    it.each(['primary', 'secondary', 'all-through', 'special'] as const)('accepts the %s phase', (phase) => {
      given([])
        .when(register({ phase }))
        .then([academyRegistered({ phase })]);
    });

    it('accepts a name and hub of exactly 200 characters', () => {
      const long = 'x'.repeat(200);
      given([])
        .when(register({ name: long, hub: long }))
        .then([academyRegistered({ name: long, hub: long })]);
    });

    it('accepts an academy joining today', () => {
      given([])
        .when(register({ joinedOn: '2025-03-15' }))
        .then([academyRegistered({ joinedOn: '2025-03-15' })]);
    });

    it('reckons today by the London calendar: just after midnight in summer time it is already the next day', () => {
      const givenAtMidnight = deciderSpec(academyDecider, { now: new Date('2024-08-31T23:30:00Z') });
      givenAtMidnight([])
        .when(register({ joinedOn: '2024-09-01' }))
        .then([academyRegistered({ joinedOn: '2024-09-01' })]);
    });
  });

  describe('refused', () => {
    it('refuses to register an academy twice (409)', () => {
      given([registered]).when(register()).thenThrows('conflict');
    });

    it('refuses a second registration even with other details', () => {
      given([registered]).when(register({ name: 'Another name', phase: 'secondary' })).thenThrows('conflict');
    });
  });

  describe('invalid', () => {
    it.each([
      ['too short', '12345'],
      ['too long', '1234567'],
      ['not digits', '12a456'],
    ])('academyId %s', (_label, academyId) => {
      given([]).when(register({ academyId })).thenThrows('invalid', 'academyId');
    });

    it.each(badTexts(200))('name %s', (_label, name) => {
      given([])
        .when(register({ name: name as string }))
        .thenThrows('invalid', 'name');
    });

    it.each(badTexts(200))('hub %s', (_label, hub) => {
      given([])
        .when(register({ hub: hub as string }))
        .thenThrows('invalid', 'hub');
    });

    it.each(['nursery', 'Primary', ''])('phase %p', (phase) => {
      given([]).when(register({ phase })).thenThrows('invalid', 'phase');
    });

    it.each([
      ['not ISO', '01/09/2021'],
      ['not a real date', '2021-02-30'],
      ['in the future', '2025-03-16'],
    ])('joinedOn %s', (_label, joinedOn) => {
      given([]).when(register({ joinedOn })).thenThrows('invalid', 'joinedOn');
    });

    it('says why a future joining date is refused', () => {
      const error = given([])
        .when(register({ joinedOn: '2026-09-01' }))
        .thenThrows('invalid', 'joinedOn');
      expect(error.message).toBe('joinedOn: must not be in the future');
    });

    it('predecessorUrns that are not a list', () => {
      given([])
        .when(register({ predecessorUrns: '654321' as unknown as string[] }))
        .thenThrows('invalid', 'predecessorUrns');
    });

    it('a predecessor that is not a URN, naming its position', () => {
      given([])
        .when(register({ predecessorUrns: ['654321', '65432'] }))
        .thenThrows('invalid', 'predecessorUrns[1]');
    });

    it('a predecessor listed twice', () => {
      given([])
        .when(register({ predecessorUrns: ['654321', '100200', '654321'] }))
        .thenThrows('invalid', 'predecessorUrns[2]');
    });

    it("a predecessor that is the academy's own URN", () => {
      given([])
        .when(register({ predecessorUrns: [ACADEMY_ID] }))
        .thenThrows('invalid', 'predecessorUrns[0]');
    });

    it('reports bad input before the duplicate registration', () => {
      given([registered]).when(register({ name: ' ' })).thenThrows('invalid', 'name');
    });
  });
});
