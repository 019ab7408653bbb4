import { commandAnswer, errorAnswer, registerAcademy, startTestApp, type TestApp } from './test-support/test-app.js';

/* The evidence routes: what each stores, and the 400, 404, 409 and 422 each answers. */

const GOOD_2024 = { 'quality-of-education': 'good', 'behaviour-and-attitudes': 'outstanding', 'personal-development': 'good', 'leadership-and-management': 'good' };
const EXPECTED_2025 = {
  inclusion: 'expected-standard',
  'curriculum-and-teaching': 'strong-standard',
  achievement: 'expected-standard',
  'attendance-and-behaviour': 'exceptional',
  'personal-development-and-wellbeing': 'expected-standard',
  'leadership-and-governance': 'strong-standard',
};

/** A valid body for each route, recorded once on the academy under test. */
const VALID: Record<string, Record<string, unknown>> = {
  inspections: { inspectedOn: '2023-05-10', framework: 'eif-2019', overallEffectiveness: 'good' },
  'annual-reviews': { academicYear: '2024/25', capacityToImprove: true, summary: 'Leaders know the school well.' },
  outcomes: { academicYear: '2024/25', direction: 'negative' },
  'risk-assessments': { assessedOn: '2025-07-01', level: 'medium', risks: [{ title: 'Falling rolls', owner: 'Business manager' }, { title: 'Attendance' }] },
  baseline: { assessedOn: '2019-06-12', summary: 'Reading below national; curriculum leadership strong.', capacity: 'taker' },
  'sip-assignments': { sipId: 'sip-jane', name: 'Jane Doe', approvedOn: '2025-07-10' },
  'sip-visits': { visitedOn: '2025-09-03', reportSummary: 'Phonics teaching consistent across KS1.' },
  reviews: { academicYear: '2024/25', term: 'summer', completedOn: '2025-06-20', summary: 'Curriculum sequencing now coherent.' },
};

const EVENT_OF_ROUTE: Record<string, string> = {
  inspections: 'InspectionRecorded',
  'annual-reviews': 'AnnualReviewRecorded',
  outcomes: 'OutcomeRecorded',
  'risk-assessments': 'RiskAssessed',
  baseline: 'BaselineAssessed',
  'sip-assignments': 'SipAssigned',
  'sip-visits': 'SipVisitRecorded',
  reviews: 'CommissionedReviewCompleted',
};

/** A change to each valid body: the same Idempotency-Key with it is another request. */
const ANOTHER: Record<string, Record<string, unknown>> = {
  inspections: { overallEffectiveness: 'outstanding' },
  'annual-reviews': { summary: 'Another summary.' },
  outcomes: { direction: 'positive' },
  'risk-assessments': { level: 'high' },
  baseline: { capacity: 'giver' },
  'sip-assignments': { name: 'Janet Doe' },
  'sip-visits': { reportSummary: 'Another report.' },
  reviews: { summary: 'Another summary.' },
};

// In the order a SIP visit needs: the partner is assigned before the visit.
const ROUTES = Object.keys(VALID);

