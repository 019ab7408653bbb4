import { randomUUID } from 'node:crypto';
import { CommandBus } from '@nestjs/cqrs';
import type { EventMetadata, RecordedEvent } from '@trust/event-store';
import { LogRechargeCommand, type RechargeRequest } from '../src/finance/logging-recharge/log-recharge.handler.js';
import type { RechargeAnswer } from '../src/finance/recharge-answer.js';
import { errorAnswer, registerAcademy, startTestApp, type AuthenticatedAgent, type TestApp } from './test-support/test-app.js';
import { tokenFor } from './test-support/tokens.js';

interface RechargeAnswerBody {
  id: string;
  streamId: string;
  position: string;
  events: string[];
  amountPence: number;
  academicYear: string;
}

const SUPPORTED = '620001';
const PROVIDER = '620002';

const recharge = (overrides: Partial<RechargeRequest> = {}): RechargeRequest => ({
  supportedAcademyId: SUPPORTED,
  providerRole: 'teacher',
  providerAcademyId: PROVIDER,
  days: 1.5,
  deliveredOn: '2024-11-12',
  description: 'Phonics development day',
  ...overrides,
});

/**
 * A recharge's id is made by the server, so a retry could log the same support twice under two ids.
 * With an Idempotency-Key the id is derived from the key and the user: every retry targets the same
 * `recharge-<id>` stream, where the pipeline finds the key already on the stream and appends nothing.
 */
