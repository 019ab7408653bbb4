import type pg from 'pg';
import { createTestDatabase, waitUntil, type TestDatabase } from '@trust/testing';
import type { ApiSettings } from '../../infrastructure/tokens.js';
import { IdempotencyStore, type IdempotencyClaim } from './idempotency.store.js';

/** The pool, counting each time a claim looks at a key another request holds (its SELECT of the key's row). */
function countingLooks(pool: pg.Pool): { pool: pg.Pool; count: () => number } {
  let looks = 0;
  const counting = new Proxy(pool, {
    get(target, property, receiver) {
      if (property !== 'query') return Reflect.get(target, property, receiver) as unknown;
      return (text: string, values?: unknown[]) => {
        if (text.trimStart().startsWith('SELECT request_hash')) looks += 1;
        return target.query(text, values);
      };
    },
  });
  return { pool: counting, count: () => looks };
}

describe('IdempotencyStore against PostgreSQL', () => {
  let database: TestDatabase;
  const settings: ApiSettings = { readModelWaitMs: 0, idempotencyWaitMs: 300, idempotencyLeaseMs: 60_000, readinessMaxLagSeconds: 60 };
  let keys: IdempotencyStore;

  beforeAll(async () => {
    database = await createTestDatabase('til_idem');
    keys = new IdempotencyStore(database.pool, settings);
  }, 30_000);

  afterAll(async () => {
    await database.drop();
  });

  function claimed(claim: IdempotencyClaim): string {
    if (claim.kind !== 'claimed') throw new Error(`expected a claim, got ${claim.kind}`);
    return claim.token;
  }

  it('the first request claims the key; after it completes the same request replays its answer', async () => {
    const token = claimed(await keys.claim('POST /a anonymous', 'k1', 'hash-1'));
    await keys.complete('POST /a anonymous', 'k1', token, 201, { id: '1', events: ['X'] });

    expect(await keys.claim('POST /a anonymous', 'k1', 'hash-1')).toEqual({ kind: 'replay', statusCode: 201, response: { id: '1', events: ['X'] } });
  });

  it('a different request with the key is a mismatch, pending or completed', async () => {
    claimed(await keys.claim('POST /a anonymous', 'k2', 'hash-1'));
    expect(await keys.claim('POST /a anonymous', 'k2', 'hash-2')).toEqual({ kind: 'mismatch' });
  });

  it('scopes are separate namespaces', async () => {
    claimed(await keys.claim('POST /a anonymous', 'k3', 'hash-1'));
    claimed(await keys.claim('POST /b anonymous', 'k3', 'hash-1'));
    claimed(await keys.claim('POST /a someone-else', 'k3', 'hash-1'));
  });

  it('given a request still pending, then a duplicate looks at it again and again unanswered while the wait lasts, and is told it is in progress once the wait is over', async () => {
    const token = claimed(await keys.claim('POST /a anonymous', 'k4', 'hash-1'));
    const looks = countingLooks(database.pool);
    // A wait of an hour: whatever the duplicate answers before the holder completes, it answers too soon.
    const patient = new IdempotencyStore(looks.pool, { ...settings, idempotencyWaitMs: 3_600_000 });
    let answer: IdempotencyClaim | undefined;
    const duplicate = patient.claim('POST /a anonymous', 'k4', 'hash-1').then((claim) => (answer = claim));
    await waitUntil(() => looks.count() >= 3, { message: 'the duplicate to look at the pending key three times' });
    expect(answer).toBeUndefined();

    const noWait = new IdempotencyStore(database.pool, { ...settings, idempotencyWaitMs: 0 });
    expect(await noWait.claim('POST /a anonymous', 'k4', 'hash-1')).toEqual({ kind: 'in-progress' });

    await keys.complete('POST /a anonymous', 'k4', token, 201, { id: 'four' });
    expect(await duplicate).toEqual({ kind: 'replay', statusCode: 201, response: { id: 'four' } });
  });

  it('a duplicate waits for the pending request and answers as it did', async () => {
    const token = claimed(await keys.claim('POST /a anonymous', 'k5', 'hash-1'));
    const duplicate = keys.claim('POST /a anonymous', 'k5', 'hash-1');
    await keys.complete('POST /a anonymous', 'k5', token, 201, { id: 'five' });
    expect(await duplicate).toEqual({ kind: 'replay', statusCode: 201, response: { id: 'five' } });
  });

  it('a released key is claimed again by the next request, including one already waiting', async () => {
    const token = claimed(await keys.claim('POST /a anonymous', 'k6', 'hash-1'));
    const waiting = keys.claim('POST /a anonymous', 'k6', 'hash-1');
    await keys.release('POST /a anonymous', 'k6', token);
    expect((await waiting).kind).toBe('claimed');
  });

  it('a pending claim left past its lease (its holder died) is taken over, and the old holder can no longer complete it', async () => {
    const shortLease = new IdempotencyStore(database.pool, { ...settings, idempotencyLeaseMs: 1 });
    const stale = claimed(await shortLease.claim('POST /a anonymous', 'k7', 'hash-1'));
    await database.pool.query(`UPDATE idempotency_keys SET claimed_at = now() - interval '1 second' WHERE key = 'k7'`);

    const fresh = claimed(await shortLease.claim('POST /a anonymous', 'k7', 'hash-1'));
    expect(fresh).not.toBe(stale);

    await shortLease.complete('POST /a anonymous', 'k7', stale, 201, { from: 'old holder' });
    await shortLease.complete('POST /a anonymous', 'k7', fresh, 201, { from: 'new holder' });
    expect(await shortLease.claim('POST /a anonymous', 'k7', 'hash-1')).toEqual({ kind: 'replay', statusCode: 201, response: { from: 'new holder' } });
  });
});
