import { commandAnswer, errorAnswer, registerAcademy, registration, startTestApp, type TestApp } from './test-support/test-app.js';
import { tokenFor } from './test-support/tokens.js';

describe('Idempotency-Key on command routes', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
    await registerAcademy(api.server, '400001');
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  const figure = { kpi: 'progress', academicYear: '2024/25', term: 'autumn', value: 72.5 };

  it('the same key with the same body answers as the first time and appends nothing', async () => {
    const first = await api.admin.post('/academies/400001/kpis').set('Idempotency-Key', 'same-body').send(figure).expect(201);
    const head = await api.head();

    const retry = await api.admin
      .post('/academies/400001/kpis')
      .set('Idempotency-Key', 'same-body')
      // Key order does not make it a different request.
      .send({ value: 72.5, term: 'autumn', academicYear: '2024/25', kpi: 'progress' })
      .expect(201);

    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(await api.head()).toBe(head);
    const recorded = (await api.streamEvents('academy-400001')).filter((event) => event.type === 'KpiRecorded');
    expect(recorded).toHaveLength(1);
  });

  it('a retried registration answers 201 as the first did, not 409', async () => {
    const first = await api.admin.post('/academies').set('Idempotency-Key', 'register-400002').send(registration('400002')).expect(201);
    const retry = await api.admin.post('/academies').set('Idempotency-Key', 'register-400002').send(registration('400002')).expect(201);
    expect(retry.body).toEqual(first.body);
    expect(await api.streamEvents('academy-400002')).toHaveLength(1);
  });

  it('the same key with a different body → 422, and nothing is appended', async () => {
    await api.admin
      .post('/academies/400001/kpis')
      .set('Idempotency-Key', 'different-body')
      .send({ ...figure, term: 'spring' })
      .expect(201);
    const head = await api.head();

    const response = await api.admin
      .post('/academies/400001/kpis')
      .set('Idempotency-Key', 'different-body')
      .send({ ...figure, term: 'summer' })
      .expect(422);

    expect(response.body).toEqual({ statusCode: 422, error: 'Unprocessable Entity', message: expect.stringContaining('Idempotency-Key') as unknown });
    expect(await api.head()).toBe(head);
  });

  it('the same key on another academy is a different request → 422', async () => {
    await registerAcademy(api.server, '400003');
    await api.admin.post('/academies/400001/kpi-targets').set('Idempotency-Key', 'other-academy').send({ academicYear: '2024/25', kpi: 'teaching', target: 85 }).expect(201);
    await api.admin.post('/academies/400003/kpi-targets').set('Idempotency-Key', 'other-academy').send({ academicYear: '2024/25', kpi: 'teaching', target: 85 }).expect(422);
  });

  it('keys are scoped by route: the same key on another route of another academy is another request', async () => {
    await registerAcademy(api.server, '400005');
    await api.admin.post('/academies/400001/kpi-targets').set('Idempotency-Key', 'per-route').send({ academicYear: '2023/24', kpi: 'teaching', target: 80 }).expect(201);
    const response = await api.admin
      .post('/academies/400005/kpis')
      .set('Idempotency-Key', 'per-route')
      .send({ kpi: 'teaching', academicYear: '2023/24', term: 'autumn', value: 81 })
      .expect(201);
    expect(commandAnswer(response).events).toEqual(['KpiRecorded']);
  });

  it('the same key on another route of the same academy → 422, never the other command\'s answer', async () => {
    await api.admin.post('/academies/400001/kpi-targets').set('Idempotency-Key', 'cross-route').send({ academicYear: '2022/23', kpi: 'teaching', target: 80 }).expect(201);
    const head = await api.head();
    const response = await api.admin
      .post('/academies/400001/kpis')
      .set('Idempotency-Key', 'cross-route')
      .send({ kpi: 'teaching', academicYear: '2022/23', term: 'autumn', value: 81 })
      .expect(422);
    expect(errorAnswer(response).message).toContain('Idempotency-Key');
    expect(await api.head()).toBe(head);
  });

  it('two concurrent identical requests append one event and both get the same answer', async () => {
    const head = await api.head();
    const send = () =>
      api.admin
        .post('/academies/400001/kpis')
        .set('Idempotency-Key', 'concurrent')
        .send({ kpi: 'transition', academicYear: '2024/25', term: 'summer', value: 97 });

    const answers = await Promise.all([send(), send(), send(), send()]);

    for (const answer of answers) {
      expect(answer.status).toBe(201);
      expect(answer.body).toEqual(answers[0].body);
    }
    expect(await api.head()).toBe(head + 1n);
    expect(commandAnswer(answers[0]).position).toBe((head + 1n).toString());
  });

  it('a command that fails releases its key, so a retry runs it again', async () => {
    const body = { kpi: 'curriculum', academicYear: '2024/25', term: 'autumn', value: 2 };
    const refused = await api.admin.post('/academies/400004/kpis').set('Idempotency-Key', 'released').send(body).expect(404);
    expect(errorAnswer(refused).statusCode).toBe(404);

    await registerAcademy(api.server, '400004');
    const retried = await api.admin.post('/academies/400004/kpis').set('Idempotency-Key', 'released').send(body).expect(201);
    expect(commandAnswer(retried).events).toEqual(['KpiRecorded']);
  });

  it('a bad request is not remembered either', async () => {
    await api.admin.post('/academies/400001/kpis').set('Idempotency-Key', 'bad-then-good').send({ ...figure, term: 'winter' }).expect(400);
    await api.admin
      .post('/academies/400001/kpis')
      .set('Idempotency-Key', 'bad-then-good')
      .send({ ...figure, academicYear: '2023/24' })
      .expect(201);
  });

  it('400 naming the header when the key is malformed', async () => {
    const head = await api.head();
    const response = await api.admin
      .post('/academies/400001/kpis')
      .set('Idempotency-Key', 'x'.repeat(256))
      .send({ ...figure, academicYear: '2022/23' })
      .expect(400);
    expect(errorAnswer(response).fields).toEqual(['Idempotency-Key']);
    expect(await api.head()).toBe(head);
  });

  it('the key is stored in the metadata of the events appended', async () => {
    await api.admin.post('/academies/400001/kpis').set('Idempotency-Key', 'in-metadata').send({ ...figure, kpi: 'teaching' }).expect(201);
    const events = await api.streamEvents('academy-400001');
    expect(events.at(-1)?.metadata.idempotencyKey).toBe('in-metadata');
  });

  it('with its stored answer lost, a retry is still answered from the stream and appends nothing', async () => {
    const first = await api.admin
      .post('/academies/400001/kpis')
      .set('Idempotency-Key', 'crash-safety')
      .send({ ...figure, kpi: 'attendance', nationalAverage: 94 })
      .expect(201);
    // As if the process had died between the append and storing the answer.
    await api.database.pool.query(`DELETE FROM idempotency_keys WHERE key = 'crash-safety'`);
    const head = await api.head();

    const retry = await api.admin
      .post('/academies/400001/kpis')
      .set('Idempotency-Key', 'crash-safety')
      .send({ ...figure, kpi: 'attendance', nationalAverage: 94 })
      .expect(201);

    expect(retry.body).toEqual(first.body);
    expect(await api.head()).toBe(head);
  });

  it("a key is its user's own: another user sending the same key and body is not given the first user's answer", async () => {
    const body = { kpi: 'progress', academicYear: '2021/22', term: 'autumn', value: 60 };
    await api.admin.post('/academies/400001/kpis').set('Idempotency-Key', 'per-user').send(body).expect(201);
    const director = api.as(await tokenFor({ roles: ['improvement-director'], sub: 'director-1' }));

    const other = await director.post('/academies/400001/kpis').set('Idempotency-Key', 'per-user').send(body).expect(409);

    expect(other.headers['idempotent-replayed']).toBeUndefined();
    expect(errorAnswer(other).message).toContain('already');
  });
});
