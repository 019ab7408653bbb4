import { commandAnswer, errorAnswer, registerAcademy, startTestApp, type TestApp } from './test-support/test-app.js';
import { givenImprovementPlan } from './test-support/plan-given.js';
import { tokenFor } from './test-support/tokens.js';

/*
 * What reviews and delivers an academy's improvement plan names it: an AIM's priorities and a peer
 * review visit's focus name the plan's priorities when the academy has a plan for the year, and a core day, a
 * recharge or a trust-commissioned review may name the support commitment it delivers. Each is checked against
 * the plan's stream when the command is decided: 422 naming the field otherwise. Academies with no plan keep
 * their free text (aims.e2e-spec.ts, peer-reviews.e2e-spec.ts, finance.e2e-spec.ts).
 */

/** Wednesday 12 March 2025, in 2024/25. */
const NOW = new Date('2025-03-12T10:00:00Z');
const PLANNED = '870001';
const HOST = '870002';
const REVIEWER = '870003';
const LEAD = '870004';
const WRITING = 'Raise attainment in Key Stage 2 writing';
const READING = 'Early reading in Year 1';

const heldBody = (priorities: unknown[]): Record<string, unknown> => ({
  heldOn: '2025-03-12',
  attendees: [
    { name: 'Dee Director', role: 'improvement-director', chair: true },
    { name: 'Hana Head', role: 'headteacher' },
  ],
  judgements: [{ heading: 'quality-of-education', judgement: 'good', comment: 'A well-sequenced curriculum.' }],
  priorities,
  nextSteps: ['Moderate writing with the hub before Easter'],
});

