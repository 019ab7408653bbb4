import { commandAnswer, errorAnswer, registerAcademy, startTestApp, type TestApp } from './test-support/test-app.js';
import { tokenFor } from './test-support/tokens.js';

/*
 * When something was submitted, published or recorded on the ledger is the server's clock, never the
 * client's word: a late document or report cannot be backdated beside its overdue or late flag. Dates of
 * facts in the world (a meeting held, a visit made) stay the client's, and are tested with their routes.
 */

const ACADEMY = '770001';
const OTHER = '770002';

describe('The server records when things were submitted, not the client', () => {
  let api: TestApp;
  // Wednesday 12 March 2025; moved on by the tests.
  let now = new Date('2025-03-12T10:00:00.000Z');

  beforeAll(async () => {
    api = await startTestApp({ clock: () => now });
    await registerAcademy(api.server, ACADEMY);
    await registerAcademy(api.server, OTHER);
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  it('an AIM document is dated by the server: a submittedOn in the body is refused (400), and nothing is stored', async () => {
    now = new Date('2025-03-12T10:00:00.000Z');
    const head = api.as(await tokenFor({ sub: 'hana', roles: ['headteacher'], academies: [ACADEMY] }));
    const director = api.as(await tokenFor({ sub: 'dee', roles: ['improvement-director'] }));
    // Documents due Wednesday 19 March, a week before the meeting.
    const aim = commandAnswer(await director.post(`/academies/${ACADEMY}/aims`).send({ date: '2025-03-26', format: 'one-day' }).expect(201));

    now = new Date('2025-03-20T09:00:00.000Z');
    expect(commandAnswer(await director.post(`/aims/${aim.id}/document-checks`).expect(201)).events).toEqual(['AimDocumentsOverdue']);
    const before = (await api.streamEvents(`aim-${aim.id}`)).length;

    const backdated = await head.post(`/aims/${aim.id}/documents`).send({ type: 'sef', submittedOn: '2025-03-18' }).expect(400);
    expect(errorAnswer(backdated).fields).toEqual(['submittedOn']);
    expect(await api.streamEvents(`aim-${aim.id}`)).toHaveLength(before);

    const late = commandAnswer(await head.post(`/aims/${aim.id}/documents`).send({ type: 'sef' }).expect(201));
    const view = await head.get(`/aims/${aim.id}`).query({ minPosition: late.position }).expect(200);
    expect((view.body as { documents: { type: string }[] }).documents.find((document) => document.type === 'sef')).toEqual({
      type: 'sef',
      submitted: true,
      rag: null,
      submittedOn: '2025-03-20',
      overdue: true,
    });
  });

  it("an AIM report is published on the server's date: a publishedOn in the body is refused (400)", async () => {
    now = new Date('2025-03-12T10:00:00.000Z');
    const aim = commandAnswer(await api.admin.post(`/academies/${OTHER}/aims`).send({ date: '2025-03-12', format: 'one-day' }).expect(201));
    await api.admin
      .post(`/aims/${aim.id}/held`)
      .send({
        heldOn: '2025-03-12',
        attendees: [{ name: 'Dee Director', role: 'improvement-director', chair: true }],
        judgements: [{ heading: 'quality-of-education', judgement: 'good', comment: 'Well sequenced.' }],
        priorities: [{ priority: 'Reading', rag: 'amber' }],
        nextSteps: ['Phonics training'],
      })
      .expect(201);

    now = new Date('2025-03-21T16:00:00.000Z');
    const backdated = await api.admin.post(`/aims/${aim.id}/report`).send({ summary: 'Reading improves.', publishedOn: '2025-03-13' }).expect(400);
    expect(errorAnswer(backdated).fields).toEqual(['publishedOn']);
    const published = commandAnswer(await api.admin.post(`/aims/${aim.id}/report`).send({ summary: 'Reading improves.' }).expect(201));
    const view = await api.admin.get(`/aims/${aim.id}`).query({ minPosition: published.position }).expect(200);
    expect(view.body).toMatchObject({ report: { publishedOn: '2025-03-21', summary: 'Reading improves.' } });
  });

  it("a peer review's summary report is dated by the server: a late one stays late, a submittedOn in the body is refused (400)", async () => {
    now = new Date('2025-03-12T10:00:00.000Z');
    const lead = api.as(await tokenFor({ sub: 'ht-other', roles: ['headteacher'], academies: [OTHER] }));
    const group = commandAnswer(
      await api.admin
        .post('/peer-reviews')
        .send({
          name: 'Clock group',
          academicYear: '2024/25',
          members: [
            { headteacherId: 'hana', name: 'Hana Head', academyId: ACADEMY },
            { headteacherId: 'ht-other', name: 'Other Head', academyId: OTHER },
          ],
          leadHeadteacherId: 'ht-other',
        })
        .expect(201),
    );
    // Wednesday 19 March: the report is due a week later, on 26 March.
    const visit = commandAnswer(await api.admin.post(`/peer-reviews/${group.id}/visits`).send({ hostAcademyId: ACADEMY, visitDate: '2025-03-19', reviewerIds: ['ht-other'] }).expect(201));
    const path = `/peer-reviews/${group.id}/visits/${visit.id}`;

    now = new Date('2025-03-19T15:00:00.000Z');
    await lead.post(`${path}/held`).send({ feedback: 'Strong phonics.', actionsForNextAim: [] }).expect(201);

    now = new Date('2025-04-02T09:00:00.000Z');
    const backdated = await lead.post(`${path}/report`).send({ summary: 'Phonics is well led.', submittedOn: '2025-03-20' }).expect(400);
    expect(errorAnswer(backdated).fields).toEqual(['submittedOn']);
    const submitted = commandAnswer(await lead.post(`${path}/report`).send({ summary: 'Phonics is well led.' }).expect(201));
    const view = await lead.get(path).query({ minPosition: submitted.position }).expect(200);
    expect(view.body).toMatchObject({ report: { summary: 'Phonics is well led.', submittedOn: '2025-04-02', dueOn: '2025-03-26', late: true } });
  });
});
