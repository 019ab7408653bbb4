import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@trust/testing';

type Expected = 'any' | 'no-stream' | 'stream-exists' | number;

interface Answer {
  accepted: boolean;
  stream_version: number;
  events: number;
}

/**
 * append_events() takes a fast path for a lone append (the version check in the statement that moves
 * the version) and the general path for a batch: for every stream state and expected version, both
 * answer the same, store the same and leave the stream at the same version.
 */
describe('append_events(): a lone append answers as an append in a batch does (real PostgreSQL)', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('til_es_append_fn');
  }, 30_000);

  afterAll(async () => {
    await database.drop();
  });

  const event = (): Record<string, unknown> => ({ eventId: randomUUID(), type: 'Test', schemaVersion: 1, data: { n: 1 }, metadata: {} });

  async function call(appends: { streamId: string; expected: Expected; events: Record<string, unknown>[] }[]): Promise<{ append_index: number; accepted: boolean; stream_version: number }[]> {
    const { rows } = await database.pool.query<{ append_index: number; accepted: boolean; stream_version: number }>(
      'SELECT append_index, accepted, stream_version FROM append_events($1::jsonb) ORDER BY append_index',
      [JSON.stringify(appends)],
    );
    return rows;
  }

  /** A stream in the given state: absent, a row at -1 (left by a refused append), or with 1 or 3 events. */
  async function streamIn(state: 'absent' | 'empty-row' | 'version-0' | 'version-2'): Promise<string> {
    const streamId = `s-${randomUUID()}`;
    if (state === 'empty-row') await call([{ streamId, expected: 5, events: [event()] }]);
    if (state === 'version-0') await call([{ streamId, expected: 'no-stream', events: [event()] }]);
    if (state === 'version-2') await call([{ streamId, expected: 'no-stream', events: [event(), event(), event()] }]);
    return streamId;
  }

  async function outcome(streamId: string, row: { accepted: boolean; stream_version: number } | undefined): Promise<Answer> {
    const { rows } = await database.pool.query<{ count: string }>('SELECT count(*)::text AS count FROM events WHERE stream_id = $1', [streamId]);
    if (row === undefined) throw new Error('no answer for the append');
    return { accepted: row.accepted, stream_version: row.stream_version, events: Number(rows[0]?.count) };
  }

  const states = ['absent', 'empty-row', 'version-0', 'version-2'] as const;
  const expectations: Expected[] = ['any', 'no-stream', 'stream-exists', -1, 0, 2, 5];

  it.each(states.flatMap((state) => expectations.map((expected) => [state, expected] as const)))('stream %s, expected %s', async (state, expected) => {
    const lone = await streamIn(state);
    const [loneRow] = await call([{ streamId: lone, expected, events: [event(), event()] }]);

    const batched = await streamIn(state);
    const rows = await call([
      { streamId: `other-${randomUUID()}`, expected: 'any', events: [event()] },
      { streamId: batched, expected, events: [event(), event()] },
    ]);

    expect(await outcome(lone, loneRow)).toEqual(await outcome(batched, rows.find((row) => row.append_index === 1)));
  });

  it('gives a lone append consecutive positions after the head, with its stream versions, and moves the head', async () => {
    const streamId = await streamIn('version-0');
    const { rows: before } = await database.pool.query<{ last_position: string }>('SELECT last_position::text FROM event_store_head');
    const { rows } = await database.pool.query<{ first_position: string; last_position: string; stream_version: number }>(
      'SELECT first_position::text, last_position::text, stream_version FROM append_events($1::jsonb)',
      [JSON.stringify([{ streamId, expected: 0, events: [event(), event(), event()] }])],
    );
    const head = BigInt(before[0]?.last_position ?? '0');
    expect(rows).toEqual([{ first_position: (head + 1n).toString(), last_position: (head + 3n).toString(), stream_version: 3 }]);
    const stored = await database.pool.query<{ position: string; stream_version: number }>(
      'SELECT position::text, stream_version FROM events WHERE stream_id = $1 ORDER BY position',
      [streamId],
    );
    expect(stored.rows.map((row) => row.stream_version)).toEqual([0, 1, 2, 3]);
    expect(stored.rows.slice(1)).toEqual([
      { position: (head + 1n).toString(), stream_version: 1 },
      { position: (head + 2n).toString(), stream_version: 2 },
      { position: (head + 3n).toString(), stream_version: 3 },
    ]);
    const { rows: after } = await database.pool.query<{ last_position: string }>('SELECT last_position::text FROM event_store_head');
    expect(after[0]?.last_position).toBe((head + 3n).toString());
  });
});
