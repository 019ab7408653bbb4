import { randomBytes } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@trust/testing';
import { SealedFieldError } from './field-cipher.js';
import { PostgresSubjectKeyStore } from './postgres-subject-key-store.js';

describe('PostgresSubjectKeyStore', () => {
  let database: TestDatabase;
  const masterKey = randomBytes(32);

  beforeAll(async () => {
    database = await createTestDatabase('til_subject_keys');
  });
  afterAll(async () => {
    await database.drop();
  });

  it('makes a key on first use, the same one afterwards, kept wrapped (never in the clear)', async () => {
    const store = new PostgresSubjectKeyStore(database.pool, masterKey);
    const key = await store.keyForSealing('staff:hd-001');
    expect(key).toHaveLength(32);
    expect(await store.keyForSealing('staff:hd-001')).toEqual(key);
    expect((await store.keysForOpening(['staff:hd-001', 'staff:nobody'])).get('staff:hd-001')).toEqual({ state: 'live', key });
    expect((await store.keysForOpening(['staff:nobody'])).size).toBe(0);
    const { rows } = await database.pool.query<{ wrapped_key: string }>("SELECT wrapped_key FROM data_subject_keys WHERE subject = 'staff:hd-001'");
    expect(rows[0]!.wrapped_key).not.toContain(key!.toString('base64'));
  });

  it('opens nothing with another master key', async () => {
    await new PostgresSubjectKeyStore(database.pool, masterKey).keyForSealing('staff:hd-002');
    await expect(new PostgresSubjectKeyStore(database.pool, randomBytes(32)).keysForOpening(['staff:hd-002'])).rejects.toThrow(SealedFieldError);
  });

  it('destroys a key for good: once, idempotently, and no key is made for the subject again', async () => {
    const store = new PostgresSubjectKeyStore(database.pool, masterKey);
    await store.keyForSealing('sip:sip-7');
    const at = new Date('2026-03-10T09:00:00Z');
    expect(await store.destroy('sip:sip-7', at)).toEqual({ destroyedAt: at, already: false });
    expect(await store.destroy('sip:sip-7', new Date('2026-03-11T09:00:00Z'))).toEqual({ destroyedAt: at, already: true });
    expect((await store.keysForOpening(['sip:sip-7'])).get('sip:sip-7')).toEqual({ state: 'destroyed', destroyedAt: at });
    expect(await store.keyForSealing('sip:sip-7')).toBeNull();
    expect(await store.destroy('sip:never-seen', at)).toBeNull();
  });

  it('refuses, in the database itself, to delete a key or bring a destroyed one back', async () => {
    await expect(database.pool.query("DELETE FROM data_subject_keys WHERE subject = 'sip:sip-7'")).rejects.toThrow(/never deleted/);
    await expect(database.pool.query("UPDATE data_subject_keys SET wrapped_key = 'x', destroyed_at = NULL WHERE subject = 'sip:sip-7'")).rejects.toThrow(/stays destroyed/);
  });

  it('lists the live subjects of a prefix in pages, in the order of their names, never a destroyed one', async () => {
    const store = new PostgresSubjectKeyStore(database.pool, masterKey);
    for (const subject of ['record:aim-b:2020/21', 'record:aim-a:2020/21', 'record:aim-c:2021/22', 'record:aim_x:2020/21', 'staff:hd-9'] as const) await store.keyForSealing(subject);
    await store.destroy('record:aim-c:2021/22', new Date('2026-03-10T09:00:00Z'));
    expect(await store.liveSubjects('record:aim-', { limit: 10 })).toEqual(['record:aim-a:2020/21', 'record:aim-b:2020/21']);
    expect(await store.liveSubjects('record:aim-', { limit: 1 })).toEqual(['record:aim-a:2020/21']);
    expect(await store.liveSubjects('record:aim-', { after: 'record:aim-a:2020/21', limit: 1 })).toEqual(['record:aim-b:2020/21']);
    expect(await store.liveSubjects('record:aim-', { after: 'record:aim-b:2020/21', limit: 1 })).toEqual([]);
    expect(await store.liveSubjects('record:aim_', { limit: 10 })).toEqual(['record:aim_x:2020/21']);
  });

  it('makes, reads and refuses keys for a whole append in one look-up: new, existing and destroyed subjects together', async () => {
    const store = new PostgresSubjectKeyStore(database.pool, masterKey);
    const existing = await store.keyForSealing('staff:batch-1');
    await store.keyForSealing('staff:batch-gone');
    await store.destroy('staff:batch-gone', new Date('2026-03-10T09:00:00Z'));
    const keys = await store.keysForSealing(['staff:batch-1', 'staff:batch-new', 'staff:batch-gone', 'staff:batch-new']);
    expect([...keys.keys()].sort()).toEqual(['staff:batch-1', 'staff:batch-gone', 'staff:batch-new']);
    expect(keys.get('staff:batch-1')).toEqual(existing);
    expect(keys.get('staff:batch-gone')).toBeNull();
    expect(keys.get('staff:batch-new')).toHaveLength(32);
    expect(await store.keyForSealing('staff:batch-new')).toEqual(keys.get('staff:batch-new'));
    expect((await store.keysForSealing([])).size).toBe(0);
  });

  it('gives every concurrent append the same key for a new subject', async () => {
    const store = new PostgresSubjectKeyStore(database.pool, masterKey);
    const all = await Promise.all(Array.from({ length: 8 }, () => store.keysForSealing(['staff:raced', 'record:aim-raced:2024/25'])));
    for (const keys of all) {
      expect(keys.get('staff:raced')).toEqual(all[0]!.get('staff:raced'));
      expect(keys.get('record:aim-raced:2024/25')).toEqual(all[0]!.get('record:aim-raced:2024/25'));
    }
  });

  it('seals with a key it has used lately without asking again, but never opens with one another process destroyed', async () => {
    const sealer = new PostgresSubjectKeyStore(database.pool, masterKey);
    const eraser = new PostgresSubjectKeyStore(database.pool, masterKey);
    const key = await sealer.keyForSealing('staff:cached');
    await eraser.destroy('staff:cached', new Date('2026-03-10T09:00:00Z'));
    // Within the cache's time the sealer may still seal with it: what it seals is as unreadable as the rest.
    expect(await sealer.keyForSealing('staff:cached')).toEqual(key);
    expect((await sealer.keysForOpening(['staff:cached'])).get('staff:cached')).toMatchObject({ state: 'destroyed' });
    // Without the cache, it is refused at once.
    expect(await new PostgresSubjectKeyStore(database.pool, masterKey, { sealingCache: { ttlMs: 0, maxKeys: 0 } }).keyForSealing('staff:cached')).toBeNull();
  });

  it('makes and reads keys the same when the events share its database (new keys then committed without waiting for the disk)', async () => {
    const store = new PostgresSubjectKeyStore(database.pool, masterKey, { eventsInSameDatabase: true, sealingCache: { ttlMs: 0, maxKeys: 0 } });
    const first = await store.keysForSealing(['staff:shared-db-1', 'staff:shared-db-2']);
    expect(first.get('staff:shared-db-1')).toHaveLength(32);
    expect(await store.keysForSealing(['staff:shared-db-1'])).toEqual(new Map([['staff:shared-db-1', first.get('staff:shared-db-1')]]));
    expect((await store.keysForOpening(['staff:shared-db-2'])).get('staff:shared-db-2')).toEqual({ state: 'live', key: first.get('staff:shared-db-2') });
    const { rows } = await database.pool.query<{ setting: string }>("SELECT current_setting('synchronous_commit') AS setting");
    expect(rows[0]!.setting).toBe('on');
  });
});
