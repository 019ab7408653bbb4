import { parseRechargeId } from '@trust/domain';
import { rechargeIdFor, uuidV5 } from './recharge-ids.js';

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