describe('Idempotency of POST /recharges', () => {
  let api: TestApp;
  let finance: AuthenticatedAgent;

  beforeAll(async () => {
    api = await startTestApp();
    finance = api.as(await tokenFor({ sub: 'fiona-finance', roles: ['finance'] }));
    for (const academyId of [SUPPORTED, PROVIDER]) await registerAcademy(api.server, academyId);
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  async function rechargesLogged(): Promise<RecordedEvent[]> {
    const logged: RecordedEvent[] = [];
    for await (const event of api.store.readAll()) if (event.type === 'RechargeLogged') logged.push(event);
    return logged;
  }

  it('the same key and body answer as the first time and log one recharge', async () => {
    const before = (await rechargesLogged()).length;
    const first = await finance.post('/recharges').set('Idempotency-Key', 'same-body').send(recharge()).expect(201);
    const retry = await finance.post('/recharges').set('Idempotency-Key', 'same-body').send({ ...recharge() }).expect(201);

    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect((first.body as RechargeAnswerBody).amountPence).toBe(37_500);
    expect(await rechargesLogged()).toHaveLength(before + 1);
  });

  it('two identical posts with one key fired at the same moment log exactly one recharge', async () => {
    const before = (await rechargesLogged()).length;
    const head = await api.head();
    const send = () => finance.post('/recharges').set('Idempotency-Key', 'fired-together').send(recharge({ days: 2 }));

    const answers = await Promise.all([send(), send(), send(), send()]);

    for (const answer of answers) {
      expect(answer.status).toBe(201);
      expect(answer.body).toEqual(answers[0].body);
    }
    const logged = await rechargesLogged();
    expect(logged).toHaveLength(before + 1);
    expect(await api.head()).toBe(head + 1n);
    expect(logged.at(-1)?.streamId).toBe((answers[0].body as RechargeAnswerBody).streamId);
  });

  it('the same key with a different body → 422, and nothing is logged', async () => {
    await finance.post('/recharges').set('Idempotency-Key', 'different-body').send(recharge({ days: 1 })).expect(201);
    const head = await api.head();

    const response = await finance.post('/recharges').set('Idempotency-Key', 'different-body').send(recharge({ days: 3 })).expect(422);

    expect(errorAnswer(response).message).toContain('Idempotency-Key');
    expect(await api.head()).toBe(head);
  });

  it('a retry after the answer was lost (a crash between append and answer) finds the recharge on its stream and logs nothing', async () => {
    const first = (await finance.post('/recharges').set('Idempotency-Key', 'answer-lost').send(recharge({ days: 0.5 })).expect(201)).body as RechargeAnswerBody;
    // What a crash after the append leaves: the events are stored, the answer is not.
    await api.database.pool.query(`DELETE FROM idempotency_keys WHERE key = 'answer-lost'`);
    const head = await api.head();

    const retry = await finance.post('/recharges').set('Idempotency-Key', 'answer-lost').send(recharge({ days: 0.5 })).expect(201);

    expect(retry.body).toEqual(first);
    expect(await api.head()).toBe(head);
    expect(await api.streamEvents(first.streamId)).toHaveLength(1);
  });

  it('after a lost answer, the same key with a different recharge is still refused (422), from the stream', async () => {
    await finance.post('/recharges').set('Idempotency-Key', 'lost-then-changed').send(recharge({ days: 4 })).expect(201);
    await api.database.pool.query(`DELETE FROM idempotency_keys WHERE key = 'lost-then-changed'`);
    const head = await api.head();

    const response = await finance.post('/recharges').set('Idempotency-Key', 'lost-then-changed').send(recharge({ days: 5 })).expect(422);

    expect(errorAnswer(response).message).toContain('a different recharge');
    expect(await api.head()).toBe(head);
  });

  it('two handlers running the same keyed command at once (no stored answer to wait for) append one event', async () => {
    const commandBus = api.app.get(CommandBus);
    const metadata: EventMetadata = {
      actor: { userId: 'fiona-finance', role: 'finance' },
      correlationId: randomUUID(),
      causationId: randomUUID(),
      idempotencyKey: 'two-handlers',
    };
    const head = await api.head();

    const answers = await Promise.all(
      Array.from({ length: 4 }, () => commandBus.execute<LogRechargeCommand, RechargeAnswer>(new LogRechargeCommand(recharge({ days: 6 }), metadata))),
    );

    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(await api.head()).toBe(head + 1n);
    expect(await api.streamEvents(answers[0]?.streamId ?? '')).toHaveLength(1);
  });

  it('one key, two users: two recharges (keys are each user\'s own)', async () => {
    const other = api.as(await tokenFor({ sub: 'frank-finance', roles: ['finance'] }));
    const mine = (await finance.post('/recharges').set('Idempotency-Key', 'shared-key').send(recharge()).expect(201)).body as RechargeAnswerBody;
    const theirs = (await other.post('/recharges').set('Idempotency-Key', 'shared-key').send(recharge()).expect(201)).body as RechargeAnswerBody;
    expect(theirs.id).not.toBe(mine.id);
  });

  it('without a key, every post is a new recharge', async () => {
    const first = (await finance.post('/recharges').send(recharge()).expect(201)).body as RechargeAnswerBody;
    const second = (await finance.post('/recharges').send(recharge()).expect(201)).body as RechargeAnswerBody;
    expect(second.id).not.toBe(first.id);
  });

  it('a reversal retried with its key answers as the first time, not 409', async () => {
    const logged = (await finance.post('/recharges').send(recharge()).expect(201)).body as RechargeAnswerBody;
    const first = await finance.post(`/recharges/${logged.id}/reversal`).set('Idempotency-Key', 'reverse-once').send({ reason: 'Duplicate entry' }).expect(201);
    await api.database.pool.query(`DELETE FROM idempotency_keys WHERE key = 'reverse-once'`);

    const retry = await finance.post(`/recharges/${logged.id}/reversal`).set('Idempotency-Key', 'reverse-once').send({ reason: 'Duplicate entry' }).expect(201);

    expect(retry.body).toEqual(first.body);
    expect(await api.streamEvents(logged.streamId)).toHaveLength(2);
  });

  it('a key used to log a recharge is not answered with that recharge on its reversal route (422)', async () => {
    const logged = (await finance.post('/recharges').set('Idempotency-Key', 'log-then-reverse').send(recharge({ days: 7 })).expect(201)).body as RechargeAnswerBody;
    const response = await finance.post(`/recharges/${logged.id}/reversal`).set('Idempotency-Key', 'log-then-reverse').send({ reason: 'Oops' }).expect(422);
    expect(errorAnswer(response).message).toContain(`a different command on recharge ${logged.id}`);
  });
});
