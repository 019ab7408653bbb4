import type { EventMetadata } from '../event-store.js';
import { decodeMetadata, encodeMetadata } from './event-metadata.js';

const metadata: EventMetadata = {
  actor: { userId: 'user-7', role: 'improvement-director' },
  correlationId: 'corr-1',
  causationId: 'cause-1',
  idempotencyKey: 'key-1',
};

describe('event metadata as EventStoreDB JSON metadata', () => {
  it('stores the schema version and every field, with $correlationId and $causationId for EventStoreDB', () => {
    expect(encodeMetadata(3, metadata)).toEqual({
      schemaVersion: 3,
      actor: { userId: 'user-7', role: 'improvement-director' },
      correlationId: 'corr-1',
      causationId: 'cause-1',
      idempotencyKey: 'key-1',
      $correlationId: 'corr-1',
      $causationId: 'cause-1',
    });
  });

  it.each([
    ['with an idempotency key', metadata],
    ['without one', { ...metadata, idempotencyKey: null }],
    ["with the command's type", { ...metadata, commandType: 'RecordKpi' }],
    ['with the import it came from', { ...metadata, commandType: 'RecordKpi', import: { kind: 'kpis', fileName: 'kpis.csv', sha256: 'ab'.repeat(32), row: 7 } }],
  ])('reads back what it wrote through JSON, %s', (_case, original) => {
    const stored: unknown = JSON.parse(JSON.stringify(encodeMetadata(2, original)));
    expect(decodeMetadata(stored)).toEqual({ schemaVersion: 2, metadata: original });
  });

  it('keeps only the actor fields of the port', () => {
    const stored = { ...encodeMetadata(1, metadata), actor: { userId: 'u', role: 'r', extra: true } };
    expect(decodeMetadata(stored).metadata.actor).toEqual({ userId: 'u', role: 'r' });
  });

  const valid = encodeMetadata(1, metadata);
  it.each<[string, unknown, RegExp]>([
    ['no metadata', undefined, /not a JSON object/],
    ['binary metadata', new Uint8Array([1, 2]), /not a JSON object/],
    ['an array', [valid], /not a JSON object/],
    ['no schema version', { ...valid, schemaVersion: undefined }, /schemaVersion/],
    ['a schema version of 0', { ...valid, schemaVersion: 0 }, /schemaVersion/],
    ['a fractional schema version', { ...valid, schemaVersion: 1.5 }, /schemaVersion/],
    ['no actor', { ...valid, actor: null }, /actor/],
    ['an actor without a role', { ...valid, actor: { userId: 'u' } }, /actor/],
    ['no correlation id', { ...valid, correlationId: 7 }, /correlationId/],
    ['no causation id', { ...valid, causationId: undefined }, /causationId/],
    ['a missing idempotency key', { ...valid, idempotencyKey: undefined }, /idempotencyKey/],
    ["a command type that is not a name", { ...valid, commandType: 42 }, /commandType/],
    ['an import without its row', { ...valid, import: { kind: 'kpis', fileName: 'kpis.csv', sha256: 'ab' } }, /import/],
  ])('refuses %s, naming the field', (_case, stored, message) => {
    expect(() => decodeMetadata(stored)).toThrow(message);
  });
});
