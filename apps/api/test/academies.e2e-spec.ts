import { commandAnswer, errorAnswer, registerAcademy, registration, startTestApp, type TestApp } from './test-support/test-app.js';

const POSITION = expect.stringMatching(/^\d+$/) as unknown as string;

describe('Academies over HTTP', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  describe('happy paths', () => {
    it('POST /academies registers an academy and answers 201 with the command answer', async () => {
      const response = await api.admin
        .post('/academies')
        .send(registration('100001', { name: 'Oakfield Primary Academy', predecessorUrns: ['110001'] }))
        .expect(201);

      expect(response.body).toEqual({ id: '100001', streamId: 'academy-100001', position: POSITION, events: ['AcademyRegistered'] });
      const [event] = await api.streamEvents('academy-100001');
      expect(event?.type).toBe('AcademyRegistered');
      expect(event?.position.toString()).toBe(commandAnswer(response).position);
      expect(event?.data).toEqual({
        academyId: '100001',
        name: 'Oakfield Primary Academy',
        phase: 'primary',
        hub: 'North',
        joinedOn: '2019-09-01',
        predecessorUrns: ['110001'],
      });
    });

    it('POST /academies/:id/kpi-targets, /kpis and /kpis/corrections answer 201 with the event each appended', async () => {
      await registerAcademy(api.server, '100002');

      const target = await api.admin
        .post('/academies/100002/kpi-targets')
        .send({ academicYear: '2024/25', kpi: 'progress', target: 80 })
        .expect(201);
      expect(target.body).toEqual({ id: '100002', streamId: 'academy-100002', position: POSITION, events: ['KpiTargetSet'] });

      const figure = await api.admin
        .post('/academies/100002/kpis')
        .send({ kpi: 'progress', academicYear: '2024/25', term: 'autumn', value: 70 })
        .expect(201);
      expect(figure.body).toEqual({ id: '100002', streamId: 'academy-100002', position: POSITION, events: ['KpiRecorded'] });

      const correction = await api.admin
        .post('/academies/100002/kpis/corrections')
        .send({ kpi: 'progress', academicYear: '2024/25', term: 'autumn', value: 78, reason: 'Moderated assessment' })
        .expect(201);
      expect(correction.body).toEqual({ id: '100002', streamId: 'academy-100002', position: POSITION, events: ['KpiCorrected'] });

      const positions = [target, figure, correction].map((response) => BigInt(commandAnswer(response).position));
      expect(positions[0]! < positions[1]! && positions[1]! < positions[2]!).toBe(true);
    });

    it('a command that changes nothing answers 201 with no events and appends nothing', async () => {
      await registerAcademy(api.server, '100003');
      await api.admin.post('/academies/100003/kpi-targets').send({ academicYear: '2024/25', kpi: 'teaching', target: 85 }).expect(201);
      const head = await api.head();

      const again = await api.admin.post('/academies/100003/kpi-targets').send({ academicYear: '2024/25', kpi: 'teaching', target: 85 }).expect(201);

      expect(again.body).toEqual({ id: '100003', streamId: 'academy-100003', position: head.toString(), events: [] });
      expect(await api.head()).toBe(head);
    });

    it('GET /academies lists the academies (read your write with minPosition)', async () => {
      const registered = await registerAcademy(api.server, '100004', { name: 'Riverside Academy', phase: 'secondary', hub: 'South' });

      const response = await api.admin.get('/academies').query({ minPosition: registered.position }).expect(200);

      expect(Array.isArray(response.body)).toBe(true);
      expect(response.body).toContainEqual({
        academyId: '100004',
        name: 'Riverside Academy',
        phase: 'secondary',
        hub: 'South',
        tier: null,
        ragSummary: { green: 0, amber: 0, red: 0, grey: 0 },
      });
    });

    it('GET /academies/:id/card shows targets, figures and RAG after a target, a figure and a correction', async () => {
      await registerAcademy(api.server, '100005', { predecessorUrns: ['110005'] });
      const post = (path: string, body: Record<string, unknown>) => api.admin.post(`/academies/100005${path}`).send(body).expect(201);
      await post('/kpi-targets', { academicYear: '2024/25', kpi: 'attendance', target: 96 });
      await post('/kpi-targets', { academicYear: '2024/25', kpi: 'curriculum', target: 2 });
      await post('/kpis', { kpi: 'attendance', academicYear: '2024/25', term: 'autumn', value: 94.5, nationalAverage: 94.1 });
      await post('/kpis', { kpi: 'curriculum', academicYear: '2024/25', term: 'autumn', value: 2 });
      const correction = await post('/kpis/corrections', {
        kpi: 'attendance',
        academicYear: '2024/25',
        term: 'autumn',
        value: 95.5,
        reason: 'Late registers entered',
      });

      const response = await api.admin.get('/academies/100005/card').query({ minPosition: commandAnswer(correction).position }).expect(200);

      expect(response.body).toMatchObject({
        academyId: '100005',
        name: 'Academy 100005',
        phase: 'primary',
        hub: 'North',
        joinedOn: '2019-09-01',
        predecessorUrns: ['110005'],
        tier: null,
        overallEffectiveness: null,
        riskLevel: null,
        sip: null,
        nextAim: null,
        kpis: [
          // Attendance 95.5 against 96: within 1 point → amber (it was red at 94.5 before the correction).
          { kpi: 'curriculum', academicYear: '2024/25', term: 'autumn', value: 2, target: 2, nationalAverage: null, source: 'academy-data', rag: 'green', corrected: false },
          { kpi: 'attendance', academicYear: '2024/25', term: 'autumn', value: 95.5, target: 96, nationalAverage: 94.1, rag: 'amber', corrected: true },
        ],
        ragSummary: { green: 1, amber: 1, red: 0, grey: 0 },
      });
    });

    it('stores the actor, correlation id, causation id and idempotency key in every event\'s metadata', async () => {
      const response = await api.admin
        .post('/academies')
        .set('X-Correlation-Id', 'corr-123')
        .set('Idempotency-Key', 'metadata-key-1')
        .send(registration('100006'))
        .expect(201);

      expect(response.headers['x-correlation-id']).toBe('corr-123');
      const [event] = await api.streamEvents('academy-100006');
      expect(event?.metadata).toEqual({
        actor: { userId: 'test-admin', role: 'trust-admin' },
        correlationId: 'corr-123',
        causationId: response.headers['x-request-id'],
        idempotencyKey: 'metadata-key-1',
        commandType: 'RegisterAcademy',
      });
    });

    it('makes a new correlation id when none is sent, and echoes it', async () => {
      const response = await api.admin.post('/academies').send(registration('100007')).expect(201);

      const correlationId = response.headers['x-correlation-id'];
      expect(correlationId).toMatch(/^[0-9a-f-]{36}$/);
      const [event] = await api.streamEvents('academy-100007');
      expect(event?.metadata.correlationId).toBe(correlationId);
      expect(event?.metadata.idempotencyKey).toBeNull();
    });
  });

  describe('refusals', () => {
    beforeAll(async () => {
      await registerAcademy(api.server, '200001');
      await api.admin.post('/academies/200001/kpis').send({ kpi: 'teaching', academicYear: '2024/25', term: 'spring', value: 88 }).expect(201);
    });

    it('404 for a command on an unregistered academy, and nothing is stored', async () => {
      const head = await api.head();
      for (const [path, body] of [
        ['/kpi-targets', { academicYear: '2024/25', kpi: 'progress', target: 80 }],
        ['/kpis', { kpi: 'progress', academicYear: '2024/25', term: 'autumn', value: 70 }],
        ['/kpis/corrections', { kpi: 'progress', academicYear: '2024/25', term: 'autumn', value: 70, reason: 'typo' }],
      ] as const) {
        const response = await api.admin.post(`/academies/299999${path}`).send(body).expect(404);
        expect(response.body).toEqual({ statusCode: 404, error: 'Not Found', message: expect.stringContaining('299999') as unknown });
      }
      expect(await api.head()).toBe(head);
    });

    it('404 for the card of an unknown academy', async () => {
      const response = await api.admin.get('/academies/299999/card').expect(404);
      expect(response.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'academy 299999 is not registered' });
    });

    it('409 when registering an academy twice', async () => {
      const head = await api.head();
      const response = await api.admin.post('/academies').send(registration('200001')).expect(409);
      expect(response.body).toEqual({ statusCode: 409, error: 'Conflict', message: expect.stringContaining('already registered') as unknown });
      expect(await api.head()).toBe(head);
    });

    it('409 when recording a figure twice', async () => {
      const head = await api.head();
      const response = await api.admin
        .post('/academies/200001/kpis')
        .send({ kpi: 'teaching', academicYear: '2024/25', term: 'spring', value: 90 })
        .expect(409);
      expect(errorAnswer(response)).toMatchObject({ statusCode: 409, error: 'Conflict' });
      expect(await api.head()).toBe(head);
    });

    it('422 when correcting a figure never recorded', async () => {
      const head = await api.head();
      const response = await api.admin
        .post('/academies/200001/kpis/corrections')
        .send({ kpi: 'teaching', academicYear: '2024/25', term: 'summer', value: 90, reason: 'Re-moderated' })
        .expect(422);
      expect(response.body).toEqual({ statusCode: 422, error: 'Unprocessable Entity', message: expect.stringContaining('never been recorded') as unknown });
      expect(await api.head()).toBe(head);
    });

    it('404 for an unknown route', async () => {
      await api.admin.get('/nowhere').expect(404);
    });
  });

  describe('validation: 400 names the bad field and nothing is stored', () => {
    const academy = '300001';
    const validTarget = { academicYear: '2024/25', kpi: 'attendance', target: 96 };
    const validFigure = { kpi: 'attendance', academicYear: '2024/25', term: 'autumn', value: 95.2, nationalAverage: 94.1 };
    const validCorrection = { kpi: 'attendance', academicYear: '2024/25', term: 'autumn', value: 95.4, reason: 'Late registers' };

    type Case = [description: string, field: string, body: Record<string, unknown>];

    const registrationCases: Case[] = [
      ['academyId not 6 digits', 'academyId', registration('12345')],
      ['academyId a number', 'academyId', registration('300009', { academyId: 300009 })],
      ['academyId missing', 'academyId', { name: 'A', phase: 'primary', hub: 'North', joinedOn: '2019-09-01' }],
      ['name missing', 'name', { academyId: '300009', phase: 'primary', hub: 'North', joinedOn: '2019-09-01' }],
      ['name blank', 'name', registration('300009', { name: '   ' })],
      ['name too long', 'name', registration('300009', { name: 'x'.repeat(201) })],
      ['phase unknown', 'phase', registration('300009', { phase: 'nursery' })],
      ['hub empty', 'hub', registration('300009', { hub: '' })],
      ['hub not text', 'hub', registration('300009', { hub: 7 })],
      ['joinedOn not a date', 'joinedOn', registration('300009', { joinedOn: '1 Sept 2019' })],
      ['joinedOn not a real date', 'joinedOn', registration('300009', { joinedOn: '2023-02-30' })],
      ['joinedOn in the future', 'joinedOn', registration('300009', { joinedOn: '2999-09-01' })],
      ['predecessorUrns not an array', 'predecessorUrns', registration('300009', { predecessorUrns: '110001' })],
      ['predecessorUrns with a bad URN', 'predecessorUrns', registration('300009', { predecessorUrns: ['11000'] })],
      ["predecessorUrns listing the academy's own URN", 'predecessorUrns[0]', registration('300009', { predecessorUrns: ['300009'] })],
      ['an unknown field', 'tier', registration('300009', { tier: 1 })],
    ];

    const targetCases: Case[] = [
      ['academicYear malformed', 'academicYear', { ...validTarget, academicYear: '2024-25' }],
      ['academicYear not consecutive', 'academicYear', { ...validTarget, academicYear: '2024/26' }],
      ['academicYear missing', 'academicYear', { kpi: 'attendance', target: 96 }],
      ['kpi unknown', 'kpi', { ...validTarget, kpi: 'happiness' }],
      ['target not a number', 'target', { ...validTarget, target: '96' }],
      ['target out of range', 'target', { ...validTarget, target: 101 }],
      ['curriculum target not a grade', 'target', { ...validTarget, kpi: 'curriculum', target: 1.5 }],
      ['an unknown field', 'term', { ...validTarget, term: 'autumn' }],
    ];

    const figureCases: Case[] = [
      ['kpi unknown', 'kpi', { ...validFigure, kpi: 'wellbeing' }],
      ['kpi missing', 'kpi', { academicYear: '2024/25', term: 'autumn', value: 95 }],
      ['academicYear malformed', 'academicYear', { ...validFigure, academicYear: '24/25' }],
      ['term unknown', 'term', { ...validFigure, term: 'winter' }],
      ['value not a number', 'value', { ...validFigure, value: 'high' }],
      ['value negative', 'value', { ...validFigure, value: -1 }],
      ['value with too many decimals', 'value', { ...validFigure, value: 95.123 }],
      ['curriculum value not a grade', 'value', { ...validFigure, kpi: 'curriculum', value: 5 }],
      ['nationalAverage not a number', 'nationalAverage', { ...validFigure, nationalAverage: 'ninety' }],
      ['nationalAverage over 100', 'nationalAverage', { ...validFigure, nationalAverage: 100.5 }],
      ['an unknown field', 'reason', { ...validFigure, reason: 'x' }],
    ];

    const correctionCases: Case[] = [
      ['kpi unknown', 'kpi', { ...validCorrection, kpi: 'attainment' }],
      ['academicYear malformed', 'academicYear', { ...validCorrection, academicYear: '2024' }],
      ['term unknown', 'term', { ...validCorrection, term: 'easter' }],
      ['value not a number', 'value', { ...validCorrection, value: null }],
      ['value out of range', 'value', { ...validCorrection, value: 100.01 }],
      ['reason missing', 'reason', { kpi: 'attendance', academicYear: '2024/25', term: 'autumn', value: 95 }],
      ['reason blank', 'reason', { ...validCorrection, reason: '  ' }],
      ['reason too long', 'reason', { ...validCorrection, reason: 'x'.repeat(2001) }],
      ['an unknown field', 'nationalAverage', { ...validCorrection, nationalAverage: 94 }],
    ];

    beforeAll(async () => {
      await registerAcademy(api.server, academy);
      await api.admin.post(`/academies/${academy}/kpis`).send(validFigure).expect(201);
    });

    async function expectBadRequest(path: string, body: unknown, field: string): Promise<void> {
      const head = await api.head();
      const response = await api.admin.post(path).send(body as object).expect(400);
      expect(response.body).toEqual({ statusCode: 400, error: 'Bad Request', message: expect.any(Array) as unknown, fields: [field] });
      expect(errorAnswer(response).message.length).toBeGreaterThan(0);
      expect(await api.head()).toBe(head);
    }

    it.each(registrationCases)('POST /academies: %s → 400 naming %s', async (_description, field, body) => {
      await expectBadRequest('/academies', body, field);
    });

    it.each(targetCases)('POST /academies/:id/kpi-targets: %s → 400 naming %s', async (_description, field, body) => {
      await expectBadRequest(`/academies/${academy}/kpi-targets`, body, field);
    });

    it.each(figureCases)('POST /academies/:id/kpis: %s → 400 naming %s', async (_description, field, body) => {
      await expectBadRequest(`/academies/${academy}/kpis`, body, field);
    });

    it.each(correctionCases)('POST /academies/:id/kpis/corrections: %s → 400 naming %s', async (_description, field, body) => {
      await expectBadRequest(`/academies/${academy}/kpis/corrections`, body, field);
    });

    it.each(['/kpi-targets', '/kpis', '/kpis/corrections'])('POST /academies/:id%s with an id that is not a URN → 400 naming id', async (path) => {
      await expectBadRequest(`/academies/30001x${path}`, validCorrection, 'id');
    });

    it('names every bad field when several are bad', async () => {
      const response = await api.admin.post(`/academies/${academy}/kpis`).send({ kpi: 'x', academicYear: 'y', term: 'z', value: 'v' }).expect(400);
      expect([...errorAnswer(response).fields!].sort()).toEqual(['academicYear', 'kpi', 'term', 'value']);
    });

    it('400 for a body that is not JSON, or not a JSON object', async () => {
      const head = await api.head();
      const malformed = await api.admin.post('/academies').set('Content-Type', 'application/json').send('{"academyId": ').expect(400);
      expect(malformed.body).toEqual({ statusCode: 400, error: 'Bad Request', message: expect.any(Array) as unknown, fields: ['body'] });
      const array = await api.admin.post('/academies').send([registration('300010')]).expect(400);
      expect(errorAnswer(array).fields).toEqual(['body']);
      expect(await api.head()).toBe(head);
    });

    it('400 for a GET with an id that is not a URN', async () => {
      const response = await api.admin.get('/academies/1234567/card').expect(400);
      expect(errorAnswer(response).fields).toEqual(['id']);
    });

    it.each(['-1', '1.5', 'abc', '99999999999999999999'])('400 for minPosition=%s', async (minPosition) => {
      const list = await api.admin.get('/academies').query({ minPosition }).expect(400);
      expect(errorAnswer(list).fields).toEqual(['minPosition']);
      const card = await api.admin.get(`/academies/${academy}/card`).query({ minPosition }).expect(400);
      expect(errorAnswer(card).fields).toEqual(['minPosition']);
    });

    it('400 for an unknown query parameter', async () => {
      const response = await api.admin.get('/academies').query({ since: '2024-01-01T00:00:00Z' }).expect(400);
      expect(errorAnswer(response).fields).toEqual(['since']);
    });
  });
});
