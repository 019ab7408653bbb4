import { withTransaction } from '@trust/database';
import { createTestDatabase, type TestDatabase } from '@trust/testing';
import { closeVersions, effectiveBy, validAt, writeVersions, type RowEnd, type RowVersion, type VersionedTable } from './versioned-rows.js';

/** A small temporal table shaped as every read model's: a key, content, an effective date and the valid range. */
const MEMBERS: VersionedTable = { table: 'group_members', keyColumns: ['group_id', 'member_id'] };

type Member = { group_id: string; member_id: string; role: string; effective_on: string; valid_from: string; valid_to: string | null };

describe('versioned rows against PostgreSQL', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('til_versioned_rows');
    await database.pool.query(`
      CREATE TABLE group_members (
        group_id text NOT NULL,
        member_id text NOT NULL,
        role text NOT NULL,
        effective_on date NOT NULL,
        valid_from numeric(39,0) NOT NULL CHECK (valid_from > 0),
        valid_to numeric(39,0) CHECK (valid_to > valid_from),
        PRIMARY KEY (group_id, member_id, valid_from)
      );
      CREATE UNIQUE INDEX group_members_current ON group_members (group_id, member_id) WHERE valid_to IS NULL;`);
  }, 30_000);

  afterAll(async () => {
    await database.drop();
  });

  beforeEach(async () => {
    await database.pool.query('TRUNCATE group_members');
  });

  const version = (member_id: string, role: string, position: bigint, effective_on = '2024-09-01'): RowVersion => ({ row: { group_id: 'g', member_id, role, effective_on }, position });
  const end = (member_id: string, position: bigint): RowEnd => ({ key: { group_id: 'g', member_id }, position });

  async function write(versions: RowVersion[]): Promise<void> {
    await withTransaction(database.pool, (client) => writeVersions(client, MEMBERS, versions));
  }

  async function close(ends: RowEnd[]): Promise<void> {
    await withTransaction(database.pool, (client) => closeVersions(client, MEMBERS, ends));
  }

  async function stored(): Promise<Member[]> {
    const { rows } = await database.pool.query<Member>(
      `SELECT group_id, member_id, role, effective_on::text AS effective_on, valid_from::text AS valid_from, valid_to::text AS valid_to
         FROM group_members ORDER BY member_id, valid_from`,
    );
    return rows;
  }

  /** The members valid at a position (current when null) and effective by a date (every date when null), by id. */
  async function membersAt(position: bigint | null, on: string | null = null): Promise<[string, string][]> {
    const params: unknown[] = [];
    const { rows } = await database.pool.query<{ member_id: string; role: string }>(
      `SELECT m.member_id, m.role FROM group_members m WHERE ${validAt('m', position, params)} AND ${effectiveBy('m', on, params)} ORDER BY m.member_id`,
      params,
    );
    return rows.map((row) => [row.member_id, row.role]);
  }

  describe('writeVersions', () => {
    it('given a batch that overlaps the stored versions, closes the current one at its first new version after it', async () => {
      await write([version('ann', 'member', 1n), version('ann', 'lead', 3n)]);
      await write([version('ann', 'lead', 3n), version('ann', 'chair', 5n), version('ann', 'head', 7n)]);

      expect((await stored()).map((row) => [row.member_id, row.role, row.valid_from, row.valid_to])).toEqual([
        ['ann', 'member', '1', '3'],
        ['ann', 'lead', '3', '5'],
        ['ann', 'chair', '5', '7'],
        ['ann', 'head', '7', null],
      ]);
    });

    it('keeps one version per event, each closed by the next, in one batch or across batches', async () => {
      await write([version('ann', 'member', 1n), version('ann', 'lead', 3n), version('bob', 'member', 2n)]);
      await write([version('ann', 'chair', 5n)]);

      expect((await stored()).map((row) => [row.member_id, row.role, row.valid_from, row.valid_to])).toEqual([
        ['ann', 'member', '1', '3'],
        ['ann', 'lead', '3', '5'],
        ['ann', 'chair', '5', null],
        ['bob', 'member', '2', null],
      ]);
      expect(await membersAt(2n)).toEqual([
        ['ann', 'member'],
        ['bob', 'member'],
      ]);
      expect(await membersAt(4n)).toEqual([
        ['ann', 'lead'],
        ['bob', 'member'],
      ]);
      expect(await membersAt(null)).toEqual([
        ['ann', 'chair'],
        ['bob', 'member'],
      ]);
    });

    it('given versions written again, twice in one batch or overlapping a later batch, then nothing changes', async () => {
      const batch = [version('ann', 'member', 1n), version('ann', 'lead', 3n)];
      await write(batch);
      const before = await stored();
      await write(batch);
      await write([...batch, ...batch]);
      await write([version('ann', 'member', 1n)]);
      expect(await stored()).toEqual(before);
    });

    it('refuses a table or column name that is not a plain identifier', async () => {
      await expect(withTransaction(database.pool, (client) => writeVersions(client, { table: 'group_members; DROP TABLE x', keyColumns: ['group_id'] }, [version('ann', 'member', 1n)]))).rejects.toThrow(RangeError);
      await expect(withTransaction(database.pool, (client) => closeVersions(client, { table: 'group_members', keyColumns: ['Group-Id'] }, [end('ann', 2n)]))).rejects.toThrow(RangeError);
    });
  });

  describe('closeVersions', () => {
    it('ends a row at the position of the event that removed it: gone live, still there as of before', async () => {
      await write([version('ann', 'member', 1n), version('bob', 'member', 2n)]);
      await close([end('ann', 4n)]);

      expect(await membersAt(null)).toEqual([['bob', 'member']]);
      expect(await membersAt(3n)).toEqual([
        ['ann', 'member'],
        ['bob', 'member'],
      ]);
      expect(await membersAt(4n)).toEqual([['bob', 'member']]);
      expect((await stored()).find((row) => row.member_id === 'ann')?.valid_to).toBe('4');
    });

    it('given the same end applied again, or a later one, then the first end stands', async () => {
      await write([version('ann', 'member', 1n)]);
      await close([end('ann', 4n)]);
      await close([end('ann', 4n)]);
      await close([end('ann', 6n)]);
      expect(await stored()).toEqual([expect.objectContaining({ member_id: 'ann', valid_from: '1', valid_to: '4' })]);
    });

    it('given an end at or before the current version (an event replayed from before it), then the version stays current', async () => {
      await write([version('ann', 'member', 1n), version('ann', 'lead', 5n)]);
      await close([end('ann', 5n), end('ann', 3n)]);
      expect(await membersAt(null)).toEqual([['ann', 'lead']]);
    });

    it('ends only the rows named, and nothing for a row never written or an empty list', async () => {
      await write([version('ann', 'member', 1n), version('bob', 'member', 2n)]);
      await close([end('carl', 3n)]);
      await close([]);
      expect(await membersAt(null)).toEqual([
        ['ann', 'member'],
        ['bob', 'member'],
      ]);
    });

    it('given a row ended and written again later, then it is current again and each range answers its own version', async () => {
      await write([version('ann', 'member', 1n)]);
      await close([end('ann', 3n)]);
      await write([version('ann', 'lead', 6n)]);
      expect(await membersAt(2n)).toEqual([['ann', 'member']]);
      expect(await membersAt(4n)).toEqual([]);
      expect(await membersAt(null)).toEqual([['ann', 'lead']]);
    });
  });

  describe('validAt and effectiveBy', () => {
    it('read the current versions with no position, and every date with no on', () => {
      const params: unknown[] = [];
      expect(validAt('', null, params)).toBe('valid_to IS NULL');
      expect(effectiveBy('', null, params)).toBe('TRUE');
      expect(params).toEqual([]);
    });

    it('add the position and the date as numbered parameters, qualified by the alias', () => {
      const params: unknown[] = ['first'];
      expect(validAt('m', 7n, params)).toBe('m.valid_from <= $2::numeric AND (m.valid_to IS NULL OR m.valid_to > $2::numeric)');
      expect(effectiveBy('m', '2025-01-31', params)).toBe('m.effective_on <= $3::date');
      expect(params).toEqual(['first', '7', '2025-01-31']);
      expect(() => validAt('m; --', 7n, [])).toThrow(RangeError);
    });

    it('keep, on a date, only the facts effective by it, at any position', async () => {
      await write([version('ann', 'member', 1n, '2024-09-01'), version('bob', 'member', 2n, '2025-01-06')]);
      expect(await membersAt(null, '2024-12-31')).toEqual([['ann', 'member']]);
      expect(await membersAt(null, '2025-01-06')).toEqual([
        ['ann', 'member'],
        ['bob', 'member'],
      ]);
      expect(await membersAt(1n, '2025-01-06')).toEqual([['ann', 'member']]);
    });
  });
});
