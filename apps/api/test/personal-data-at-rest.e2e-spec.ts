import { verifyHashChain } from '@trust/event-store';
import { ERASED, PostgresSubjectKeyStore } from '@trust/personal-data';
import { waitUntil } from '@trust/testing';
import { startSystem } from '../src/system/start-system.js';
import { startWorker } from '../../worker/src/start-worker.js';
import { commandAnswer, registerAcademy, startTestApp, type TestApp } from './test-support/test-app.js';
import { TEST_MASTER_KEY, tokenFor } from './test-support/tokens.js';

/*
 * Personal data sealed at rest, end to end: the events table holds no name in the clear, every read shows
 * it, and once a subject's key is destroyed the audit trail shows [erased] at once, the read models after
 * a rebuild, and the hash chain still verifies.
 */

interface AuditEvent {
  type: string;
  streamId: string;
  data: Record<string, unknown> | null;
}

interface Expert {
  staffId: string;
  name: string;
  otherAreas: string[];
}

describe('Personal data sealed at rest', () => {
  let api: TestApp;
  let director: string;
  let head: bigint;

  beforeAll(async () => {
    api = await startTestApp({ clock: () => new Date('2025-03-12T09:00:00.000Z') });
    await registerAcademy(api.server, '830001', { hub: 'North' });
    director = await tokenFor({ sub: 'dee', roles: ['improvement-director'] });
    await api
      .as(director)
      .post('/expertise')
      .send({ staffId: 'priya', name: 'Priya Nair', academyId: '830001', role: 'teacher', areas: ['phonics'], otherAreas: ['Chess club'] })
      .expect(201);
    head = BigInt(commandAnswer(await api.admin.post('/academies/830001/sip-assignments').send({ sipId: 'sip-jd', name: 'Jane Doe', approvedOn: '2024-07-10' }).expect(201)).position);
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  const auditOf = async (streamId: string): Promise<AuditEvent[]> =>
    (await api.admin.get('/audit').query({ streamId, minPosition: head.toString() }).expect(200)).body as AuditEvent[];
  const experts = async (minPosition?: bigint): Promise<Expert[]> =>
    (await api.as(director).get('/expertise').query({ area: 'phonics', ...(minPosition === undefined ? {} : { minPosition: minPosition.toString() }) }).expect(200)).body as Expert[];

  it('stores no name or free text in the clear, in the events or the audit trail', async () => {
    await auditOf('academy-830001');
    for (const table of ['events', 'audit_trail']) {
      const { rows } = await api.database.pool.query<{ data: unknown }>(`SELECT data FROM ${table}`);
      const stored = JSON.stringify(rows);
      for (const secret of ['Priya', 'Nair', 'Chess club', 'Jane Doe']) expect(stored).not.toContain(secret);
      expect(stored).toContain('sealed:v3:');
      // What is not personal (ids, academies, dates) stays in the clear, so records still join.
      expect(stored).toContain('priya');
    }
  });

  it('shows the names on every read: the directory, the audit trail, the card and the stream', async () => {
    expect((await experts(head)).map(({ staffId, name, otherAreas }) => [staffId, name, otherAreas])).toEqual([['priya', 'Priya Nair', ['Chess club']]]);
    expect((await auditOf('expertise-priya'))[0]?.data).toMatchObject({ staffId: 'priya', name: 'Priya Nair', otherAreas: ['Chess club'] });
    expect((await auditOf('academy-830001')).find((event) => event.type === 'SipAssigned')?.data).toMatchObject({ sipId: 'sip-jd', name: 'Jane Doe' });
    const card = (await api.admin.get('/academies/830001/card').query({ minPosition: head.toString() }).expect(200)).body as { sip: { name: string } | null };
    expect(card.sip?.name).toBe('Jane Doe');
    expect((await api.streamEvents('expertise-priya'))[0]?.data).toMatchObject({ name: 'Priya Nair' });
  });

  it('shows [erased] once the subject\'s key is destroyed: the audit trail at once, the directory after a rebuild; others untouched; the chain verifies', async () => {
    const keys = new PostgresSubjectKeyStore(api.database.pool, TEST_MASTER_KEY);
    expect(await keys.destroy('staff:priya', new Date('2025-03-12T10:00:00.000Z'))).toMatchObject({ already: false });

    expect((await auditOf('expertise-priya'))[0]?.data).toMatchObject({ staffId: 'priya', name: ERASED, otherAreas: ['Chess club'] });
    expect((await auditOf('academy-830001')).find((event) => event.type === 'SipAssigned')?.data).toMatchObject({ name: 'Jane Doe' });
    expect((await api.streamEvents('expertise-priya'))[0]?.data).toMatchObject({ staffId: 'priya', name: ERASED });

    const { jobId } = (await api.admin.post('/admin/projections/expertise-directory/rebuild').expect(202)).body as { jobId: string };
    let state = '';
    await waitUntil(
      async () => {
        state = ((await api.admin.get(`/admin/jobs/${jobId}`).expect(200)).body as { state: string }).state;
        return state === 'completed' || state === 'failed';
      },
      { timeoutMs: 20_000, message: 'the rebuild job to end' },
    );
    expect(state).toBe('completed');
    expect((await experts()).map(({ staffId, name }) => [staffId, name])).toEqual([['priya', ERASED]]);

    // `npm run cli -- verify` recomputes the chain over the events as stored: erasing changed none of them.
    expect(await verifyHashChain(api.database.pool)).toMatchObject({ firstMismatch: null, verified: Number(head) });
  });
});

describe('A deployment without its master key', () => {
  // Nothing is reached before the key is read: the database below never answers.
  const deployment = { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', PORT: '0', LOG_LEVEL: 'silent' };

  it.each([
    ['a JWT_SECRET of its own', { JWT_SECRET: 'a-real-secret-0123456789abcdefghijklmnop' }],
    ['NODE_ENV=production', { NODE_ENV: 'production', JWT_SECRET: 'a-real-secret-0123456789abcdefghijklmnop' }],
    ['an OpenID Connect issuer', { JWT_JWKS_URL: 'https://login.example/keys', JWT_ISSUER: 'https://login.example', JWT_AUDIENCE: 'ledger' }],
  ])('does not start, API or worker, with %s: the message names PERSONAL_DATA_MASTER_KEY', async (_what, settings) => {
    const env = { ...deployment, ...settings };
    await expect(startSystem({ env })).rejects.toThrow(/PERSONAL_DATA_MASTER_KEY is not set/);
    await expect(startWorker(env)).rejects.toThrow(/PERSONAL_DATA_MASTER_KEY is not set/);
    await expect(startSystem({ env: { ...env, PERSONAL_DATA_MASTER_KEY: 'not-a-key' } })).rejects.toThrow(/PERSONAL_DATA_MASTER_KEY must be base64 of 32 random bytes/);
  });
});
