import type { ExpertiseEvent } from '../expertise/expertise.events.js';
import {
  expertiseRegistered,
  expertiseUpdated,
  expertiseWithdrawn,
} from '../expertise/test-support/expertise-fixtures.js';
import type { StoredEventShape } from '../shared/stored-event.js';
import { domainEventCodec } from './domain-event-codec.js';
import { EventCodecError } from './event-codec-error.js';
import { expertiseEventCatalogue } from './expertise-event-catalogue.js';

const examples: ExpertiseEvent[] = [
  expertiseRegistered(),
  expertiseRegistered({ role: 'hub-lead', employerAcademyId: null, areas: [], otherAreas: ['Talk for Writing'] }),
  expertiseUpdated(),
  expertiseWithdrawn(),
  expertiseWithdrawn({ reason: null }),
];

const stored = (event: ExpertiseEvent): StoredEventShape =>
  JSON.parse(JSON.stringify(domainEventCodec.encode(event))) as StoredEventShape;

function withData(event: ExpertiseEvent, data: Record<string, unknown>): StoredEventShape {
  const shape = stored(event);
  return { ...shape, data: { ...shape.data, ...data } };
}

describe('expertise event catalogue', () => {
  it('stores every expertise event under its own name, at schema version 1', () => {
    expect(
      Object.entries(expertiseEventCatalogue).map(([type, entry]) => [type, entry.storedName, entry.schemaVersion]),
    ).toEqual([
      ['ExpertiseRegistered', 'ExpertiseRegistered', 1],
      ['ExpertiseUpdated', 'ExpertiseUpdated', 1],
      ['ExpertiseWithdrawn', 'ExpertiseWithdrawn', 1],
    ]);
  });

  it.each(examples)('round-trips $type through JSON with the domain codec', (event) => {
    const fromDatabase = stored(event);
    expect(fromDatabase).toMatchObject({ type: event.type, schemaVersion: 1 });
    expect(domainEventCodec.decode(fromDatabase)).toEqual(event);
  });

  it.each<[string, StoredEventShape, string]>([
    [
      'an area outside the list',
      withData(expertiseRegistered(), { areas: ['phonics', 'oracy'] }),
      'ExpertiseRegistered v1: data.areas must be a list of phonics, early-reading, writing, english,',
    ],
    [
      'a role outside the rate card',
      withData(expertiseUpdated(), { role: 'consultant' }),
      'ExpertiseUpdated v1: data.role must be one of improvement-director, hub-lead, headteacher, teacher, ' +
        'support-staff, found "consultant"',
    ],
    [
      'an employer that is neither a URN string nor null',
      withData(expertiseRegistered(), { employerAcademyId: 123456 }),
      'ExpertiseRegistered v1: data.employerAcademyId must be a string or null, found 123456',
    ],
  ])('refuses %s (the message begins %p)', (_label, shape, message) => {
    expect(() => domainEventCodec.decode(shape)).toThrow(EventCodecError);
    expect(() => domainEventCodec.decode(shape)).toThrow(message);
  });
});
