import { commandAnswer, errorAnswer, registerAcademy, startTestApp, type CommandAnswerBody, type TestApp } from './test-support/test-app.js';
import { tokenFor } from './test-support/tokens.js';

/*
 * The standards committee's audit question, over HTTP: what evidence was known when a tier decision
 * was made, who made it, and why it differed from the rule's recommendation. Evidence is recorded, a
 * tier decided, newer evidence recorded, the tier revised; the history must still show the first
 * decision exactly as it was made.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface Snapshot {
  outcomes: { academicYear: string; direction: string; position: string }[];
  inspection: Record<string, unknown> | null;
  annualReview: Record<string, unknown> | null;
  riskAssessment: { assessedOn: string; level: string; position: string } | null;
}

interface Recommendation {
  academyId: string;
  academicYear: string;
  recommendedTier: number | null;
  reasons: string[];
  missing: string[];
  evidence: Snapshot;
  position: string;
}

interface HistoryEntry {
  decisionId: string;
  academyId: string;
  academicYear: string;
  tier: number;
  recommendedTier: number;
  override: boolean;
  rationale: string | null;
  decidedBy: { userId: string; name: string; role: string };
  decidedOn: string;
  recordedAt: string;
  decidedAt: string;
  evidence: Snapshot;
  reasons: string[];
  missing: string[];
  supersedes: string | null;
  supersededBy: string | null;
  position: string;
}

describe('Tier decisions the standards committee can audit', () => {
  let api: TestApp;
  // The trust's clock: decisions are dated by it, and evidence may not be dated after it.
  let now = new Date('2025-09-08T09:00:00.000Z');
  let director: string;
  let admin: string;
  let committee: string;

  beforeAll(async () => {
    api = await startTestApp({ clock: () => now });
    director = await tokenFor({ sub: 'dee', name: 'Dee Director', roles: ['improvement-director'] });
    admin = await tokenFor({ sub: 'ada', name: 'Ada Admin', roles: ['trust-admin'] });
    committee = await tokenFor({ sub: 'cora', name: 'Cora Chair', roles: ['standards-committee'] });
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  async function post(path: string, body: Record<string, unknown>, token = director): Promise<CommandAnswerBody> {
    return commandAnswer(await api.as(token).post(path).send(body).expect(201));
  }

  async function recommendation(academyId: string, academicYear: string): Promise<Recommendation> {
    return (await api.as(committee).get(`/academies/${academyId}/tier-recommendation`).query({ academicYear }).expect(200)).body as Recommendation;
  }

  describe('the audit walk', () => {
    const academy = '810001';
    const evidence: Record<string, string> = {};
    let firstRecommendation: Recommendation;
    let first: CommandAnswerBody;
    let revision: CommandAnswerBody;

    beforeAll(async () => {
      await registerAcademy(api.server, academy);
      evidence['earlierOutcome'] = (await post(`/academies/${academy}/outcomes`, { academicYear: '2023/24', direction: 'positive' })).position;
      evidence['outcome'] = (await post(`/academies/${academy}/outcomes`, { academicYear: '2024/25', direction: 'positive' })).position;
      evidence['inspection'] = (
        await post(`/academies/${academy}/inspections`, {
          inspectedOn: '2024-11-06',
          framework: 'eif-2024',
          grades: { 'quality-of-education': 'good', 'behaviour-and-attitudes': 'outstanding', 'personal-development': 'good', 'leadership-and-management': 'good' },
        })
      ).position;
      evidence['review'] = (await post(`/academies/${academy}/annual-reviews`, { academicYear: '2024/25', capacityToImprove: true, summary: 'Leaders have secured improvement in reading.' })).position;
      evidence['risk'] = (await post(`/academies/${academy}/risk-assessments`, { assessedOn: '2025-07-01', level: 'low', risks: [{ title: 'Staff turnover in KS2', owner: 'Headteacher' }] })).position;
    });

    it('recommends a tier from the evidence recorded, citing each item with the position of its event', async () => {
      firstRecommendation = await recommendation(academy, '2025/26');
      expect(firstRecommendation).toEqual({
        academyId: academy,
        academicYear: '2025/26',
        recommendedTier: 1,
        reasons: [
          'Outcomes were positive in 2024/25, the latest year.',
          'The latest inspection (education inspection framework 2024, 2024-11-06) graded no area requires improvement or inadequate: Good or better.',
          'The annual review of 2024/25 found capacity to improve.',
          'The risk register assessed on 2025-07-01 rates the risk of school improvement failure low.',
        ],
        missing: [],
        evidence: {
          outcomes: [
            { academicYear: '2024/25', direction: 'positive', position: evidence['outcome'] },
            { academicYear: '2023/24', direction: 'positive', position: evidence['earlierOutcome'] },
          ],
          inspection: expect.objectContaining({ inspectedOn: '2024-11-06', framework: 'eif-2024', position: evidence['inspection'] }) as unknown,
          annualReview: { academicYear: '2024/25', capacityToImprove: true, summary: 'Leaders have secured improvement in reading.', position: evidence['review'] },
          riskAssessment: { assessedOn: '2025-07-01', level: 'low', risks: [{ title: 'Staff turnover in KS2', owner: 'Headteacher' }], position: evidence['risk'] },
        },
        position: evidence['risk'],
      });
    });

    it('decides the recommended tier; a retry with the same Idempotency-Key targets the same decision and appends nothing', async () => {
      const response = await api.as(director).post(`/academies/${academy}/tier-decisions`).set('Idempotency-Key', 'decide-810001-2025-26').send({ academicYear: '2025/26', tier: 1 }).expect(201);
      first = commandAnswer(response);
      expect(first).toEqual({ id: expect.stringMatching(UUID) as unknown, streamId: `academy-${academy}`, position: expect.stringMatching(/^\d+$/) as unknown, events: ['TierAssigned'] });
      const head = await api.head();

      const retry = await api.as(director).post(`/academies/${academy}/tier-decisions`).set('Idempotency-Key', 'decide-810001-2025-26').send({ academicYear: '2025/26', tier: 1 }).expect(201);
      expect(retry.body).toEqual(first);
      expect(retry.headers['idempotent-replayed']).toBe('true');

      // A crash after the append loses the stored answer: the key on the stream's events still answers, with the same decision.
      await api.database.pool.query('DELETE FROM idempotency_keys WHERE key = $1', ['decide-810001-2025-26']);
      const afterCrash = await api.as(director).post(`/academies/${academy}/tier-decisions`).set('Idempotency-Key', 'decide-810001-2025-26').send({ academicYear: '2025/26', tier: 1 }).expect(201);
      expect(afterCrash.body).toEqual(first);
      expect(await api.head()).toBe(head);
    });

    it('refuses a tier other than recommended without a rationale (422), after newer evidence changes the recommendation', async () => {
      now = new Date('2026-01-15T16:00:00.000Z');
      evidence['newRisk'] = (await post(`/academies/${academy}/risk-assessments`, { assessedOn: '2026-01-12', level: 'high', risks: [{ title: 'Headteacher absence' }] })).position;
      expect(await recommendation(academy, '2025/26')).toMatchObject({
        recommendedTier: 3,
        reasons: ['The risk register assessed on 2026-01-12 rates the risk of school improvement failure high.'],
        evidence: { riskAssessment: { level: 'high', position: evidence['newRisk'] } },
      });
      const head = await api.head();

      const refused = await api.as(admin).post(`/academies/${academy}/tier-decisions`).send({ academicYear: '2025/26', tier: 2 }).expect(422);
      expect(refused.body).toEqual({
        statusCode: 422,
        error: 'Unprocessable Entity',
        message: 'the evidence recommends Tier 3; deciding Tier 2 needs a written rationale',
      });
      await api.as(admin).post(`/academies/${academy}/tier-decisions`).send({ academicYear: '2025/26', tier: 2, rationale: '   ' }).expect(422);
      expect(await api.head()).toBe(head);
    });

    it('revises the decision mid-year with an override and its rationale, superseding the first', async () => {
      revision = await post(
        `/academies/${academy}/tier-decisions`,
        { academicYear: '2025/26', tier: 2, rationale: 'An interim headteacher from the trust is in post; Tier 2 support suffices.' },
        admin,
      );
      expect(revision.id).toMatch(UUID);
      expect(revision.id).not.toBe(first.id);
    });

    it("answers the committee's audit question from the tier history: the first decision's evidence is as it was", async () => {
      const response = await api.as(committee).get(`/academies/${academy}/tier-history`).query({ minPosition: revision.position }).expect(200);
      const history = response.body as HistoryEntry[];
      expect(history).toHaveLength(2);
      const [firstDecision, revised] = history;

      expect(firstDecision).toEqual({
        decisionId: first.id,
        academyId: academy,
        academicYear: '2025/26',
        tier: 1,
        recommendedTier: 1,
        override: false,
        rationale: null,
        decidedBy: { userId: 'dee', name: 'Dee Director', role: 'improvement-director' },
        decidedOn: '2025-09-08',
        recordedAt: '2025-09-08T09:00:00.000Z',
        decidedAt: '2025-09-08T09:00:00.000Z',
        evidence: firstRecommendation.evidence,
        reasons: firstRecommendation.reasons,
        missing: [],
        supersedes: null,
        supersededBy: revision.id,
        position: first.position,
      });
      // Unchanged by the later risk assessment: the low one, at the position it was recorded at.
      expect(firstDecision?.evidence.riskAssessment).toEqual(expect.objectContaining({ assessedOn: '2025-07-01', level: 'low', position: evidence['risk'] }));

      expect(revised).toEqual({
        decisionId: revision.id,
        academyId: academy,
        academicYear: '2025/26',
        tier: 2,
        recommendedTier: 3,
        override: true,
        rationale: 'An interim headteacher from the trust is in post; Tier 2 support suffices.',
        decidedBy: { userId: 'ada', name: 'Ada Admin', role: 'trust-admin' },
        decidedOn: '2026-01-15',
        recordedAt: '2026-01-15T16:00:00.000Z',
        decidedAt: '2026-01-15T16:00:00.000Z',
        evidence: { ...firstRecommendation.evidence, riskAssessment: { assessedOn: '2026-01-12', level: 'high', risks: [{ title: 'Headteacher absence', owner: null }], position: evidence['newRisk'] } },
        reasons: ['The risk register assessed on 2026-01-12 rates the risk of school improvement failure high.'],
        missing: [],
        supersedes: first.id,
        supersededBy: null,
        position: revision.position,
      });

      // The history is the decisions' events as stored: nothing in it is recomputed.
      const stored = (await api.streamEvents(`academy-${academy}`)).filter((event) => event.type === 'TierAssigned');
      expect(stored.map((event) => event.data['evidence'])).toEqual(history.map((entry) => entry.evidence));
      expect(stored.map((event) => event.metadata.actor)).toEqual([
        { userId: 'dee', role: 'improvement-director' },
        { userId: 'ada', role: 'trust-admin' },
      ]);
    });

    it('lists every decision of the year for the committee, and a scoped role reads its own academy\'s history only', async () => {
      const decisions = (await api.as(committee).get('/tier-decisions').query({ academicYear: '2025/26', minPosition: revision.position }).expect(200)).body as HistoryEntry[];
      expect(decisions.filter((entry) => entry.academyId === academy).map((entry) => entry.decisionId)).toEqual([first.id, revision.id]);
      expect((await api.as(committee).get('/tier-decisions').query({ academicYear: '2024/25' }).expect(200)).body).toEqual([]);
      expect(((await api.as(committee).get('/tier-decisions').expect(200)).body as HistoryEntry[]).length).toBeGreaterThanOrEqual(2);

      const governor = await tokenFor({ roles: ['governor'], academies: [academy] });
      expect(((await api.as(governor).get(`/academies/${academy}/tier-history`).expect(200)).body as HistoryEntry[]).map((entry) => entry.tier)).toEqual([1, 2]);
      await api.as(await tokenFor({ roles: ['governor'], academies: ['810099'] })).get(`/academies/${academy}/tier-history`).expect(403);
      await api.as(await tokenFor({ roles: ['finance'] })).get(`/academies/${academy}/tier-history`).expect(403);
    });

    it('shows the current tier, the latest inspection and risk level on the card', async () => {
      const card = await api.as(committee).get(`/academies/${academy}/card`).query({ minPosition: revision.position }).expect(200);
      expect(card.body).toMatchObject({
        tier: 2,
        tierAcademicYear: '2025/26',
        riskLevel: 'high',
        riskAssessedOn: '2026-01-12',
        latestInspection: { inspectedOn: '2024-11-06', framework: 'eif-2024' },
        overallEffectiveness: { framework: 'eif-2024', grade: null, belowGood: false },
      });
      const listed = (await api.as(committee).get('/academies').query({ minPosition: revision.position }).expect(200)).body as { academyId: string; tier: number | null }[];
      expect(listed.find((item) => item.academyId === academy)?.tier).toBe(2);
    });

    it("gives compliance for the year from the revision: Tier 2's visits and reviews, against what was held", async () => {
      await post(`/academies/${academy}/sip-assignments`, { sipId: 'sip-jane', name: 'Jane Doe', approvedOn: '2025-07-10' });
      await post(`/academies/${academy}/sip-visits`, { visitedOn: '2025-10-15', reportSummary: 'Phonics secure.' });
      await post(`/academies/${academy}/sip-visits`, { visitedOn: '2025-06-15', reportSummary: 'Last year.' });
      const last = await post(`/academies/${academy}/reviews`, { academicYear: '2025/26', term: 'autumn', completedOn: '2025-11-20', summary: 'Curriculum review.' });

      const response = await api.as(await tokenFor({ roles: ['finance'] })).get('/compliance').query({ academicYear: '2025/26', minPosition: last.position }).expect(200);
      const body = response.body as { academicYear: string; academies: Record<string, unknown>[] };
      expect(body.academicYear).toBe('2025/26');
      expect(body.academies.find((entry) => entry['academyId'] === academy)).toEqual({
        academyId: academy,
        name: `Academy ${academy}`,
        tier: 2,
        decisionId: revision.id,
        sipVisits: { required: 3, held: 1 },
        reviews: { required: 1, cadence: 'annual', held: 1 },
        aims: { expected: 3, held: 0 },
        coreDays: { entitled: 6, used: 0 },
        supportPackage: { lead: expect.objectContaining({ name: 'Academy Led' }) as unknown, trustSupport: expect.arrayContaining(['Trust CPD programme.']) as unknown },
        // Tier 2's bespoke improvement strategy is the academy's improvement plan for the year: it has none.
        improvementStrategy: { plan: 'none', priorities: [] },
        committedSupport: { planned: { coreDays: 0, developmentDays: 0, reviews: 0 }, delivered: { coreDays: 0, developmentDays: 0, reviews: 0 }, undelivered: { coreDays: 0, developmentDays: 0, reviews: 0 }, commitments: [] },
      });
    });
  });

  describe("a past year's decision recorded later, with the day it was made", () => {
    const academy = '830001';
    const evidence: Record<string, string> = {};
    // Recorded on 8 September 2025; the committee decided 2023/24's tier on 11 September 2023.
    const decidedOn = '2023-09-11';

    beforeAll(async () => {
      now = new Date('2025-09-08T09:00:00.000Z');
      await registerAcademy(api.server, academy, { joinedOn: '2021-09-01' });
      await post(`/academies/${academy}/outcomes`, { academicYear: '2022/23', direction: 'positive' });
      await post(`/academies/${academy}/inspections`, { inspectedOn: '2022-05-10', framework: 'eif-2019', overallEffectiveness: 'good' });
      await post(`/academies/${academy}/annual-reviews`, { academicYear: '2022/23', capacityToImprove: true, summary: 'Leaders have secured improvement.' });
      evidence['risk'] = (await post(`/academies/${academy}/risk-assessments`, { assessedOn: '2023-09-04', level: 'low', risks: [] })).position;
      // Brought in with the rest of the past, before the decision: dated in January, so no decision of September cites it.
      evidence['laterRisk'] = (await post(`/academies/${academy}/risk-assessments`, { assessedOn: '2024-01-22', level: 'high', risks: [] })).position;
    });

    it('refuses it dated before the evidence it needs (422), naming the evidence dated later; nothing is stored', async () => {
      const head = await api.head();
      const response = await api.as(director).post(`/academies/${academy}/tier-decisions`).send({ academicYear: '2023/24', tier: 1, decidedOn: '2023-09-01' }).expect(422);
      expect(errorAnswer(response).message).toBe(
        'no tier can be decided for 2023/24 on 2023-09-01 while evidence is missing: risk assessment; ' +
          'recorded evidence dated after 2023-09-01 cannot be cited by a decision made that day (the risk assessment of 2024-01-22)',
      );
      expect(await api.head()).toBe(head);
    });

    it('records it on the evidence in effect that day, and the history shows the day it was made apart from the instant it was recorded', async () => {
      const asOfThatDay = (await api.as(committee).get(`/academies/${academy}/tier-recommendation`).query({ academicYear: '2023/24', decidedOn }).expect(200)).body as Recommendation;
      expect(asOfThatDay).toMatchObject({ recommendedTier: 1, evidence: { riskAssessment: { assessedOn: '2023-09-04', position: evidence['risk'] } } });
      expect(await recommendation(academy, '2023/24')).toMatchObject({ recommendedTier: 3, evidence: { riskAssessment: { position: evidence['laterRisk'] } } });

      const decided = await post(`/academies/${academy}/tier-decisions`, { academicYear: '2023/24', tier: 1, decidedOn });
      const history = (await api.as(committee).get(`/academies/${academy}/tier-history`).query({ minPosition: decided.position }).expect(200)).body as HistoryEntry[];
      expect(history).toEqual([
        expect.objectContaining({
          decisionId: decided.id,
          academicYear: '2023/24',
          tier: 1,
          recommendedTier: 1,
          override: false,
          decidedOn,
          recordedAt: '2025-09-08T09:00:00.000Z',
          decidedAt: '2025-09-08T09:00:00.000Z',
          evidence: asOfThatDay.evidence,
        }),
      ]);
      const stored = (await api.streamEvents(`academy-${academy}`)).filter((event) => event.type === 'TierAssigned');
      expect(stored.map((event) => [event.schemaVersion, event.data['decidedOn']])).toEqual([[2, decidedOn]]);

      // As it stood: in effect from the day it was made (after 1 September), and listed with the year's decisions.
      expect((await api.as(committee).get(`/academies/${academy}/tier-history`).query({ on: '2023-09-10' }).expect(200)).body).toEqual([]);
      expect(((await api.as(committee).get(`/academies/${academy}/tier-history`).query({ on: decidedOn }).expect(200)).body as HistoryEntry[]).map((entry) => entry.decisionId)).toEqual([decided.id]);
      const listed = (await api.as(committee).get('/tier-decisions').query({ academicYear: '2023/24' }).expect(200)).body as HistoryEntry[];
      expect(listed.find((entry) => entry.academyId === academy)).toMatchObject({ decidedOn, recordedAt: '2025-09-08T09:00:00.000Z' });
    });

    it('refuses a revision dated before the decision it would supersede, and one dated before the academy joined (422)', async () => {
      const head = await api.head();
      const revision = await api.as(director).post(`/academies/${academy}/tier-decisions`).send({ academicYear: '2023/24', tier: 1, decidedOn: '2023-09-08' }).expect(422);
      expect(errorAnswer(revision).message).toMatch(/^a tier decision made on 2023-09-08 cannot revise decision [0-9a-f-]{36} of 2023\/24, made later, on 2023-09-11$/);
      const beforeJoining = await api.as(director).post(`/academies/${academy}/tier-decisions`).send({ academicYear: '2021/22', tier: 1, decidedOn: '2021-07-01' }).expect(422);
      expect(errorAnswer(beforeJoining).message).toBe(`a tier decision made on 2021-07-01 is before academy ${academy} joined the trust on 2021-09-01`);
      expect(await api.head()).toBe(head);
    });

    it.each([
      ['not a date', '11/09/2023'],
      ['not a real day', '2023-09-31'],
      ['in the future', '2025-09-09'],
      ['a number', 20230911],
    ])('400 naming decidedOn when it is %s', async (_description, value) => {
      const head = await api.head();
      const response = await api.as(director).post(`/academies/${academy}/tier-decisions`).send({ academicYear: '2023/24', tier: 1, decidedOn: value }).expect(400);
      expect(errorAnswer(response).fields).toEqual(['decidedOn']);
      expect(await api.head()).toBe(head);
    });
  });

  describe('refusals', () => {
    const academy = '820001';

    beforeAll(async () => {
      now = new Date('2025-09-08T09:00:00.000Z');
      await registerAcademy(api.server, academy);
      await post(`/academies/${academy}/outcomes`, { academicYear: '2024/25', direction: 'positive' });
    });

    it('422 when evidence is missing and no Tier 3 descriptor is present, saying what is missing; nothing is stored', async () => {
      const head = await api.head();
      const response = await api.as(admin).post(`/academies/${academy}/tier-decisions`).send({ academicYear: '2025/26', tier: 1 }).expect(422);
      expect(errorAnswer(response).message).toBe('no tier can be decided for 2025/26 while evidence is missing: inspection; annual review; risk assessment');
      expect(await recommendation(academy, '2025/26')).toMatchObject({ recommendedTier: null, missing: ['inspection', 'annual review', 'risk assessment'] });
      expect(await api.head()).toBe(head);
    });

    it('422 when an Idempotency-Key is sent again with another decision', async () => {
      await post(`/academies/${academy}/risk-assessments`, { assessedOn: '2025-07-01', level: 'high', risks: [] });
      await api.as(admin).post(`/academies/${academy}/tier-decisions`).set('Idempotency-Key', 'refusal-key').send({ academicYear: '2025/26', tier: 3 }).expect(201);
      const head = await api.head();
      const response = await api.as(admin).post(`/academies/${academy}/tier-decisions`).set('Idempotency-Key', 'refusal-key').send({ academicYear: '2025/26', tier: 3, rationale: 'Again.' }).expect(422);
      expect(errorAnswer(response).message).toContain('Idempotency-Key');
      expect(await api.head()).toBe(head);
    });

    it('404 for an unknown academy, on every tier route', async () => {
      const head = await api.head();
      const decision = await api.as(admin).post('/academies/829999/tier-decisions').send({ academicYear: '2025/26', tier: 1 }).expect(404);
      expect(decision.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'academy 829999 is not registered' });
      const recommended = await api.as(admin).get('/academies/829999/tier-recommendation').query({ academicYear: '2025/26' }).expect(404);
      expect(recommended.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'academy 829999 is not registered' });
      const history = await api.as(admin).get('/academies/829999/tier-history').expect(404);
      expect(history.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'academy 829999 is not registered' });
      expect(await api.head()).toBe(head);
    });

    type Case = [description: string, field: string, body: Record<string, unknown>];
    const decisionCases: Case[] = [
      ['academicYear missing', 'academicYear', { tier: 1 }],
      ['academicYear malformed', 'academicYear', { academicYear: '2025-26', tier: 1 }],
      ['academicYear not consecutive', 'academicYear', { academicYear: '2025/27', tier: 1 }],
      ['academicYear after the next', 'academicYear', { academicYear: '2027/28', tier: 1 }],
      ['tier missing', 'tier', { academicYear: '2025/26' }],
      ['tier out of range', 'tier', { academicYear: '2025/26', tier: 4 }],
      ['tier as text', 'tier', { academicYear: '2025/26', tier: '1' }],
      ['rationale not text', 'rationale', { academicYear: '2025/26', tier: 1, rationale: 42 }],
      ['rationale too long', 'rationale', { academicYear: '2025/26', tier: 1, rationale: 'x'.repeat(4001) }],
      ['decidedBy sent by the client', 'decidedBy', { academicYear: '2025/26', tier: 1, decidedBy: { userId: 'someone-else' } }],
      ['decisionId sent by the client', 'decisionId', { academicYear: '2025/26', tier: 1, decisionId: 'mine' }],
    ];

    it.each(decisionCases)('POST /academies/:id/tier-decisions: %s → 400 naming %s', async (_description, field, body) => {
      const head = await api.head();
      const response = await api.as(admin).post(`/academies/${academy}/tier-decisions`).send(body).expect(400);
      expect(errorAnswer(response).fields).toEqual([field]);
      expect(await api.head()).toBe(head);
    });

    it.each([
      ['missing', {}],
      ['malformed', { academicYear: '2025' }],
      ['not consecutive', { academicYear: '2025/27' }],
      ['repeated', { academicYear: ['2025/26', '2024/25'] }],
    ])('GET /academies/:id/tier-recommendation with academicYear %s → 400 naming academicYear', async (_description, query) => {
      const response = await api.as(admin).get(`/academies/${academy}/tier-recommendation`).query(query).expect(400);
      expect(errorAnswer(response).fields).toEqual(['academicYear']);
    });

    it('400 naming academicYear on the year routes, id on the academy routes, minPosition and unknown parameters everywhere', async () => {
      expect(errorAnswer(await api.as(admin).get('/tier-decisions').query({ academicYear: '2025/27' }).expect(400)).fields).toEqual(['academicYear']);
      expect(errorAnswer(await api.as(admin).get('/compliance').expect(400)).fields).toEqual(['academicYear']);
      expect(errorAnswer(await api.as(admin).get('/compliance').query({ academicYear: '25/26' }).expect(400)).fields).toEqual(['academicYear']);
      expect(errorAnswer(await api.as(admin).get('/academies/82000x/tier-history').expect(400)).fields).toEqual(['id']);
      expect(errorAnswer(await api.as(admin).get('/academies/82000x/tier-recommendation').query({ academicYear: '2025/26' }).expect(400)).fields).toEqual(['id']);
      expect(errorAnswer(await api.as(admin).post('/academies/82000x/tier-decisions').send({ academicYear: '2025/26', tier: 1 }).expect(400)).fields).toEqual(['id']);
      expect(errorAnswer(await api.as(admin).get(`/academies/${academy}/tier-history`).query({ minPosition: '-1' }).expect(400)).fields).toEqual(['minPosition']);
      expect(errorAnswer(await api.as(admin).get('/compliance').query({ academicYear: '2025/26', minPosition: 'x' }).expect(400)).fields).toEqual(['minPosition']);
      expect(errorAnswer(await api.as(admin).get('/tier-decisions').query({ asOf: '2025-01-01' }).expect(400)).fields).toEqual(['asOf']);
    });
  });
});
