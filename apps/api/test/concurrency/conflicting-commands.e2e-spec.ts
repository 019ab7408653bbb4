import type request from 'supertest';
import type { RecordedEvent } from '@trust/event-store';
import { commandAnswer, registerAcademy, startTestApp, type AuthenticatedAgent, type CommandAnswerBody, type TestApp } from '../test-support/test-app.js';
import { tokenFor } from '../test-support/tokens.js';

/**
 * Many clients issuing conflicting commands on one academy at once, against real PostgreSQL: every
 * accepted command is in the store exactly once, a conflict answers 409 and is safe to retry with the same
 * Idempotency-Key (the retry either succeeds or is refused again, never appends twice), and a recharge is
 * never reversed twice.
 */
describe('Concurrent conflicting commands on one academy', () => {
  let api: TestApp;
  let director: AuthenticatedAgent;
  let finance: AuthenticatedAgent;
  const academy = '720001';
  const provider = '720002';
  const CLIENTS = 12;

  beforeAll(async () => {
    // The trust's clock: tier decisions are made at the start of 2025/26.
    api = await startTestApp({ clock: () => new Date('2025-09-15T09:00:00Z') });
    director = api.as(await tokenFor({ sub: 'dee-director', roles: ['improvement-director'] }));
    finance = api.as(await tokenFor({ sub: 'fiona-finance', roles: ['finance'] }));
    await registerAcademy(api.server, academy);
    await registerAcademy(api.server, provider);
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  interface Settled {
    key: string;
    first: number;
    final: request.Response;
    attempts: number;
  }

  /** Sends the command, and while it answers 409 sends it again, same key and body (up to `tries` times). */
  async function settle(send: () => request.Test, key: string, tries = 15): Promise<Settled> {
    let response = await send();
    const first = response.status;
    let attempts = 1;
    while (response.status === 409 && attempts < tries) {
      attempts += 1;
      await new Promise((resolve) => setTimeout(resolve, 5 * attempts));
      response = await send();
    }
    return { key, first, final: response, attempts };
  }

  function byKey(events: RecordedEvent[], type: string): Map<string, RecordedEvent[]> {
    const found = new Map<string, RecordedEvent[]>();
    for (const event of events.filter((candidate) => candidate.type === type)) {
      const key = event.metadata.idempotencyKey ?? '(none)';
      found.set(key, [...(found.get(key) ?? []), event]);
    }
    return found;
  }

  it('tier decisions for one year: each accepted decision is stored once, and they supersede one another in a single line', async () => {
    await api.admin
      .post(`/academies/${academy}/risk-assessments`)
      .send({ assessedOn: '2025-09-01', level: 'high', risks: [{ title: 'Leadership capacity' }] })
      .expect(201);
    const keys = Array.from({ length: CLIENTS }, (_, i) => `tier-720001-2025-26-${i}`);
    const settled = await Promise.all(
      keys.map((key) => settle(() => director.post(`/academies/${academy}/tier-decisions`).set('Idempotency-Key', key).send({ academicYear: '2025/26', tier: 3 }), key)),
    );

    expect(settled.map(({ final }) => final.status)).toEqual(keys.map(() => 201));
    const events = await api.streamEvents(`academy-${academy}`);
    const decisions = byKey(events, 'TierAssigned');
    expect([...decisions.keys()].sort()).toEqual([...keys].sort());
    expect([...decisions.values()].every((stored) => stored.length === 1)).toBe(true);
    for (const { key, final } of settled) {
      const stored = decisions.get(key)?.[0];
      expect(stored?.position.toString()).toBe(commandAnswer(final).position);
      expect(stored?.data['decisionId']).toBe(commandAnswer(final).id);
    }
    // In stream order: the first supersedes nothing, each later one the one just before it.
    const inOrder = events.filter((event) => event.type === 'TierAssigned').map((event) => event.data);
    expect(inOrder.map((data) => data['supersedes'])).toEqual([null, ...inOrder.slice(0, -1).map((data) => data['decisionId'])]);

    const history = (await director.get(`/academies/${academy}/tier-history`).query({ minPosition: (await api.head()).toString() }).expect(200)).body as {
      decisionId: string;
      supersededBy: string | null;
    }[];
    expect(history).toHaveLength(CLIENTS);
    expect(history.filter((entry) => entry.supersededBy === null)).toHaveLength(1);

    // Retrying any of them again appends nothing.
    const head = await api.head();
    const again = await director.post(`/academies/${academy}/tier-decisions`).set('Idempotency-Key', keys[0] ?? '').send({ academicYear: '2025/26', tier: 3 }).expect(201);
    expect(commandAnswer(again).id).toBe(decisions.get(keys[0] ?? '')?.[0]?.data['decisionId']);
    expect(await api.head()).toBe(head);
  });

  it('the same KPI figure recorded by many clients at once: one is accepted, the others 409, and a retry of those stays 409', async () => {
    const keys = Array.from({ length: CLIENTS }, (_, i) => `kpi-720001-autumn-${i}`);
    const settled = await Promise.all(
      keys.map((key, i) =>
        settle(() => director.post(`/academies/${academy}/kpis`).set('Idempotency-Key', key).send({ kpi: 'progress', academicYear: '2025/26', term: 'autumn', value: 50 + i }), key, 3),
      ),
    );
    const accepted = settled.filter(({ final }) => final.status === 201);
    expect(accepted).toHaveLength(1);
    expect(settled.filter(({ final }) => final.status === 409)).toHaveLength(CLIENTS - 1);
    const recorded = byKey(await api.streamEvents(`academy-${academy}`), 'KpiRecorded');
    expect([...recorded.keys()]).toEqual([accepted[0]?.key]);
    expect(recorded.get(accepted[0]?.key ?? '')).toHaveLength(1);
  });

  it('KPI corrections at once: each accepted correction is stored once, and each saw the value the one before it left', async () => {
    const stream = `academy-${academy}`;
    const original = (await api.streamEvents(stream)).find((event) => event.type === 'KpiRecorded' && event.data['term'] === 'autumn');
    const keys = Array.from({ length: CLIENTS }, (_, i) => `kpi-correction-720001-${i}`);
    const settled = await Promise.all(
      keys.map((key, i) =>
        settle(
          () =>
            director
              .post(`/academies/${academy}/kpis/corrections`)
              .set('Idempotency-Key', key)
              .send({ kpi: 'progress', academicYear: '2025/26', term: 'autumn', value: 70 + i, reason: `Moderation round ${i}` }),
          key,
        ),
      ),
    );
    expect(settled.map(({ final }) => final.status)).toEqual(keys.map(() => 201));

    const corrections = (await api.streamEvents(stream)).filter((event) => event.type === 'KpiCorrected');
    expect(corrections.map((event) => event.metadata.idempotencyKey).sort()).toEqual([...keys].sort());
    const values = [original?.data['value'], ...corrections.map((event) => event.data['value'])];
    expect(corrections.map((event) => event.data['previousValue'])).toEqual(values.slice(0, -1));

    const card = (await director.get(`/academies/${academy}/card`).query({ minPosition: (await api.head()).toString() }).expect(200)).body as {
      kpis: { term: string | null; value: number | null; corrected: boolean }[];
    };
    expect(card.kpis.find((row) => row.term === 'autumn')).toMatchObject({ value: values.at(-1), corrected: true });
  });

  it('reversals of one recharge at once: exactly one is applied, the rest 409, and retrying them never reverses twice', async () => {
    const logged = (
      await finance
        .post('/recharges')
        .set('Idempotency-Key', 'recharge-720001-1')
        .send({ supportedAcademyId: academy, providerRole: 'teacher', providerAcademyId: provider, days: 1, deliveredOn: '2025-03-04', description: 'Maths modelling' })
        .expect(201)
    ).body as CommandAnswerBody;
    const keys = Array.from({ length: CLIENTS }, (_, i) => `reverse-720001-${i}`);
    const settled = await Promise.all(
      keys.map((key) => settle(() => finance.post(`/recharges/${logged.id}/reversal`).set('Idempotency-Key', key).send({ reason: 'Logged twice' }), key, 4)),
    );
    const accepted = settled.filter(({ final }) => final.status === 201);
    expect(accepted).toHaveLength(1);
    expect(settled.filter(({ final }) => final.status === 409)).toHaveLength(CLIENTS - 1);

    const stream = logged.streamId;
    const reversals = (await api.streamEvents(stream)).filter((event) => event.type === 'RechargeReversed');
    expect(reversals).toHaveLength(1);
    expect(reversals[0]?.metadata.idempotencyKey).toBe(accepted[0]?.key);

    // The winner's retry answers as before; a loser's retry is still refused; nothing more is stored.
    const head = await api.head();
    const replay = await finance.post(`/recharges/${logged.id}/reversal`).set('Idempotency-Key', accepted[0]?.key ?? '').send({ reason: 'Logged twice' }).expect(201);
    expect(replay.body).toEqual(accepted[0]?.final.body);
    const loser = settled.find(({ final }) => final.status === 409);
    await finance.post(`/recharges/${logged.id}/reversal`).set('Idempotency-Key', loser?.key ?? '').send({ reason: 'Logged twice' }).expect(409);
    expect(await api.head()).toBe(head);

    const lines = (await finance.get('/finance/ledger').query({ academicYear: '2024/25', minPosition: head.toString() }).expect(200)).body as {
      rechargeId: string;
      debitPence: number;
      creditPence: number;
    }[];
    const ofRecharge = lines.filter((line) => line.rechargeId === logged.id);
    expect(ofRecharge).toHaveLength(4);
    expect(ofRecharge.reduce((sum, line) => sum + line.debitPence - line.creditPence, 0)).toBe(0);
  });

  it('one reversal sent by many clients with the same key at once: one reversal stored, every success the same answer, the rest retryable', async () => {
    const logged = (
      await finance
        .post('/recharges')
        .send({ supportedAcademyId: academy, providerRole: 'headteacher', providerAcademyId: provider, days: 0.5, deliveredOn: '2025-03-05', description: 'Leadership coaching' })
        .expect(201)
    ).body as CommandAnswerBody;
    const send = (): request.Test => finance.post(`/recharges/${logged.id}/reversal`).set('Idempotency-Key', 'reverse-720001-same').send({ reason: 'Wrong academy' });
    const settled = await Promise.all(Array.from({ length: CLIENTS }, () => settle(send, 'reverse-720001-same')));
    expect(settled.map(({ final }) => final.status)).toEqual(settled.map(() => 201));
    // The same answer every time (a replayed answer comes back from jsonb, so its keys may be in another order).
    for (const { final } of settled) expect(final.body).toEqual(settled[0]?.final.body);
    const reversals = (await api.streamEvents(logged.streamId)).filter((event) => event.type === 'RechargeReversed');
    expect(reversals).toHaveLength(1);
  });
});
