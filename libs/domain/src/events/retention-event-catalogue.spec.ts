import type { RetentionEvent } from '../retention/retention.events.js';
import type { StoredEventShape } from '../shared/stored-event.js';
import { domainEventCodec } from './domain-event-codec.js';
import { EventCodecError } from './event-codec-error.js';
import { retentionEventCatalogue } from './retention-event-catalogue.js';

const applied: RetentionEvent = {
  type: 'RetentionApplied',
  data: { runOn: '2028-09-01', erased: [{ key: 'record:peer-review-visit-v-1:2024/25', category: 'peer-reviews', academicYear: '2024/25', years: 3, keptUntil: '2028-08-31' }] },
};

const stored = (event: RetentionEvent): StoredEventShape => JSON.parse(JSON.stringify(domainEventCodec.encode(event))) as StoredEventShape;

describe('retention event catalogue', () => {
  it('stores RetentionApplied under its own name, at schema version 1, dated the day retention ran', () => {
    expect(Object.entries(retentionEventCatalogue).map(([type, entry]) => [type, entry.storedName, entry.schemaVersion])).toEqual([['RetentionApplied', 'RetentionApplied', 1]]);
    expect(retentionEventCatalogue.RetentionApplied.effectiveDate(applied.data)).toBe('2028-09-01');
  });

  it('round-trips RetentionApplied through JSON with the domain codec', () => {
    expect(domainEventCodec.decode(stored(applied))).toEqual(applied);
  });

  it('refuses a record of a category the ledger does not know', () => {
    const shape = stored(applied);
    expect(() => domainEventCodec.decode({ ...shape, data: { ...shape.data, erased: [{ ...applied.data.erased[0], category: 'pupils' }] } })).toThrow(EventCodecError);
  });
});
