import {
  jsonEvent,
  binaryEvent,
  type AllStreamJSONRecordedEvent,
  type AllStreamResolvedEvent,
  type BinaryRecordedEvent,
  type JSONRecordedEvent,
  type ResolvedEvent,
} from '@eventstore/db-client';
import type { NewEvent } from '../event-store.js';
import { encodeMetadata } from './event-metadata.js';
import { packPosition } from './positions.js';
import { toEventData, toRecordedEvent } from './recorded-events.js';
import { StreamScope } from './stream-scope.js';

const newEvent: NewEvent = {
  eventId: '6f1c2a34-0b7e-4c5d-9e8f-0a1b2c3d4e5f',
  type: 'KpiRecorded',
  schemaVersion: 2,
  data: { academyId: '100001', kpi: 'attendance', value: 94.1, nested: { list: [1, 'two', null] } },
  metadata: { actor: { userId: 'user-1', role: 'trust-admin' }, correlationId: 'corr', causationId: 'cause', idempotencyKey: null },
};

function recorded(overrides: Partial<AllStreamJSONRecordedEvent> = {}): AllStreamJSONRecordedEvent {
  return {
    streamId: 'academy-100001',
    id: newEvent.eventId,
    isJson: true,
    revision: 4n,
    type: newEvent.type,
    created: new Date('2025-03-01T09:30:00.123Z'),
    data: newEvent.data,
    metadata: encodeMetadata(newEvent.schemaVersion, newEvent.metadata),
    position: { commit: 8_192n, prepare: 8_192n },
    ...overrides,
  };
}

describe('new events as EventStoreDB event data', () => {
  it('writes a JSON event with our event id, type, data, and metadata carrying the schema version', () => {
    const expected = jsonEvent({ id: newEvent.eventId, type: 'KpiRecorded', data: newEvent.data, metadata: encodeMetadata(2, newEvent.metadata) });
    expect(toEventData(newEvent)).toEqual(expected);
    expect(toEventData(newEvent)).toMatchObject({ id: newEvent.eventId, contentType: 'application/json', type: 'KpiRecorded' });
  });
});

describe('EventStoreDB events as recorded events', () => {
  const scope = new StreamScope();

  it('maps a $all event back without loss: ids, type, schema version, data, metadata, version, position, created', () => {
    const resolved: AllStreamResolvedEvent = { event: recorded(), commitPosition: 8_192n };
    expect(toRecordedEvent(resolved, scope)).toEqual({
      ...newEvent,
      streamId: 'academy-100001',
      streamVersion: 4,
      position: packPosition({ commit: 8_192n, prepare: 8_192n }),
      recordedAt: new Date('2025-03-01T09:30:00.123Z'),
    });
  });

  it('maps a stream read event the same way', () => {
    const event: JSONRecordedEvent = recorded({ revision: 0n });
    const resolved: ResolvedEvent = { event };
    expect(toRecordedEvent(resolved, scope)).toMatchObject({ streamVersion: 0, eventId: newEvent.eventId, metadata: newEvent.metadata });
  });

  it('removes the stream prefix of a scoped client', () => {
    const resolved: AllStreamResolvedEvent = { event: recorded({ streamId: 'run-1:academy-100001' }) };
    expect(toRecordedEvent(resolved, new StreamScope('run-1:'))?.streamId).toBe('academy-100001');
  });

  it.each<[string, AllStreamResolvedEvent, StreamScope]>([
    ['a system event type', { event: recorded({ type: '$statsCollected' }) }, scope],
    ['a system stream', { event: recorded({ streamId: '$scavenges' }) }, scope],
    ['a link', { event: recorded({ type: '$>' }) }, scope],
    ['a stream outside the scope', { event: recorded({ streamId: 'academy-100001' }) }, new StreamScope('run-1:')],
    ['an unresolved link (no event)', {}, scope],
  ])('leaves out %s', (_case, resolved, inScope) => {
    expect(toRecordedEvent(resolved, inScope)).toBeNull();
  });

  it('refuses, naming the event, a ledger event that cannot be decoded', () => {
    const binary: BinaryRecordedEvent = {
      streamId: 'academy-100001',
      id: 'b1',
      isJson: false,
      revision: 0n,
      type: 'KpiRecorded',
      created: new Date(),
      data: binaryEvent({ type: 'KpiRecorded', data: new Uint8Array([1]) }).data,
      metadata: undefined,
      position: { commit: 1n, prepare: 1n },
    };
    expect(() => toRecordedEvent({ event: binary }, scope)).toThrow(/Event b1 \(KpiRecorded\) in stream academy-100001 is not JSON/);
    expect(() => toRecordedEvent({ event: recorded({ data: ['not', 'an', 'object'] }) }, scope)).toThrow(/data that is not a JSON object/);
    expect(() => toRecordedEvent({ event: recorded({ metadata: { schemaVersion: 1 } }) }, scope)).toThrow(
      new RegExp(`Event ${newEvent.eventId} \\(KpiRecorded\\) in stream academy-100001: Event metadata has no valid actor`),
    );
  });

  it('refuses a stream event that came without its $all position (servers before 22.6)', () => {
    const { position: _position, ...withoutPosition } = recorded();
    const event: JSONRecordedEvent = withoutPosition;
    expect(() => toRecordedEvent({ event }, scope)).toThrow(/22\.6 or later/);
  });
});
