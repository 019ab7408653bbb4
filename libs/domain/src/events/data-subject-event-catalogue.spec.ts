import type { DataSubjectEvent } from '../data-subject/data-subject.events.js';
import type { StoredEventShape } from '../shared/stored-event.js';
import { dataSubjectEventCatalogue } from './data-subject-event-catalogue.js';
import { domainEventCodec } from './domain-event-codec.js';
import { EventCodecError } from './event-codec-error.js';

const erased: DataSubjectEvent = {
  type: 'PersonalDataErased',
  data: { subjectId: 'staff:st-41', erasedBy: 'u-admin', reason: 'Erasure request DP-12', erasedAt: '2025-03-12T12:00:00.000Z' },
};

const stored = (event: DataSubjectEvent): StoredEventShape => JSON.parse(JSON.stringify(domainEventCodec.encode(event))) as StoredEventShape;

describe('data subject event catalogue', () => {
  it('stores PersonalDataErased under its own name, at schema version 1', () => {
    expect(Object.entries(dataSubjectEventCatalogue).map(([type, entry]) => [type, entry.storedName, entry.schemaVersion])).toEqual([['PersonalDataErased', 'PersonalDataErased', 1]]);
  });

  it('round-trips PersonalDataErased through JSON with the domain codec', () => {
    expect(domainEventCodec.decode(stored(erased))).toEqual(erased);
  });

  it('refuses stored data without its reason', () => {
    const shape = stored(erased);
    expect(() => domainEventCodec.decode({ ...shape, data: { ...shape.data, reason: null } })).toThrow(EventCodecError);
  });
});
