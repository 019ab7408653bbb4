import { waitUntil } from '@trust/testing';
import { commandAnswer, registerAcademy, startTestApp, type TestApp } from './test-support/test-app.js';
import { tokenFor } from './test-support/tokens.js';

/** "Now" is Wednesday 12 March 2025: an AIM that day has its documents due on Wednesday 5 March, already past. */
const NOW = new Date('2025-03-12T10:00:00Z');
const ACADEMY = '760001';
const OTHER = '760002';

const heldBody = {
  heldOn: '2025-03-12',
  attendees: [
    { name: 'Dee Director', role: 'improvement-director', chair: true },
    { name: 'Hana Head', role: 'headteacher', staffId: 'ht-hana' },
    { name: 'Gus Governor', role: 'chair-of-governors' },
  ],
  judgements: [
    { heading: 'quality-of-education', judgement: 'good', comment: 'A well-sequenced curriculum.' },
    { heading: 'behaviour-and-attitudes', judgement: 'outstanding', comment: 'Calm, purposeful classrooms.' },
  ],
  priorities: [{ priority: 'Early reading in Year 1', rag: 'amber' }],
  nextSteps: ['Phonics training for Year 1 staff before Easter'],
};

describe('Academy Improvement Meetings over HTTP', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ clock: () => NOW });
    await registerAcademy(api.server, ACADEMY);
    await registerAcademy(api.server, OTHER);
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  it('schedules, takes documents, records the missing ones overdue, holds the meeting and publishes its report', async () => {
    const director = api.as(await tokenFor({ sub: 'dee', roles: ['improvement-director'] }));
    const head = api.as(await tokenFor({ sub: 'hana', roles: ['headteacher'], academies: [ACADEMY] }));

    const scheduled = commandAnswer(await director.post(`/academies/${ACADEMY}/aims`).send({ date: '2025-03-12', format: 'one-day', focus: 'Reading' }).expect(201));
    expect(scheduled).toMatchObject({ streamId: `aim-${scheduled.id}`, events: ['AimScheduled'] });
    const aim = `/aims/${scheduled.id}`;

    await director.post(`${aim}/focus`).send({ focus: 'Early reading in Key Stage 1' }).expect(201);
    await head.post(`${aim}/documents`).send({ type: 'sef' }).expect(201);
    await head.post(`${aim}/documents`).send({ type: 'previous-aim-report', rag: 'green' }).expect(201);
    const refused = await head.post(`${aim}/documents`).send({ type: 'pupil-premium-strategy' }).expect(400);
    expect(refused.body).toMatchObject({ fields: ['rag'] });

    const checked = commandAnswer(await director.post(`${aim}/document-checks`).expect(201));
    expect(checked.events).toEqual(['AimDocumentsOverdue']);
    expect(commandAnswer(await director.post(`${aim}/document-checks`).expect(201)).events).toEqual([]);

    await director.post(`${aim}/held`).send(heldBody).expect(201);
    await director.post(`${aim}/held`).send(heldBody).expect(409);
    const published = commandAnswer(await director.post(`${aim}/report`).send({ summary: 'Reading is improving; attendance remains the priority.' }).expect(201));

    const view = await head.get(aim).query({ minPosition: published.position }).expect(200);
    expect(view.body).toMatchObject({
      aimId: scheduled.id,
      academyId: ACADEMY,
      academicYear: '2024/25',
      date: '2025-03-12',
      documentsDueOn: '2025-03-05',
      focus: 'Early reading in Key Stage 1',
      focusAgreed: true,
      status: 'reported',
      overdueDocuments: ['headteacher-report', 'improvement-plan', 'lgb-minutes', 'pupil-premium-strategy'],
      outcome: {
        heldOn: '2025-03-12',
        attendees: [
          { name: 'Dee Director', role: 'improvement-director', chair: true, staffId: null },
          { name: 'Hana Head', role: 'headteacher', chair: false, staffId: 'ht-hana' },
          { name: 'Gus Governor', role: 'chair-of-governors', chair: false, staffId: null },
        ],
        priorities: [{ priority: 'Early reading in Year 1', rag: 'amber' }],
      },
      report: { publishedOn: '2025-03-12' },
    });
    const listed = await head.get(`/academies/${ACADEMY}/aims`).query({ minPosition: published.position }).expect(200);
    expect((listed.body as { aimId: string }[]).map((each) => each.aimId)).toEqual([scheduled.id]);

    // As the system knew it before the meeting was held.
    const before = (await api.streamEvents(`aim-${scheduled.id}`)).find((event) => event.type === 'AimHeld')!;
    const asOf = new Date(before.recordedAt.getTime() - 1).toISOString();
    expect((await head.get(aim).query({ asOf }).expect(200)).body).toMatchObject({ status: 'scheduled', outcome: null });
  });

  it('reschedules, keeping the earlier date; refuses a meeting not chaired by the improvement director', async () => {
    const scheduled = commandAnswer(await api.admin.post(`/academies/${ACADEMY}/aims`).send({ date: '2025-03-20', format: 'one-and-a-half-day' }).expect(201));
    const moved = commandAnswer(await api.admin.post(`/aims/${scheduled.id}/reschedule`).send({ date: '2025-03-12', reason: 'Brought forward' }).expect(201));
    expect(moved.events).toEqual(['AimRescheduled']);
    // A staff id that is not text is the body's shape (class-validator's dotted path); one of the wrong form, the domain's.
    for (const [staffId, field] of [[41, 'attendees.1.staffId'], ['ht hana', 'attendees[1].staffId'], ['x'.repeat(65), 'attendees[1].staffId']]) {
      const badStaffId = { ...heldBody, attendees: [heldBody.attendees[0], { ...heldBody.attendees[1], staffId }] };
      expect((await api.admin.post(`/aims/${scheduled.id}/held`).send(badStaffId).expect(400)).body).toMatchObject({ fields: [field] });
    }
    const chairedByHead = { ...heldBody, attendees: [{ name: 'Hana Head', role: 'headteacher', chair: true }] };
    await api.admin.post(`/aims/${scheduled.id}/held`).send(chairedByHead).expect(422);
    const view = await api.admin.get(`/aims/${scheduled.id}`).query({ minPosition: moved.position }).expect(200);
    expect(view.body).toMatchObject({ date: '2025-03-12', reschedules: [{ date: '2025-03-12', previousDate: '2025-03-20', reason: 'Brought forward' }] });
  });

  it("keeps each academy to its own AIMs (another academy's answers 404, as an unknown AIM), validates input naming the field, and answers 404 for an unknown AIM or academy", async () => {
    const scheduled = commandAnswer(await api.admin.post(`/academies/${OTHER}/aims`).send({ date: '2025-03-14', format: 'one-day' }).expect(201));
    const head = api.as(await tokenFor({ roles: ['headteacher'], academies: [ACADEMY] }));
    const governor = api.as(await tokenFor({ roles: ['governor'], academies: [ACADEMY] }));
    await head.post(`/aims/${scheduled.id}/documents`).send({ type: 'sef' }).expect(404);
    await governor.get(`/aims/${scheduled.id}`).query({ minPosition: scheduled.position }).expect(404);
    await governor.get(`/academies/${OTHER}/aims`).expect(403);

    const bad = await api.admin.post(`/academies/${ACADEMY}/aims`).send({ date: '2025-03-15', format: 'two-day' }).expect(400);
    expect(bad.body).toMatchObject({ fields: ['format'] });
    const weekend = await api.admin.post(`/academies/${ACADEMY}/aims`).send({ date: '2025-03-15', format: 'one-day' }).expect(400);
    expect(weekend.body).toMatchObject({ fields: ['date'] });
    await api.admin.post('/aims/not%20an%20id/documents').send({ type: 'sef' }).expect(400);
    await api.admin.post('/aims/never-scheduled/documents').send({ type: 'sef' }).expect(404);
    await api.admin.get('/aims/never-scheduled').expect(404);
    await api.admin.post('/academies/799999/aims').send({ date: '2025-03-14', format: 'one-day' }).expect(404);
  });

  it('an Idempotency-Key makes scheduling safe to retry: the same AIM, nothing appended twice', async () => {
    const body = { date: '2025-03-19', format: 'one-day' };
    const first = commandAnswer(await api.admin.post(`/academies/${ACADEMY}/aims`).set('Idempotency-Key', 'aim-retry-1').send(body).expect(201));
    const again = commandAnswer(await api.admin.post(`/academies/${ACADEMY}/aims`).set('Idempotency-Key', 'aim-retry-1').send(body).expect(201));
    expect(again).toEqual(first);
    expect((await api.streamEvents(`aim-${first.id}`)).map((event) => event.type)).toEqual(['AimScheduled']);
  });

  it('the embedded deadline reactor keeps a pending deadline for every AIM scheduled', async () => {
    const scheduled = commandAnswer(await api.admin.post(`/academies/${ACADEMY}/aims`).send({ date: '2025-03-21', format: 'one-day' }).expect(201));
    await waitUntil(
      async () => {
        const { rows } = await api.database.pool.query('SELECT 1 FROM pending_deadlines WHERE subject_id = $1', [scheduled.id]);
        return rows.length === 1;
      },
      { message: 'the pending deadline of the AIM' },
    );
    const { rows } = await api.database.pool.query<{ due_on: string }>(`SELECT to_char(due_on, 'YYYY-MM-DD') AS due_on FROM pending_deadlines WHERE subject_id = $1`, [scheduled.id]);
    expect(rows).toEqual([{ due_on: '2025-03-14' }]);
  });

  it('the year\'s AIMs count toward the six core days: logging beyond what they leave is refused (seed 003)', async () => {
    const director = api.as(await tokenFor({ sub: 'dee', roles: ['improvement-director'] }));
    const THIRD = '760003';
    await registerAcademy(api.server, THIRD);
    let last = '0';
    for (const [date, format] of [['2025-04-30', 'one-day'], ['2025-06-11', 'one-and-a-half-day'], ['2025-07-02', 'one-day']] as const) {
      last = commandAnswer(await director.post(`/academies/${THIRD}/aims`).send({ date, format }).expect(201)).position;
    }
    await director.get(`/academies/${THIRD}/aims`).query({ minPosition: last }).expect(200);
    const card = (await director.get(`/academies/${THIRD}/card`).query({ minPosition: last }).expect(200)).body as { nextAim: unknown; upcomingAims: { date: string }[] };
    expect(card.nextAim).toMatchObject({ date: '2025-04-30', format: 'one-day' });
    expect(card.upcomingAims.map((aim) => aim.date)).toEqual(['2025-04-30', '2025-06-11', '2025-07-02']);

    await director.post(`/academies/${THIRD}/core-days`).send({ deliveredOn: '2025-03-10', days: 2, description: 'Monitoring' }).expect(201);
    const refused = await director.post(`/academies/${THIRD}/core-days`).send({ deliveredOn: '2025-03-11', days: 1, description: 'Coaching' }).expect(422);
    expect((refused.body as { message: string }).message).toContain('has 0.5 days left of its 6 core improvement director days in 2024/25 (3.5 days of them for its Academy Improvement Meetings)');
    await director.post(`/academies/${THIRD}/core-days`).send({ deliveredOn: '2025-03-11', days: 0.5, description: 'Coaching' }).expect(201);
  });
});
