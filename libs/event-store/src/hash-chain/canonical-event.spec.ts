import type { RecordedEvent } from '../event-store.js';
import { canonicalEventText, canonicalJson } from './canonical-event.js';

const event = (overrides: Partial<RecordedEvent> = {}): RecordedEvent => ({
  position: (7n << 64n) | 3n,
  streamId: 'academy-100001',
  streamVersion: 4,
  eventId: '6f1c1d52-1d7e-4a53-9d1c-2f4f5b8c9a10',
  type: 'KpiRecorded',
  schemaVersion: 2,
  data: { pence: 125, name: 'Zoë Ærø', nested: { b: [3, { z: 1, a: 2 }], a: null } },
  metadata: { actor: { userId: 'u', role: 'trust-admin' }, correlationId: 'c', causationId: 'd', idempotencyKey: null },
  recordedAt: new Date('2025-03-30T01:30:00.123Z'),
  ...overrides,
});

describe('the canonical form of a stored event, which a kept hash chain links', () => {
  it('sorts keys at every depth, so the order an object was built in does not matter', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { y: 1, x: 2 }], c: 'é' } })).toBe('{"a":{"c":"é","d":[2,{"x":2,"y":1}]},"b":1}');
    const reordered = event({
      data: { nested: { a: null, b: [3, { a: 2, z: 1 }] }, name: 'Zoë Ærø', pence: 125 },
      metadata: { idempotencyKey: null, causationId: 'd', correlationId: 'c', actor: { role: 'trust-admin', userId: 'u' } },
    });
    expect(canonicalEventText(reordered)).toBe(canonicalEventText(event()));
  });

  it('writes every field of the event, the position in decimal (beyond 2^64 too) and the instant in UTC', () => {
    const text = canonicalEventText(event());
    expect(JSON.parse(text)).toEqual({
      data: { name: 'Zoë Ærø', nested: { a: null, b: [3, { a: 2, z: 1 }] }, pence: 125 },
      eventId: '6f1c1d52-1d7e-4a53-9d1c-2f4f5b8c9a10',
      metadata: { actor: { role: 'trust-admin', userId: 'u' }, causationId: 'd', correlationId: 'c', idempotencyKey: null },
      position: ((7n << 64n) | 3n).toString(),
      recordedAt: '2025-03-30T01:30:00.123Z',
      schemaVersion: 2,
      streamId: 'academy-100001',
      streamVersion: 4,
      type: 'KpiRecorded',
    });
    expect(text.startsWith('{"data":')).toBe(true);
  });

  it('reads the same instant the same however the Date was made (offsets, time zones)', () => {
    const fromOffset = event({ recordedAt: new Date('2025-03-30T02:30:00.123+01:00') });
    const fromMillis = event({ recordedAt: new Date(Date.UTC(2025, 2, 30, 1, 30, 0, 123)) });
    expect(canonicalEventText(fromOffset)).toBe(canonicalEventText(event()));
    expect(canonicalEventText(fromMillis)).toBe(canonicalEventText(event()));
    expect(canonicalEventText(event({ recordedAt: new Date('2025-03-30T01:30:00.124Z') }))).not.toBe(canonicalEventText(event()));
  });

  it('differs when anything the store holds differs, and ignores what a wrapper adds on reading', () => {
    const base = canonicalEventText(event());
    for (const changed of [
      event({ position: event().position + 1n }),
      event({ streamId: 'academy-100002' }),
      event({ streamVersion: 5 }),
      event({ eventId: '6f1c1d52-1d7e-4a53-9d1c-2f4f5b8c9a11' }),
      event({ type: 'KpiCorrected' }),
      event({ schemaVersion: 1 }),
      event({ data: { ...event().data, pence: 126 } }),
      event({ metadata: { ...event().metadata, commandType: 'RecordKpi' } }),
    ]) {
      expect(canonicalEventText(changed)).not.toBe(base);
    }
    expect(canonicalEventText({ ...event(), streamOrigin: event({ streamVersion: 0 }), storedData: { sealed: 'x' } })).toBe(base);
  });

  it('writes what JSON cannot hold as JSON would, so text read back from a store hashes the same', () => {
    expect(canonicalJson({ a: undefined, b: [undefined, 1], c: Number.NaN })).toBe('{"b":[null,1],"c":null}');
    expect(canonicalJson('line\nbreak "quoted"')).toBe(JSON.stringify('line\nbreak "quoted"'));
  });
});