describe('Evidence over HTTP', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ clock: () => new Date('2025-09-08T09:00:00.000Z') });
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  describe('recording each kind of evidence', () => {
    const academy = '910001';

    beforeAll(async () => {
      await registerAcademy(api.server, academy);
    });

    it.each(ROUTES)('POST /academies/:id/%s answers 201 with the event appended, storing the body as sent', async (route) => {
      const response = await api.admin.post(`/academies/${academy}/${route}`).send(VALID[route]).expect(201);
      expect(response.body).toEqual({ id: academy, streamId: `academy-${academy}`, position: expect.stringMatching(/^\d+$/) as unknown, events: [EVENT_OF_ROUTE[route]] });
      const event = (await api.streamEvents(`academy-${academy}`)).find((recorded) => recorded.position.toString() === commandAnswer(response).position);
      expect(event?.type).toBe(EVENT_OF_ROUTE[route]);
      expect(event?.data).toMatchObject({ academyId: academy });
    });

    it('stores a risk without an owner as owned by nobody, and a visit with the partner assigned', async () => {
      const events = await api.streamEvents(`academy-${academy}`);
      expect(events.find((event) => event.type === 'RiskAssessed')?.data).toEqual({
        academyId: academy,
        assessedOn: '2025-07-01',
        level: 'medium',
        risks: [
          { title: 'Falling rolls', owner: 'Business manager' },
          { title: 'Attendance', owner: null },
        ],
      });
      expect(events.find((event) => event.type === 'SipVisitRecorded')?.data).toEqual({
        academyId: academy,
        sipId: 'sip-jane',
        visitedOn: '2025-09-03',
        reportSummary: 'Phonics teaching consistent across KS1.',
      });
    });

    it('records inspections under each framework with their own grades', async () => {
      await api.admin.post(`/academies/${academy}/inspections`).send({ inspectedOn: '2024-11-06', framework: 'eif-2024', grades: { ...GOOD_2024, 'early-years': 'good' } }).expect(201);
      const reportCard = await api.admin
        .post(`/academies/${academy}/inspections`)
        .send({ inspectedOn: '2025-06-11', framework: 'report-card-2025', grades: EXPECTED_2025, safeguarding: 'met' })
        .expect(201);
      const inspections = (await api.streamEvents(`academy-${academy}`)).filter((event) => event.type === 'InspectionRecorded').map((event) => event.data);
      expect(inspections).toEqual([
        { academyId: academy, inspectedOn: '2023-05-10', framework: 'eif-2019', overallEffectiveness: 'good' },
        { academyId: academy, inspectedOn: '2024-11-06', framework: 'eif-2024', grades: { ...GOOD_2024, 'early-years': 'good' } },
        { academyId: academy, inspectedOn: '2025-06-11', framework: 'report-card-2025', grades: EXPECTED_2025, safeguarding: 'met' },
      ]);
      const card = await api.admin.get(`/academies/${academy}/card`).query({ minPosition: commandAnswer(reportCard).position }).expect(200);
      expect(card.body).toMatchObject({
        overallEffectiveness: { framework: 'report-card-2025', grade: null, belowGood: false },
        latestInspection: { inspectedOn: '2025-06-11', framework: 'report-card-2025', safeguarding: 'met' },
        riskLevel: 'medium',
        sip: { sipId: 'sip-jane', name: 'Jane Doe', approvedOn: '2025-07-10' },
      });
    });

    it('answers 201 with no events when the partner already assigned is assigned again', async () => {
      const head = await api.head();
      const response = await api.admin.post(`/academies/${academy}/sip-assignments`).send(VALID['sip-assignments']).expect(201);
      expect(commandAnswer(response).events).toEqual([]);
      expect(await api.head()).toBe(head);
    });

    it.each(['inspections', 'annual-reviews', 'outcomes', 'baseline', 'sip-visits', 'reviews'])('409 when POST /academies/:id/%s records the same evidence twice', async (route) => {
      const head = await api.head();
      const response = await api.admin.post(`/academies/${academy}/${route}`).send(VALID[route]).expect(409);
      expect(errorAnswer(response)).toMatchObject({ statusCode: 409, error: 'Conflict', message: expect.stringContaining('already recorded') as unknown });
      expect(await api.head()).toBe(head);
    });
  });

  describe('refusals', () => {
    const academy = '920001';

    beforeAll(async () => {
      await registerAcademy(api.server, academy);
    });

    it.each(ROUTES)('404 for POST /academies/:id/%s on an unregistered academy; nothing is stored', async (route) => {
      const head = await api.head();
      const response = await api.admin.post(`/academies/929999/${route}`).send(VALID[route]).expect(404);
      expect(response.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'academy 929999 is not registered' });
      expect(await api.head()).toBe(head);
    });

    it('422 for a SIP visit to an academy with no partner assigned', async () => {
      const head = await api.head();
      const response = await api.admin.post(`/academies/${academy}/sip-visits`).send(VALID['sip-visits']).expect(422);
      expect(errorAnswer(response).message).toBe(`academy ${academy} has no School Improvement Partner assigned; assign one before recording a visit`);
      expect(await api.head()).toBe(head);
    });

    it.each(ROUTES.filter((route) => route !== 'sip-visits'))('422 for POST /academies/:id/%s with an Idempotency-Key already used for another body', async (route) => {
      await api.admin.post(`/academies/${academy}/${route}`).set('Idempotency-Key', `evidence-${route}`).send(VALID[route]).expect(201);
      const head = await api.head();
      const response = await api.admin.post(`/academies/${academy}/${route}`).set('Idempotency-Key', `evidence-${route}`).send({ ...VALID[route]!, ...ANOTHER[route] }).expect(422);
      expect(errorAnswer(response).message).toContain('Idempotency-Key');
      expect(await api.head()).toBe(head);
    });
  });

  describe('validation: 400 names the bad field and nothing is stored', () => {
    const academy = '930001';
    type Case = [route: string, description: string, field: string, body: Record<string, unknown>];
    const withField = (route: string, fields: Record<string, unknown>): Record<string, unknown> => ({ ...VALID[route]!, ...fields });
    const without = (route: string, field: string): Record<string, unknown> => Object.fromEntries(Object.entries(VALID[route]!).filter(([key]) => key !== field));

    const cases: Case[] = [
      ['inspections', 'inspectedOn missing', 'inspectedOn', without('inspections', 'inspectedOn')],
      ['inspections', 'inspectedOn not a date', 'inspectedOn', withField('inspections', { inspectedOn: '10 May 2023' })],
      ['inspections', 'inspectedOn not a real date', 'inspectedOn', withField('inspections', { inspectedOn: '2023-02-30' })],
      ['inspections', 'inspectedOn in the future', 'inspectedOn', withField('inspections', { inspectedOn: '2025-09-09' })],
      ['inspections', 'framework unknown', 'framework', withField('inspections', { framework: 'eif-2015' })],
      ['inspections', 'overallEffectiveness unknown', 'overallEffectiveness', withField('inspections', { overallEffectiveness: 'satisfactory' })],
      ['inspections', 'eif-2019 without overallEffectiveness', 'overallEffectiveness', without('inspections', 'overallEffectiveness')],
      ['inspections', 'eif-2019 with grades', 'grades', withField('inspections', { grades: GOOD_2024 })],
      ['inspections', 'eif-2024 with an overall grade', 'overallEffectiveness', { inspectedOn: '2024-11-06', framework: 'eif-2024', grades: GOOD_2024, overallEffectiveness: 'good' }],
      ['inspections', 'eif-2024 without grades', 'grades', { inspectedOn: '2024-11-06', framework: 'eif-2024' }],
      ['inspections', 'eif-2024 grades not an object', 'grades', { inspectedOn: '2024-11-06', framework: 'eif-2024', grades: 'good' }],
      ['inspections', 'eif-2024 missing an area', 'grades.personal-development', { inspectedOn: '2024-11-06', framework: 'eif-2024', grades: { ...GOOD_2024, 'personal-development': undefined } }],
      ['inspections', 'eif-2024 with a report card grade', 'grades.quality-of-education', { inspectedOn: '2024-11-06', framework: 'eif-2024', grades: { ...GOOD_2024, 'quality-of-education': 'strong-standard' } }],
      ['inspections', 'eif-2024 with an unknown area', 'grades.achievement', { inspectedOn: '2024-11-06', framework: 'eif-2024', grades: { ...GOOD_2024, achievement: 'good' } }],
      ['inspections', 'eif-2024 with safeguarding', 'safeguarding', { inspectedOn: '2024-11-06', framework: 'eif-2024', grades: GOOD_2024, safeguarding: 'met' }],
      ['inspections', 'report-card-2025 without safeguarding', 'safeguarding', { inspectedOn: '2025-06-11', framework: 'report-card-2025', grades: EXPECTED_2025 }],
      ['inspections', 'safeguarding unknown', 'safeguarding', { inspectedOn: '2025-06-11', framework: 'report-card-2025', grades: EXPECTED_2025, safeguarding: 'partly' }],
      ['inspections', 'an unknown field', 'leadOfficer', withField('inspections', { leadOfficer: 'HMI' })],
      ['annual-reviews', 'academicYear malformed', 'academicYear', withField('annual-reviews', { academicYear: '2024-25' })],
      ['annual-reviews', 'academicYear in the future', 'academicYear', withField('annual-reviews', { academicYear: '2026/27' })],
      ['annual-reviews', 'capacityToImprove not a boolean', 'capacityToImprove', withField('annual-reviews', { capacityToImprove: 'yes' })],
      ['annual-reviews', 'capacityToImprove missing', 'capacityToImprove', without('annual-reviews', 'capacityToImprove')],
      ['annual-reviews', 'summary blank', 'summary', withField('annual-reviews', { summary: '   ' })],
      ['annual-reviews', 'summary too long', 'summary', withField('annual-reviews', { summary: 'x'.repeat(4001) })],
      ['outcomes', 'direction unknown', 'direction', withField('outcomes', { direction: 'flat' })],
      ['outcomes', 'academicYear not consecutive', 'academicYear', withField('outcomes', { academicYear: '2024/26' })],
      ['outcomes', 'academicYear missing', 'academicYear', without('outcomes', 'academicYear')],
      ['risk-assessments', 'level unknown', 'level', withField('risk-assessments', { level: 'severe' })],
      ['risk-assessments', 'assessedOn in the future', 'assessedOn', withField('risk-assessments', { assessedOn: '2026-01-01' })],
      ['risk-assessments', 'risks missing', 'risks', without('risk-assessments', 'risks')],
      ['risk-assessments', 'risks not a list', 'risks', withField('risk-assessments', { risks: 'falling rolls' })],
      ['risk-assessments', 'a risk without a title', 'risks.0.title', withField('risk-assessments', { risks: [{ owner: 'Head' }] })],
      ['risk-assessments', 'a risk with an unknown field', 'risks.0.likelihood', withField('risk-assessments', { risks: [{ title: 'Rolls', likelihood: 'high' }] })],
      ['risk-assessments', 'a risk owner blank', 'risks.1.owner', withField('risk-assessments', { risks: [{ title: 'Rolls' }, { title: 'Staff', owner: '' }] })],
      ['baseline', 'capacity unknown', 'capacity', withField('baseline', { capacity: 'maker' })],
      ['baseline', 'assessedOn not a date', 'assessedOn', withField('baseline', { assessedOn: 'June 2019' })],
      ['baseline', 'summary not text', 'summary', withField('baseline', { summary: 7 })],
      ['sip-assignments', 'sipId missing', 'sipId', without('sip-assignments', 'sipId')],
      ['sip-assignments', 'name too long', 'name', withField('sip-assignments', { name: 'x'.repeat(201) })],
      ['sip-assignments', 'approvedOn in the future', 'approvedOn', withField('sip-assignments', { approvedOn: '2025-12-01' })],
      ['sip-visits', 'visitedOn not a date', 'visitedOn', withField('sip-visits', { visitedOn: '2025/09/03' })],
      ['sip-visits', 'reportSummary missing', 'reportSummary', without('sip-visits', 'reportSummary')],
      ['reviews', 'term unknown', 'term', withField('reviews', { term: 'winter' })],
      ['reviews', 'completedOn outside the academic year', 'completedOn', withField('reviews', { completedOn: '2025-09-02' })],
      ['reviews', 'academicYear malformed', 'academicYear', withField('reviews', { academicYear: '24/25' })],
      ['reviews', 'summary missing', 'summary', without('reviews', 'summary')],
    ];

    beforeAll(async () => {
      await registerAcademy(api.server, academy);
      await api.admin.post(`/academies/${academy}/sip-assignments`).send(VALID['sip-assignments']).expect(201);
    });

    it.each(cases)('POST /academies/:id/%s: %s → 400 naming %s', async (route, _description, field, body) => {
      const head = await api.head();
      const response = await api.admin.post(`/academies/${academy}/${route}`).send(body).expect(400);
      expect(response.body).toEqual({ statusCode: 400, error: 'Bad Request', message: expect.any(Array) as unknown, fields: [field] });
      expect(await api.head()).toBe(head);
    });

    it.each(ROUTES)('POST /academies/:id/%s with an id that is not a URN → 400 naming id', async (route) => {
      const response = await api.admin.post(`/academies/93000x/${route}`).send(VALID[route]).expect(400);
      expect(errorAnswer(response).fields).toEqual(['id']);
    });

    it('names every bad field when several are bad', async () => {
      const response = await api.admin.post(`/academies/${academy}/reviews`).send({ academicYear: 'x', term: 'y', completedOn: 'z', summary: 1 }).expect(400);
      expect([...errorAnswer(response).fields!].sort()).toEqual(['academicYear', 'completedOn', 'summary', 'term']);
    });
  });
});
