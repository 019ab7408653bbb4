import { randomUUID } from 'node:crypto';
import { verifyHashChain } from '@trust/event-store';
import { ERASED } from '@trust/personal-data';
import { waitUntil } from '@trust/testing';
import { commandAnswer, errorAnswer, registerAcademy, startTestApp, type TestApp } from './test-support/test-app.js';
import { tokenFor } from './test-support/tokens.js';

/*
 * POST /admin/data-subjects/:subjectId/erasure end to end: a member of staff in the database of expertise
 * and a peer review group, and a SIP on an academy's card, erased; every read shows [erased] once the
 * rebuilds the answer names complete, `asOf` reads from before the erasure too; the audit trail shows the
 * erasure, who and why; the chain verifies. The member of staff also attended an AIM, recorded with their
 * staff id: their attendance reads [erased] too (GET /aims, as of before the erasure, the audit trail),
 * while an attendee kept by name only, sealed under the meeting's record key, stays readable.
 */

const OAK = '840001';
const ASH = '840002';
const ELM = '840003';

interface Erasure {
  id: string;
  streamId: string;
  position: string;
  events: string[];
  subjectId: string;
  erasedBy: string;
  reason: string;
  erasedAt: string;
  already: boolean;
  rebuildJobs: { projection: string; jobId: string }[];
}

interface SubjectAccess {
  subjectId: string;
  erasedAt: string | null;
  events: { position: string; type: string; streamId: string; actor: { userId: string }; data: Record<string, unknown> }[];
}

interface AuditEvent {
  position: string;
  type: string;
  streamId: string;
  actor: { userId: string; role: string };
  data: Record<string, unknown> | null;
}