describe('AIMs, peer review visits and the delivery of support name the academy improvement plan', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ clock: () => NOW });
    for (const academyId of [PLANNED, HOST, REVIEWER, LEAD]) await registerAcademy(api.server, academyId);
    const priorities = [
      { priorityId: 'p-writing', title: WRITING },
      { priorityId: 'p-reading', title: READING },
    ];
    await givenImprovementPlan(api, PLANNED, '2024/25', { priorities, commitments: [{ commitmentId: 'c-partner', priorityId: 'p-writing' }] }, NOW);
    await givenImprovementPlan(api, HOST, '2024/25', { priorities }, NOW);
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  describe('POST /aims/:aimId/held', () => {
    it("refuses (422) a priority not in the academy's plan for the AIM's year, and a free-text one, naming the field; then rates the plan's priorities", async () => {
      const scheduled = commandAnswer(await api.admin.post(`/academies/${PLANNED}/aims`).send({ date: '2025-03-12', format: 'one-day' }).expect(201));
      const held = `/aims/${scheduled.id}/held`;

      const unknown = await api.admin.post(held).send(heldBody([{ rag: 'amber', planPriorityId: 'p-writing' }, { rag: 'red', planPriorityId: 'p-maths' }])).expect(422);
      expect(errorAnswer(unknown).message).toBe('priorities[1].planPriorityId: the improvement plan of academy 870001 for 2024/25 has no priority p-maths');
      const freeText = await api.admin.post(held).send(heldBody([{ priority: 'Phonics', rag: 'amber' }])).expect(422);
      expect(errorAnswer(freeText).message).toMatch(/^priorities\[0\]\.planPriorityId: academy 870001 has an improvement plan for 2024\/25/);
      const badShape = await api.admin.post(held).send(heldBody([{ rag: 'amber', planPriorityId: 7 }])).expect(400);
      expect(errorAnswer(badShape).fields).toEqual(['priorities.0.planPriorityId']);
      const neither = await api.admin.post(held).send(heldBody([{ rag: 'amber' }])).expect(400);
      expect(errorAnswer(neither).fields).toEqual(['priorities[0].priority']);

      const answer = commandAnswer(await api.admin.post(held).send(heldBody([{ rag: 'amber', planPriorityId: 'p-writing' }, { priority: READING, rag: 'green', planPriorityId: 'p-reading' }])).expect(201));
      expect(answer.events).toEqual(['AimHeld']);
      const view = await api.admin.get(`/aims/${scheduled.id}`).query({ minPosition: answer.position }).expect(200);
      expect((view.body as { outcome: { priorities: unknown[] } }).outcome.priorities).toEqual([
        { priority: WRITING, rag: 'amber', planPriorityId: 'p-writing' },
        { priority: READING, rag: 'green', planPriorityId: 'p-reading' },
      ]);
    });

    it('keeps free-text priorities for an academy with no plan for the year, naming none', async () => {
      const scheduled = commandAnswer(await api.admin.post(`/academies/${LEAD}/aims`).send({ date: '2025-03-12', format: 'one-day' }).expect(201));
      const answer = commandAnswer(await api.admin.post(`/aims/${scheduled.id}/held`).send(heldBody([{ priority: 'Phonics', rag: 'amber' }])).expect(201));
      const view = await api.admin.get(`/aims/${scheduled.id}`).query({ minPosition: answer.position }).expect(200);
      expect((view.body as { outcome: { priorities: unknown[] } }).outcome.priorities).toEqual([{ priority: 'Phonics', rag: 'amber', planPriorityId: null }]);
      const named = await api.admin.post(`/aims/${commandAnswer(await api.admin.post(`/academies/${LEAD}/aims`).send({ date: '2025-03-12', format: 'one-day' }).expect(201)).id}/held`).send(heldBody([{ rag: 'amber', planPriorityId: 'p-writing' }])).expect(422);
      expect(errorAnswer(named).message).toBe('priorities[0].planPriorityId: academy 870004 has no improvement plan for 2024/25, so it has no priority p-writing');
    });
  });

  describe('POST /peer-reviews/:groupId/visits/:visitId/focus', () => {
    it("refuses (422) a focus naming a priority not in the host's plan for the visit's year; then takes the host's rating of the plan's priorities", async () => {
      const members = [
        { headteacherId: 'ht-host', name: 'Ann Host', academyId: HOST },
        { headteacherId: 'ht-rev', name: 'Bob Reviewer', academyId: REVIEWER },
        { headteacherId: 'ht-lead', name: 'Cat Lead', academyId: LEAD },
      ];
      const groupId = commandAnswer(await api.admin.post('/peer-reviews').send({ name: 'Plan group', academicYear: '2024/25', members, leadHeadteacherId: 'ht-lead' }).expect(201)).id;
      const visitId = commandAnswer(await api.admin.post(`/peer-reviews/${groupId}/visits`).send({ hostAcademyId: HOST, visitDate: '2025-03-26', reviewerIds: ['ht-rev'] }).expect(201)).id;
      const focus = `/peer-reviews/${groupId}/visits/${visitId}/focus`;
      const host = api.as(await tokenFor({ sub: 'ht-host', roles: ['headteacher'], academies: [HOST] }));

      const unknown = await host.post(focus).send({ aspects: [{ rag: 'amber', planPriorityId: 'p-maths' }] }).expect(422);
      expect(errorAnswer(unknown).message).toBe('aspects[0].planPriorityId: the improvement plan of academy 870002 for 2024/25 has no priority p-maths');
      const freeText = await host.post(focus).send({ aspects: [{ aspect: 'Phonics in Year 1', rag: 'amber' }] }).expect(422);
      expect(errorAnswer(freeText).message).toMatch(/^aspects\[0\]\.planPriorityId: academy 870002 has an improvement plan for 2024\/25/);
      const badShape = await host.post(focus).send({ aspects: [{ rag: 'amber', planPriorityId: ['p-reading'] }] }).expect(400);
      expect(errorAnswer(badShape).fields).toEqual(['aspects.0.planPriorityId']);

      const set = commandAnswer(await host.post(focus).send({ aspects: [{ rag: 'red', planPriorityId: 'p-reading' }] }).expect(201));
      expect(set.events).toEqual(['VisitFocusSet']);
      const stored = (await api.streamEvents(`peer-review-visit-${visitId}`)).find((event) => event.type === 'VisitFocusSet');
      expect(stored).toMatchObject({ schemaVersion: 3, data: { academicYear: '2024/25', aspects: [{ aspect: READING, rag: 'red', planPriorityId: 'p-reading' }] } });
      const view = await host.get(`/peer-reviews/${groupId}/visits/${visitId}`).query({ minPosition: set.position }).expect(200);
      expect((view.body as { focus: { aspects: unknown[] } }).focus.aspects).toEqual([{ aspect: READING, rag: 'red', planPriorityId: 'p-reading' }]);
      expect(commandAnswer(await host.post(focus).send({ aspects: [{ rag: 'red', planPriorityId: 'p-reading' }] }).expect(201)).events).toEqual([]);
    });
  });

  describe('delivering a support commitment', () => {
    it("refuses (422) a core day naming a commitment the academy's plan for its year does not have; logs one naming a commitment it has", async () => {
      const unknown = await api.admin.post(`/academies/${PLANNED}/core-days`).send({ deliveredOn: '2025-02-04', days: 1, description: 'Writing moderation', commitmentId: 'c-unknown' }).expect(422);
      expect(errorAnswer(unknown).message).toBe('commitmentId: the improvement plan of academy 870001 for 2024/25 has no support commitment c-unknown');
      const noPlan = await api.admin.post(`/academies/${LEAD}/core-days`).send({ deliveredOn: '2025-02-04', days: 1, description: 'Writing moderation', commitmentId: 'c-partner' }).expect(422);
      expect(errorAnswer(noPlan).message).toBe('commitmentId: academy 870004 has no improvement plan for 2024/25, so it has no support commitment c-partner');
      const badShape = await api.admin.post(`/academies/${PLANNED}/core-days`).send({ deliveredOn: '2025-02-04', days: 1, description: 'Writing moderation', commitmentId: 7 }).expect(400);
      expect(errorAnswer(badShape).fields).toEqual(['commitmentId']);

      commandAnswer(await api.admin.post(`/academies/${PLANNED}/core-days`).send({ deliveredOn: '2025-02-04', days: 1, description: 'Writing moderation', commitmentId: 'c-partner' }).expect(201));
      commandAnswer(await api.admin.post(`/academies/${PLANNED}/core-days`).send({ deliveredOn: '2025-02-05', days: 0.5, description: 'Monitoring visit' }).expect(201));
      const days = await api.streamEvents(`core-days-${PLANNED}-2024-25`);
      expect(days.map((event) => [event.schemaVersion, event.data['commitmentId']])).toEqual([
        [2, 'c-partner'],
        [2, null],
      ]);
    });

    it("recharges development days and records a trust-commissioned review against a commitment of the academy's plan, refusing (422) an unknown one", async () => {
      const recharge = { supportedAcademyId: PLANNED, providerRole: 'teacher', providerAcademyId: HOST, days: 1, deliveredOn: '2025-02-06', description: 'Writing coaching' };
      const refused = await api.admin.post('/recharges').send({ ...recharge, commitmentId: 'c-unknown' }).expect(422);
      expect(errorAnswer(refused).message).toBe('commitmentId: the improvement plan of academy 870001 for 2024/25 has no support commitment c-unknown');
      const logged = commandAnswer(await api.admin.post('/recharges').send({ ...recharge, commitmentId: 'c-partner' }).expect(201));
      expect((await api.streamEvents(logged.streamId))[0]).toMatchObject({ schemaVersion: 2, data: { commitmentId: 'c-partner' } });

      const review = { academicYear: '2024/25', term: 'spring', completedOn: '2025-03-03', summary: 'Writing is improving in upper Key Stage 2.' };
      const unknown = await api.admin.post(`/academies/${PLANNED}/reviews`).send({ ...review, commitmentId: 'c-unknown' }).expect(422);
      expect(errorAnswer(unknown).message).toBe('commitmentId: the improvement plan of academy 870001 for 2024/25 has no support commitment c-unknown');
      const recorded = commandAnswer(await api.admin.post(`/academies/${PLANNED}/reviews`).send({ ...review, commitmentId: 'c-partner' }).expect(201));
      expect(recorded.events).toEqual(['CommissionedReviewCompleted']);
      const completed = (await api.streamEvents(`academy-${PLANNED}`)).find((event) => event.type === 'CommissionedReviewCompleted');
      expect(completed).toMatchObject({ schemaVersion: 2, data: { commitmentId: 'c-partner' } });
    });
  });
});
