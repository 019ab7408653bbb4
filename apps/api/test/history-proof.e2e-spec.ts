import { digestSignatureHolds, type ChainDigest, type ChainVerification } from '@trust/event-store';
import { errorAnswer, registerAcademy, startTestApp, type AuthenticatedAgent, type TestApp } from './test-support/test-app.js';
import { tokenFor } from './test-support/tokens.js';

const ACADEMY = '830001';

describe('GET /audit/digest and GET /audit/verify: a history that proves it was not altered', () => {
  let api: TestApp;
  let committee: AuthenticatedAgent;

  beforeAll(async () => {
    api = await startTestApp();
    committee = api.as(await tokenFor({ sub: 'committee-1', roles: ['standards-committee'] }));
    await registerAcademy(api.server, ACADEMY, { name: 'Chained Primary' });
    const director = api.as(await tokenFor({ sub: 'idir-1', roles: ['improvement-director'] }));
    for (const term of ['autumn', 'spring', 'summer']) {
      await director.post(`/academies/${ACADEMY}/kpis`).send({ kpi: 'progress', academicYear: '2024/25', term, value: 70 }).expect(201);
    }
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  it('signs the head of the chain, and verifying up to it recomputes the same link', async () => {
    const head = (await api.head()).toString();
    const digest = (await committee.get('/audit/digest').expect(200)).body as ChainDigest;
    expect(digest.position).toBe(head);
    expect(digestSignatureHolds(digest)).toBe(true);
    expect(digestSignatureHolds({ ...digest, position: String(Number(head) - 1) })).toBe(false);
    const verification = (await committee.get('/audit/verify').expect(200)).body as ChainVerification;
    expect(verification).toEqual({ from: '1', to: head, verified: Number(head), hashAtTo: digest.hash, firstMismatch: null });
    // The same key signs every digest of this deployment.
    expect(((await committee.get('/audit/digest').expect(200)).body as ChainDigest).publicKey).toBe(digest.publicKey);
  });

  it('verifies a range, and refuses one that is not', async () => {
    expect((await committee.get('/audit/verify?from=2&to=3').expect(200)).body).toMatchObject({ from: '2', to: '3', verified: 2, firstMismatch: null });
    expect(errorAnswer(await committee.get('/audit/verify?from=3&to=2').expect(400)).fields).toEqual(['to']);
    expect(errorAnswer(await committee.get('/audit/verify?from=0').expect(400)).fields).toEqual(['from']);
  });

  it('says where the history stood at a moment, for anyone signed in: the position of the last event then recorded, and when', async () => {
    const head = (await api.head()).toString();
    const headteacher = api.as(await tokenFor({ sub: 'head-1', roles: ['headteacher'], academies: [ACADEMY] }));
    const now = (await headteacher.get('/audit/position').expect(200)).body as { position: string; recordedAt: string };
    expect(now.position).toBe(head);
    const second = (await headteacher.get('/audit/position').query({ asOf: now.recordedAt }).expect(200)).body as { position: string; recordedAt: string };
    expect(second).toEqual(now);
    expect((await headteacher.get('/audit/position').query({ asOf: '2000-01-01T00:00:00Z' }).expect(200)).body).toEqual({ position: '0', recordedAt: null });
    expect(errorAnswer(await headteacher.get('/audit/position').query({ asOf: 'yesterday' }).expect(400)).fields).toEqual(['asOf']);
  });

  it('names the first altered position once an event is edited in the database', async () => {
    const client = await api.database.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('ALTER TABLE events DISABLE TRIGGER USER');
      await client.query(`UPDATE events SET data = jsonb_set(data, '{value}', '99') WHERE position = 2`);
      await client.query('ALTER TABLE events ENABLE TRIGGER USER');
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    expect(((await committee.get('/audit/verify').expect(200)).body as ChainVerification).firstMismatch).toMatchObject({ position: '2', problem: 'altered' });
  });

  it('is for those who audit: not the improvement director, finance or a governor', async () => {
    for (const role of ['improvement-director', 'finance'] as const) {
      const agent = api.as(await tokenFor({ sub: 'someone', roles: [role] }));
      await agent.get('/audit/digest').expect(403);
      await agent.get('/audit/verify').expect(403);
    }
    const governor = api.as(await tokenFor({ sub: 'gov', roles: ['governor'], academies: [ACADEMY] }));
    await governor.get('/audit/verify').expect(403);
  });
});