describe('Erasing a data subject over HTTP', () => {
  let api: TestApp;
  let now = new Date('2025-03-12T09:00:00.000Z');
  let director: string;
  let groupId: string;
  let aimId: string;
  let beforeErasure: string;
  let first: Erasure;

  beforeAll(async () => {
    api = await startTestApp({ clock: () => now });
    for (const academyId of [OAK, ASH, ELM]) await registerAcademy(api.server, academyId);
    director = await tokenFor({ sub: 'dee', roles: ['improvement-director'] });
    const as = api.as(director);
    await as.post('/expertise').send({ staffId: 'st-41', name: 'Priya Nair', academyId: OAK, role: 'headteacher', areas: ['phonics'] }).expect(201);
    await as.post('/expertise').send({ staffId: 'st-42', name: 'Sam Ash', academyId: ASH, role: 'headteacher', areas: ['phonics'] }).expect(201);
    const members = [
      { headteacherId: 'st-41', name: 'Priya Nair', academyId: OAK },
      { headteacherId: 'st-42', name: 'Sam Ash', academyId: ASH },
      { headteacherId: 'st-43', name: 'Cat Elm', academyId: ELM },
    ];
    groupId = commandAnswer(await as.post('/peer-reviews').send({ name: 'North hub peer review', academicYear: '2024/25', members, leadHeadteacherId: 'st-42' }).expect(201)).id;
    await api.admin.post(`/academies/${OAK}/sip-assignments`).send({ sipId: 'sip-7', name: 'Jane Doe', approvedOn: '2024-07-10' }).expect(201);
    aimId = commandAnswer(await as.post(`/academies/${OAK}/aims`).send({ date: '2025-03-12', format: 'one-day', focus: 'Reading' }).expect(201)).id;
    await as.post(`/aims/${aimId}/focus`).send({ focus: 'Early reading' }).expect(201);
    const held = await as
      .post(`/aims/${aimId}/held`)
      .send({
        heldOn: '2025-03-12',
        attendees: [
          { name: 'Dee Director', role: 'improvement-director', chair: true },
          { name: 'Priya Nair', role: 'headteacher', staffId: 'st-41' },
        ],
        judgements: [{ heading: 'quality-of-education', judgement: 'good', comment: 'A well-sequenced curriculum.' }],
        priorities: [{ priority: 'Early reading in Year 1', rag: 'amber' }],
        nextSteps: ['Phonics training before Easter'],
      })
      .expect(201);
    expect(commandAnswer(held).events).toEqual(['AimHeld']);
    // asOf reads an instant as recorded (the store's clock, not the commands' injected one).
    await new Promise((resolve) => setTimeout(resolve, 5));
    beforeErasure = new Date().toISOString();
    now = new Date('2025-03-14T10:00:00.000Z');
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  const waitForJobs = async (jobs: readonly { jobId: string }[]): Promise<void> => {
    for (const { jobId } of jobs) {
      let state = '';
      await waitUntil(
        async () => {
          state = ((await api.admin.get(`/admin/jobs/${jobId}`).expect(200)).body as { state: string }).state;
          return state === 'completed' || state === 'failed';
        },
        { timeoutMs: 30_000, message: `the rebuild ${jobId} to end` },
      );
      expect([jobId, state]).toEqual([jobId, 'completed']);
    }
  };
  const experts = async (): Promise<{ staffId: string; name: string }[]> =>
    ((await api.as(director).get('/expertise').query({ area: 'phonics' }).expect(200)).body as { staffId: string; name: string }[]).map(({ staffId, name }) => ({ staffId, name }));
  type Attendee = { name: string; role: string; chair: boolean; staffId: string | null };
  const attendees = async (query: Record<string, string> = {}): Promise<Attendee[]> =>
    ((await api.admin.get(`/aims/${aimId}`).query(query).expect(200)).body as { outcome: { attendees: Attendee[] } }).outcome.attendees;
  const listedAttendees = async (query: Record<string, string> = {}): Promise<Attendee[] | undefined> =>
    ((await api.admin.get(`/academies/${OAK}/aims`).query(query).expect(200)).body as { aimId: string; outcome: { attendees: Attendee[] } | null }[]).find((aim) => aim.aimId === aimId)?.outcome?.attendees;
  const groupMembers = async (): Promise<{ headteacherId: string; name: string }[]> =>
    ((await api.admin.get(`/peer-reviews/${groupId}`).expect(200)).body as { members: { headteacherId: string; name: string }[] }).members.map(({ headteacherId, name }) => ({ headteacherId, name }));

  it('refuses a malformed subject or reason (400 naming the field), and an unknown subject (404)', async () => {
    for (const subjectId of ['st-41', 'pupil:p-1', 'staff:a%20b']) {
      expect(errorAnswer(await api.admin.post(`/admin/data-subjects/${subjectId}/erasure`).send({ reason: 'Asked' }).expect(400)).fields).toEqual(['subjectId']);
    }
    for (const body of [{}, { reason: '' }, { reason: '  ' }, { reason: 'x'.repeat(2001) }, { reason: 42 }]) {
      expect(errorAnswer(await api.admin.post('/admin/data-subjects/staff:st-41/erasure').send(body).expect(400)).fields).toEqual(['reason']);
    }
    await api.admin.post('/admin/data-subjects/staff:nobody/erasure').send({ reason: 'Asked' }).expect(404);
    await api.admin.get('/admin/data-subjects-nowhere').expect(404);
  });

  it('refuses a headteacher and an improvement director (403)', async () => {
    const head = await tokenFor({ sub: 'st-41', roles: ['headteacher'], academies: [OAK] });
    await api.as(head).post('/admin/data-subjects/staff:st-41/erasure').send({ reason: 'My own data' }).expect(403);
    await api.as(director).post('/admin/data-subjects/staff:st-41/erasure').send({ reason: 'Asked' }).expect(403);
  });

  it('exports everything held about a member of staff, opened (subject access), and refuses a malformed or unknown subject', async () => {
    const exported = (await api.admin.get('/admin/data-subjects/staff:st-41').expect(200)).body as SubjectAccess;
    expect(exported).toMatchObject({ subjectId: 'staff:st-41', erasedAt: null });
    expect(exported.events.map(({ type, streamId }) => [type, streamId])).toEqual([
      ['ExpertiseRegistered', 'expertise-st-41'],
      ['PeerReviewGroupFormed', `peer-review-group-${groupId}`],
      ['AimHeld', `aim-${aimId}`],
    ]);
    expect(exported.events[2]?.data).toMatchObject({ attendees: [{ name: 'Dee Director', staffId: null }, { name: 'Priya Nair', role: 'headteacher', staffId: 'st-41' }] });
    expect(exported.events[0]).toMatchObject({ actor: { userId: 'dee', role: 'improvement-director' }, data: { staffId: 'st-41', name: 'Priya Nair' } });
    expect(JSON.stringify(exported)).not.toContain('sealed:v');
    const csv = await api.admin.get('/admin/data-subjects/staff:st-41').set('Accept', 'text/csv').expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="subject-access-staff-st-41-as-of-\d+\.csv"$/);
    expect(csv.text).toContain('"position","recordedAt","streamId","type","actorUserId","actorRole","field","value"');
    expect(csv.text).toContain('"ExpertiseRegistered","dee","improvement-director","name","Priya Nair"');
    expect(csv.text).toContain('"members[0].name","Priya Nair"');
    expect(csv.text).toContain('"attendees[1].name","Priya Nair"');
    expect(errorAnswer(await api.admin.get('/admin/data-subjects/pupil:p-1').expect(400)).fields).toEqual(['subjectId']);
    await api.admin.get('/admin/data-subjects/staff:nobody').expect(404);
    await api.as(director).get('/admin/data-subjects/staff:st-41').expect(403);
  });

  it('erases a member of staff: the erasure recorded, every read model rebuilt, their name [erased] wherever it was sealed under their key', async () => {
    const response = await api.admin.post('/admin/data-subjects/staff:st-41/erasure').set('Idempotency-Key', 'erase-st-41').send({ reason: 'Erasure request DP-12' }).expect(201);
    first = response.body as Erasure;
    expect(first).toMatchObject({
      id: 'staff:st-41',
      streamId: 'data-subject-staff:st-41',
      events: ['PersonalDataErased'],
      subjectId: 'staff:st-41',
      erasedBy: 'test-admin',
      reason: 'Erasure request DP-12',
      erasedAt: '2025-03-14T10:00:00.000Z',
      already: false,
    });
    const projections = ((await api.admin.get('/admin/projections').expect(200)).body as { projections: { name: string }[] }).projections.map(({ name }) => name);
    expect(first.rebuildJobs.map(({ projection }) => projection).sort()).toEqual([...projections].sort());
    await waitForJobs(first.rebuildJobs);

    expect(await experts()).toEqual([
      { staffId: 'st-41', name: ERASED },
      { staffId: 'st-42', name: 'Sam Ash' },
    ]);
    expect(await groupMembers()).toEqual([
      { headteacherId: 'st-41', name: ERASED },
      { headteacherId: 'st-42', name: 'Sam Ash' },
      { headteacherId: 'st-43', name: 'Cat Elm' },
    ]);
    // Their AIM attendance, recorded with their staff id, sealed under their key: [erased] live and as of
    // before the erasure; the director, kept by name only under the meeting's record key, stays readable.
    const attendance: Attendee[] = [
      { name: 'Dee Director', role: 'improvement-director', chair: true, staffId: null },
      { name: ERASED, role: 'headteacher', chair: false, staffId: 'st-41' },
    ];
    expect(await attendees()).toEqual(attendance);
    expect(await attendees({ asOf: beforeErasure })).toEqual(attendance);
    expect(await listedAttendees()).toEqual(attendance);
    expect(await listedAttendees({ asOf: beforeErasure })).toEqual(attendance);
  });

  it('shows the erasure in the audit trail, who and why, and [erased] in every event it sealed; the chain verifies', async () => {
    const audit = (await api.admin.get('/audit').query({ minPosition: first.position }).expect(200)).body as AuditEvent[];
    const erasure = audit.find((event) => event.type === 'PersonalDataErased');
    expect(erasure).toMatchObject({
      streamId: 'data-subject-staff:st-41',
      actor: { userId: 'test-admin', role: 'trust-admin' },
      data: { subjectId: 'staff:st-41', erasedBy: 'test-admin', reason: 'Erasure request DP-12', erasedAt: '2025-03-14T10:00:00.000Z' },
    });
    expect(audit.find((event) => event.streamId === 'expertise-st-41')?.data).toMatchObject({ staffId: 'st-41', name: ERASED });
    const formed = audit.find((event) => event.type === 'PeerReviewGroupFormed')?.data as { members: { name: string }[] };
    expect(formed.members.map(({ name }) => name)).toEqual([ERASED, 'Sam Ash', 'Cat Elm']);
    const held = audit.find((event) => event.type === 'AimHeld')?.data as { attendees: { name: string; staffId: string | null }[]; judgements: { comment: string }[] };
    expect(held.attendees.map(({ name, staffId }) => [name, staffId])).toEqual([['Dee Director', null], [ERASED, 'st-41']]);
    expect(held.judgements[0]?.comment).toBe('A well-sequenced curriculum.');
    const { rows } = await api.database.pool.query<{ data: unknown }>("SELECT data FROM events WHERE type = 'PersonalDataErased'");
    expect(JSON.stringify(rows)).not.toContain('DP-12');
    expect(await verifyHashChain(api.database.pool)).toMatchObject({ firstMismatch: null, verified: Number(first.position) });
  });

  it('erasing again answers the first erasure, appends nothing and queues nothing; the same Idempotency-Key replays the first answer', async () => {
    now = new Date('2025-03-20T10:00:00.000Z');
    const again = (await api.admin.post('/admin/data-subjects/staff:st-41/erasure').send({ reason: 'Asked again' }).expect(201)).body as Erasure;
    expect(again).toMatchObject({ subjectId: 'staff:st-41', erasedAt: first.erasedAt, reason: first.reason, erasedBy: 'test-admin', events: [], already: true, rebuildJobs: [], position: first.position });
    const replayed = await api.admin.post('/admin/data-subjects/staff:st-41/erasure').set('Idempotency-Key', 'erase-st-41').send({ reason: 'Erasure request DP-12' }).expect(201);
    expect(replayed.body).toEqual(first);
    await api.admin.post('/admin/data-subjects/staff:st-41/erasure').set('Idempotency-Key', 'erase-st-41').send({ reason: 'Another' }).expect(422);
  });

  it('exports an erased subject with when they were erased, their fields [erased], and the erasure itself', async () => {
    const exported = (await api.admin.get('/admin/data-subjects/staff:st-41').expect(200)).body as SubjectAccess;
    expect(exported.erasedAt).toBe(first.erasedAt);
    expect(exported.events.map(({ type }) => type)).toEqual(['ExpertiseRegistered', 'PeerReviewGroupFormed', 'AimHeld', 'PersonalDataErased']);
    expect(exported.events[0]?.data).toMatchObject({ staffId: 'st-41', name: ERASED });
    expect(JSON.stringify(exported)).not.toContain('Priya');
  });

  it('finishes an erasure that stopped after recording it (its key still live): destroys the key and queues the rebuilds', async () => {
    now = new Date('2025-03-21T10:00:00.000Z');
    await api.as(director).post('/expertise').send({ staffId: 'st-44', name: 'Hal Half', academyId: ASH, role: 'teacher', areas: ['phonics'] }).expect(201);
    // What a crash between the append and the key's destruction leaves: the event, and a live key.
    const data = { subjectId: 'staff:st-44', erasedBy: 'test-admin', reason: 'Erasure request DP-14', erasedAt: '2025-03-21T09:00:00.000Z' };
    const metadata = { actor: { userId: 'test-admin', role: 'trust-admin' }, correlationId: randomUUID(), causationId: randomUUID(), idempotencyKey: null, commandType: 'ErasePersonalData' };
    await api.store.append('data-subject-staff:st-44', [{ eventId: randomUUID(), type: 'PersonalDataErased', schemaVersion: 1, data, metadata }], { expectedVersion: 'no-stream' });

    const finished = (await api.admin.post('/admin/data-subjects/staff:st-44/erasure').send({ reason: 'Erasure request DP-14' }).expect(201)).body as Erasure;
    expect(finished).toMatchObject({ events: [], already: false, erasedAt: data.erasedAt, reason: data.reason });
    expect(finished.rebuildJobs.length).toBeGreaterThan(0);
    await waitForJobs(finished.rebuildJobs);
    expect(await experts()).toContainEqual({ staffId: 'st-44', name: ERASED });
    expect(((await api.admin.get('/admin/data-subjects/staff:st-44').expect(200)).body as SubjectAccess).erasedAt).toBe(data.erasedAt);
  });

  it('erases a SIP: the card, and the card as of before the erasure, show [erased]', async () => {
    const card = async (query: Record<string, string> = {}): Promise<{ sip: { name: string } | null }> =>
      (await api.admin.get(`/academies/${OAK}/card`).query(query).expect(200)).body as { sip: { name: string } | null };
    expect((await card({ asOf: beforeErasure })).sip?.name).toBe('Jane Doe');
    const erased = (await api.admin.post('/admin/data-subjects/sip:sip-7/erasure').send({ reason: 'Left the trust; request DP-13' }).expect(201)).body as Erasure;
    await waitForJobs(erased.rebuildJobs);
    expect((await card()).sip?.name).toBe(ERASED);
    expect((await card({ asOf: beforeErasure })).sip?.name).toBe(ERASED);
    // No read model failed on PersonalDataErased, followed live or in a rebuild.
    const { projections } = (await api.admin.get('/admin/projections').expect(200)).body as { projections: { name: string; status: string; lastError: string | null }[] };
    expect(projections.filter(({ status, lastError }) => status !== 'running' || lastError !== null)).toEqual([]);
  });
});
