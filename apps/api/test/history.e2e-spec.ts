import { commandAnswer, errorAnswer, registerAcademy, startTestApp, type TestApp } from './test-support/test-app.js';
import { tokenFor } from './test-support/tokens.js';

/*
 * A trust records its past: a meeting held last November and a peer review visit of last January, entered on
 * a Sunday in August of the following year. Each is recorded with its outcome and the days things happened;
 * no deadline is chased for a day that had gone before the ledger knew of it.
 */

const ACADEMY = '780001';
const OAK = '780011';
const ASH = '780012';
const ELM = '780013';
// Sunday 16 August 2026: the academic year 2025/26 is ending, 2024/25 is the past.
const NOW = new Date('2026-08-16T11:00:00.000Z');

const MEETING = {
  heldOn: '2024-11-11',
  attendees: [
    { name: 'Dee Director', role: 'improvement-director', chair: true },
    { name: 'Hana Head', role: 'headteacher' },
  ],
  judgements: [{ heading: 'quality-of-education', judgement: 'good', comment: 'Reading is well sequenced.' }],
  priorities: [{ priority: 'Attendance of disadvantaged pupils', rag: 'amber' }],
  nextSteps: ['Review attendance at the spring AIM'],
};

interface AimViewBody {
  status: string;
  outcome: { heldOn: string } | null;
  documents: { type: string; submitted: boolean; submittedOn: string | null; overdue: boolean }[];
  report: { publishedOn: string } | null;
}

describe('The past recorded after the fact', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ clock: () => NOW });
    for (const academyId of [ACADEMY, OAK, ASH, ELM]) await registerAcademy(api.server, academyId);
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  it('records a meeting held on a past day, prepared and reported on the days that happened, its documents never chased', async () => {
    const director = api.as(await tokenFor({ sub: 'dee', roles: ['improvement-director'] }));
    const scheduled = commandAnswer(await director.post(`/academies/${ACADEMY}/aims`).send({ date: '2024-11-11', format: 'one-day', focus: 'Attendance' }).expect(201));
    const aim = `/aims/${scheduled.id}`;

    commandAnswer(await director.post(`${aim}/documents`).send({ type: 'sef', submittedOn: '2024-11-01' }).expect(201));
    const afterTheMeeting = await director.post(`${aim}/documents`).send({ type: 'improvement-plan', submittedOn: '2024-11-12' }).expect(400);
    expect(errorAnswer(afterTheMeeting).fields).toEqual(['submittedOn']);
    expect(commandAnswer(await director.post(`${aim}/document-checks`).expect(201)).events).toEqual([]);

    commandAnswer(await director.post(`${aim}/held`).send(MEETING).expect(201));
    const published = commandAnswer(await director.post(`${aim}/report`).send({ summary: 'Attendance improving.', publishedOn: '2024-11-15' }).expect(201));

    const view = (await director.get(aim).query({ minPosition: published.position }).expect(200)).body as AimViewBody;
    expect(view).toMatchObject({ status: 'reported', outcome: { heldOn: '2024-11-11' }, report: { publishedOn: '2024-11-15' } });
    expect(view.documents.find((document) => document.type === 'sef')).toMatchObject({ submittedOn: '2024-11-01', overdue: false });
    expect(view.documents.filter((document) => document.overdue)).toEqual([]);

    const compliance = await director.get('/compliance').query({ academicYear: '2024/25', minPosition: published.position }).expect(200);
    const academy = (compliance.body as { academies: { academyId: string; aims: { held: number } }[] }).academies.find((row) => row.academyId === ACADEMY);
    expect(academy?.aims.held).toBe(1);
  });

  it('keeps refusing the impossible: a meeting held on another day than its own, a day in the future', async () => {
    const director = api.as(await tokenFor({ sub: 'dee', roles: ['improvement-director'] }));
    const scheduled = commandAnswer(await director.post(`/academies/${ACADEMY}/aims`).send({ date: '2025-01-20', format: 'one-day' }).expect(201));
    await director.post(`/aims/${scheduled.id}/held`).send({ ...MEETING, heldOn: '2025-01-17' }).expect(422);
    const future = await director.post(`/aims/${scheduled.id}/report`).send({ summary: 'Too early.' }).expect(422);
    expect(errorAnswer(future).message).toContain('has not been held');
  });

  it("records a past year's peer review visit with its findings and the day its report was sent; nothing recorded overdue", async () => {
    const director = api.as(await tokenFor({ sub: 'dee', roles: ['improvement-director'] }));
    const lead = api.as(await tokenFor({ sub: 'ht-ash', roles: ['headteacher'], academies: [ASH] }));
    const members = [
      { headteacherId: 'ht-oak', name: 'Ann Oak', academyId: OAK },
      { headteacherId: 'ht-ash', name: 'Bob Ash', academyId: ASH },
      { headteacherId: 'ht-elm', name: 'Cat Elm', academyId: ELM },
    ];
    const groupId = commandAnswer(await director.post('/peer-reviews').send({ name: 'North hub 2024/25', academicYear: '2024/25', members, leadHeadteacherId: 'ht-ash' }).expect(201)).id;
    const visitId = commandAnswer(await director.post(`/peer-reviews/${groupId}/visits`).send({ hostAcademyId: OAK, visitDate: '2025-01-15', reviewerIds: ['ht-elm'], facilitatorUserId: 'dee' }).expect(201)).id;
    const visit = `/peer-reviews/${groupId}/visits/${visitId}`;

    await director.post(`${visit}/observations`).send({ observations: ['Phonics well led'] }).expect(201);
    await lead.post(`${visit}/held`).send({ feedback: 'Strong phonics; align reading books.', actionsForNextAim: ['Audit reading books'] }).expect(201);
    const report = commandAnswer(await lead.post(`${visit}/report`).send({ summary: 'Phonics is well led.', submittedOn: '2025-01-20' }).expect(201));

    const view = (await director.get(visit).query({ minPosition: report.position }).expect(200)).body as { scheduledOn: string; findings: unknown; report: unknown; reportOverdueOn: string | null };
    expect(view).toMatchObject({ scheduledOn: '2026-08-16', report: { submittedOn: '2025-01-20', dueOn: '2025-01-22', late: false }, reportOverdueOn: null });
    expect(view.findings).not.toBeNull();
  });
});
