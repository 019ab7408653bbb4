import { SealingKeyCache } from './sealing-key-cache.js';

const key = (n: number): Buffer => Buffer.alloc(32, n);

describe('SealingKeyCache', () => {
  it('gives a key back until it is forgotten', () => {
    const cache = new SealingKeyCache({ ttlMs: 60_000, maxKeys: 10 });
    cache.put('staff:a', key(1));
    expect(cache.get('staff:a')).toEqual(key(1));
    cache.forget('staff:a');
    expect(cache.get('staff:a')).toBeUndefined();
  });

  it('gives nothing back once its time is up', async () => {
    const cache = new SealingKeyCache({ ttlMs: 5, maxKeys: 10 });
    cache.put('staff:a', key(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(cache.get('staff:a')).toBeUndefined();
  });

  it('keeps at most its bound, the oldest put going first', () => {
    const cache = new SealingKeyCache({ ttlMs: 60_000, maxKeys: 2 });
    cache.put('staff:a', key(1));
    cache.put('staff:b', key(2));
    cache.put('staff:c', key(3));
    expect([cache.get('staff:a'), cache.get('staff:b'), cache.get('staff:c')]).toEqual([undefined, key(2), key(3)]);
  });

  it('keeps nothing with a bound of 0', () => {
    const cache = new SealingKeyCache({ ttlMs: 60_000, maxKeys: 0 });
    cache.put('staff:a', key(1));
    expect(cache.get('staff:a')).toBeUndefined();
  });
});
