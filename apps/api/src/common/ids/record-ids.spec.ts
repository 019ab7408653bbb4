import { parseRechargeId } from '@trust/domain';
import { recordIdFor, uuidV5, type RecordKind } from './record-ids.js';

const rechargeIdFor = (metadata: Parameters<typeof recordIdFor>[1]): string => recordIdFor('recharge', metadata);
const decisionIdFor = (academyId: string, metadata: Parameters<typeof recordIdFor>[1]): string => recordIdFor('tier-decision', metadata, academyId);

const actor = (userId: string) => ({ userId, role: 'finance' });

describe('recharge ids', () => {
  it('uuidV5 gives the RFC 9562 name-based UUID (checked against Python\'s uuid.uuid5)', () => {
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'python.org')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
    expect(() => uuidV5('not-a-uuid', 'x')).toThrow('is not a UUID');
  });

  it('derives the same id from the same user and Idempotency-Key, every time and in every process', () => {
    const id = rechargeIdFor({ actor: actor('finance-1'), idempotencyKey: 'key-1' });
    expect(id).toBe('ae14efda-96ef-51bc-9b2b-fb77876e68c2');
    expect(rechargeIdFor({ actor: { userId: 'finance-1', role: 'trust-admin' }, idempotencyKey: 'key-1' })).toBe(id);
    expect(parseRechargeId(id, 'rechargeId')).toBe(id);
  });

  it('derives different ids for another key or another user, including ones that would run together', () => {
    const ids = [
      rechargeIdFor({ actor: actor('finance-1'), idempotencyKey: 'key-1' }),
      rechargeIdFor({ actor: actor('finance-1'), idempotencyKey: 'key-2' }),
      rechargeIdFor({ actor: actor('finance-2'), idempotencyKey: 'key-1' }),
      rechargeIdFor({ actor: actor('a\nb'), idempotencyKey: 'c' }),
      rechargeIdFor({ actor: actor('a'), idempotencyKey: 'b\nc' }),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('without a key, a new random id for every request', () => {
    const first = rechargeIdFor({ actor: actor('finance-1'), idempotencyKey: null });
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(rechargeIdFor({ actor: actor('finance-1'), idempotencyKey: null })).not.toBe(first);
  });
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[45][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const dee = { userId: 'dee', role: 'improvement-director' };

describe('decisionIdFor', () => {
  it('derives the same UUID from the same key, user and academy, so a retried request targets the same decision', () => {
    const id = decisionIdFor('140001', { actor: dee, idempotencyKey: 'decide-2024' });
    expect(id).toMatch(UUID);
    expect(id.charAt(14)).toBe('5');
    expect(decisionIdFor('140001', { actor: { ...dee, role: 'trust-admin' }, idempotencyKey: 'decide-2024' })).toBe(id);
  });

  it('derives another for another key, user or academy', () => {
    const id = decisionIdFor('140001', { actor: dee, idempotencyKey: 'decide-2024' });
    expect(decisionIdFor('140001', { actor: dee, idempotencyKey: 'decide-2025' })).not.toBe(id);
    expect(decisionIdFor('140001', { actor: { ...dee, userId: 'ada' }, idempotencyKey: 'decide-2024' })).not.toBe(id);
    expect(decisionIdFor('140002', { actor: dee, idempotencyKey: 'decide-2024' })).not.toBe(id);
  });

  it('is random without a key', () => {
    const id = decisionIdFor('140001', { actor: dee, idempotencyKey: null });
    expect(id).toMatch(UUID);
    expect(id.charAt(14)).toBe('4');
    expect(decisionIdFor('140001', { actor: dee, idempotencyKey: null })).not.toBe(id);
  });
});

describe('one id scheme for every kind of record', () => {
  it('derives ids of different kinds from the same key apart, each a name-based UUID', () => {
    const metadata = { actor: { userId: 'dee', role: 'trust-admin' }, idempotencyKey: 'k' };
    const kinds: RecordKind[] = ['recharge', 'aim', 'peer-review', 'tier-decision'];
    const ids = kinds.map((kind) => recordIdFor(kind, metadata));
    expect(new Set(ids).size).toBe(kinds.length);
    for (const id of ids) expect(id.charAt(14)).toBe('5');
  });
});
