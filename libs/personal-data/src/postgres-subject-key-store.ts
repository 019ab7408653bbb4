import { randomBytes } from 'node:crypto';
import { KEY_BYTES, openField, sealField } from './field-cipher.js';
import { SealingKeyCache, type SealingKeyCacheOptions } from './sealing-key-cache.js';
import type { SubjectKey, SubjectKeyStore, SubjectName } from './subject-key-store.js';

/** What the store needs of a pg.Pool or client. */
export interface Queryable {
  query<R extends object>(text: string, values?: unknown[]): Promise<{ rows: R[]; rowCount: number | null }>;
}

/**
 * One round trip: a key made for each subject without one, and the keys of the others as they stand. The
 * SELECT's snapshot is the statement's, so it sees the keys that were there before, not those the INSERT
 * made (RETURNING gives those); a key another append made meanwhile is looked up after. With the events in
 * the same database, the statement's own commit does not wait for the disk (see the constructor).
 */
function makeKeysStatement(eventsInSameDatabase: boolean): string {
  const source = eventsInSameDatabase
    ? "SELECT fresh.* FROM unnest($1::text[], $2::text[]) AS fresh, (SELECT set_config('synchronous_commit', 'off', true)) AS unflushed"
    : 'SELECT * FROM unnest($1::text[], $2::text[])';
  return `WITH made AS (
      INSERT INTO data_subject_keys (subject, wrapped_key)
      ${source}
      ON CONFLICT (subject) DO NOTHING
      RETURNING subject, wrapped_key)
    SELECT subject, wrapped_key FROM made
    UNION ALL
    SELECT subject, wrapped_key FROM data_subject_keys WHERE subject = ANY($1::text[])`;
}

/** The wrapping's additional data: a wrapped key opens only as the key of the subject it was made for. */
const wrappingContext = (subject: SubjectName): string => `data-subject-key:${subject}`;

/**
 * The subjects' keys in PostgreSQL (table data_subject_keys), each wrapped by the master key with
 * AES-256-GCM. Keys for opening are never cached: a key another process destroyed opens nothing here
 * from then on. Keys for sealing are, briefly (SealingKeyCache): an append of a known subject then costs
 * no round trip, and what a destroyed key seals meanwhile is unreadable all the same.
 */
export class PostgresSubjectKeyStore implements SubjectKeyStore {
  private readonly sealing: SealingKeyCache;

  private readonly makeKeys: string;

  /**
   * `eventsInSameDatabase`: the events are appended to this same PostgreSQL after their keys are made
   * (the PostgreSQL event store). A new key's row then need not wait for its own flush to disk: the
   * append's commit flushes the log up to and past it, so an event can never be durable without its key,
   * and a key lost with an append that never happened was never used. Not with EventStoreDB, whose
   * commit flushes nothing here: there every new key is durable before the data sealed under it is sent.
   */
  constructor(
    private readonly database: Queryable,
    private readonly masterKey: Buffer,
    { sealingCache, eventsInSameDatabase = false }: { sealingCache?: SealingKeyCacheOptions; eventsInSameDatabase?: boolean } = {},
  ) {
    this.sealing = new SealingKeyCache(sealingCache);
    this.makeKeys = makeKeysStatement(eventsInSameDatabase);
  }

  /** The key of one subject: keysForSealing for one. */
  async keyForSealing(subject: SubjectName): Promise<Buffer | null> {
    return (await this.keysForSealing([subject])).get(subject) ?? null;
  }

  async keysForSealing(subjects: readonly SubjectName[]): Promise<Map<SubjectName, Buffer | null>> {
    const keys = new Map<SubjectName, Buffer | null>();
    const wanted: SubjectName[] = [];
    for (const subject of new Set(subjects)) {
      const cached = this.sealing.get(subject);
      if (cached === undefined) wanted.push(subject);
      else keys.set(subject, cached);
    }
    if (wanted.length === 0) return keys;
    const made = wanted.map(() => randomBytes(KEY_BYTES));
    const { rows } = await this.database.query<{ subject: SubjectName; wrapped_key: string | null }>(this.makeKeys, [wanted, wanted.map((subject, i) => this.wrap(subject, made[i]!))]);
    for (const row of rows) keys.set(row.subject, row.wrapped_key === null ? null : this.unwrap(row.subject, row.wrapped_key));
    const missing = wanted.filter((subject) => !keys.has(subject));
    if (missing.length > 0) {
      for (const [subject, key] of await this.keysForOpening(missing)) keys.set(subject, key.state === 'live' ? key.key : null);
    }
    for (const subject of wanted) {
      const key = keys.get(subject);
      if (key !== undefined && key !== null) this.sealing.put(subject, key);
    }
    return keys;
  }

  async keysForOpening(subjects: readonly SubjectName[]): Promise<Map<SubjectName, SubjectKey>> {
    const keys = new Map<SubjectName, SubjectKey>();
    if (subjects.length === 0) return keys;
    const { rows } = await this.database.query<{ subject: SubjectName; wrapped_key: string | null; destroyed_at: Date | null }>(
      'SELECT subject, wrapped_key, destroyed_at FROM data_subject_keys WHERE subject = ANY($1::text[])',
      [[...new Set(subjects)]],
    );
    for (const row of rows) {
      keys.set(row.subject, row.wrapped_key === null ? { state: 'destroyed', destroyedAt: row.destroyed_at! } : { state: 'live', key: this.unwrap(row.subject, row.wrapped_key) });
    }
    return keys;
  }

  async destroy(subject: SubjectName, at: Date): Promise<{ destroyedAt: Date; already: boolean } | null> {
    this.sealing.forget(subject);
    const destroyed = await this.database.query<{ destroyed_at: Date }>(
      'UPDATE data_subject_keys SET wrapped_key = NULL, destroyed_at = $2 WHERE subject = $1 AND wrapped_key IS NOT NULL RETURNING destroyed_at',
      [subject, at],
    );
    if (destroyed.rows[0] !== undefined) return { destroyedAt: destroyed.rows[0].destroyed_at, already: false };
    const { rows } = await this.database.query<{ destroyed_at: Date | null }>('SELECT destroyed_at FROM data_subject_keys WHERE subject = $1', [subject]);
    const row = rows[0];
    return row?.destroyed_at === undefined || row.destroyed_at === null ? null : { destroyedAt: row.destroyed_at, already: true };
  }

  async liveSubjects(prefix: string, { after, limit }: { after?: SubjectName; limit: number }): Promise<SubjectName[]> {
    // left() rather than LIKE: a prefix holding % or _ means itself. Byte order, whatever the database's collation.
    const { rows } = await this.database.query<{ subject: SubjectName }>(
      `SELECT subject FROM data_subject_keys
        WHERE left(subject, length($1)) = $1 AND ($2::text IS NULL OR subject COLLATE "C" > $2) AND wrapped_key IS NOT NULL
        ORDER BY subject COLLATE "C" LIMIT $3`,
      [prefix, after ?? null, limit],
    );
    return rows.map((row) => row.subject);
  }

  private wrap(subject: SubjectName, key: Buffer): string {
    return sealField(key.toString('base64'), this.masterKey, wrappingContext(subject));
  }

  private unwrap(subject: SubjectName, wrapped: string): Buffer {
    const opened = openField(wrapped, this.masterKey, wrappingContext(subject));
    if (typeof opened !== 'string') throw new Error(`the key of ${subject} is not a key`);
    return Buffer.from(opened, 'base64');
  }
}
