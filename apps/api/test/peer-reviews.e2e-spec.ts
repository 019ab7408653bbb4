import type { Role } from '@trust/tokens';
import { commandAnswer, errorAnswer, registerAcademy, startTestApp, type CommandAnswerBody, type TestApp } from './test-support/test-app.js';
import { dumpReadModels, rebuildEveryProjection } from './test-support/read-model-tables.js';
import { tokenFor } from './test-support/tokens.js';

/*
 * Peer reviews (interim AIMs) over HTTP: a group, a visit scheduled, its focus set by the host, observed by a
 * visiting headteacher who raises a safeguarding concern, recorded held and reported on by the lead, and read
 * only by those seed 003 allows: the attendees, the chief executive (trust-admin) and the host's chair of
 * governors. To anyone else the visit does not exist (404). Who records what is peer-review-visitors.e2e-spec.ts.
 */

const OAK = '810001';
const ASH = '810002';
const ELM = '810003';
const OUTSIDE = '810004';
const MEMBERS = [
  { headteacherId: 'ht-oak', name: 'Ann Oak', academyId: OAK },
  { headteacherId: 'ht-ash', name: 'Bob Ash', academyId: ASH },
  { headteacherId: 'ht-elm', name: 'Cat Elm', academyId: ELM },
];

describe('Peer reviews: confidential to the attendees, the chief executive and the host chair of governors', () => {
  let api: TestApp;
  // Wednesday 12 March 2025: the focus is set before the visit; the clock then moves past it to record it.
  let now = new Date('2025-03-12T09:00:00.000Z');
  const tokens = new Map<string, string>();
  let groupId: string;
  let visitId: string;
  let last: CommandAnswerBody;

  const token = (name: string): string => tokens.get(name)!;
  const visitPath = (): string => `/peer-reviews/${groupId}/visits/${visitId}`;

  beforeAll(async () => {
    api = await startTestApp({ clock: () => now });
    for (const academyId of [OAK, ASH, ELM, OUTSIDE]) await registerAcademy(api.server, academyId);
    const users: [string, Role, string[]][] = [
      ['dee', 'improvement-director', []],
      ['ivan', 'improvement-director', []],
      ['ada', 'trust-admin', []],
      ['cora', 'standards-committee', []],
      ['ht-oak', 'headteacher', [OAK]],
      ['ht-ash', 'headteacher', [ASH]],
      ['ht-elm', 'headteacher', [ELM]],
      ['ht-out', 'headteacher', [OUTSIDE]],
      ['chair-oak', 'governor', [OAK]],
      ['chair-ash', 'governor', [ASH]],
    ];
    for (const [sub, role, academies] of users) tokens.set(sub, await tokenFor({ sub, roles: [role], academies }));
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  it('the improvement director forms a group and schedules a visit to Oak, led by Ash, reviewed by Elm, facilitated by them', async () => {
    const formed = await api
      .as(token('dee'))
      .post('/peer-reviews')
      .set('Idempotency-Key', 'north-group')
      .send({ name: 'North hub peer review', academicYear: '2024/25', members: MEMBERS, leadHeadteacherId: 'ht-ash' })
      .expect(201);
    groupId = commandAnswer(formed).id;
    expect(commandAnswer(formed)).toMatchObject({ streamId: `peer-review-group-${groupId}`, events: ['PeerReviewGroupFormed'] });
    const again = await api
      .as(token('dee'))
      .post('/peer-reviews')
      .set('Idempotency-Key', 'north-group')
      .send({ name: 'North hub peer review', academicYear: '2024/25', members: MEMBERS, leadHeadteacherId: 'ht-ash' })
      .expect(201);
    expect(commandAnswer(again).id).toBe(groupId);

    last = commandAnswer(
      await api
        .as(token('dee'))
        .post(`/peer-reviews/${groupId}/visits`)
        .send({ hostAcademyId: OAK, visitDate: '2025-03-26', reviewerIds: ['ht-elm'], facilitatorUserId: 'dee' })
        .expect(201),
    );
    visitId = last.id;
    expect(last.events).toEqual(['ReviewVisitScheduled']);
  });

  it("lists the groups each may see: every group to the trust, a group's own academies' people only theirs, by academic year", async () => {
    const ids = async (who: string, query = ''): Promise<string[]> =>
      ((await api.as(token(who)).get(`/peer-reviews${query}`).expect(200)).body as { groupId: string }[]).map((group) => group.groupId);
    const listed = (await api.as(token('dee')).get(`/peer-reviews?minPosition=${last.position}`).expect(200)).body as { groupId: string; members: unknown[]; visits: { visitId: string }[] }[];
    expect(listed.find((group) => group.groupId === groupId)).toMatchObject({ members: MEMBERS.map((member) => ({ ...member, academyName: `Academy ${member.academyId}` })), visits: [expect.objectContaining({ visitId, hostAcademyId: OAK })] });
    expect(await ids('ada')).toContain(groupId);
    expect(await ids('ht-elm')).toContain(groupId);
    expect(await ids('chair-ash')).toContain(groupId);
    expect(await ids('ht-out')).toEqual([]);
    expect(await ids('dee', '?academicYear=2024/25')).toContain(groupId);
    expect(await ids('dee', '?academicYear=2025/26')).not.toContain(groupId);
    const bad = await api.as(token('dee')).get('/peer-reviews?academicYear=2024').expect(400);
    expect(errorAnswer(bad).fields).toEqual(['academicYear']);
    await api.as(token('cora')).get('/peer-reviews').expect(403);
  });

  it('refuses bad input naming the field, an unknown group, and a member academy not registered', async () => {
    const bad = await api.as(token('dee')).post('/peer-reviews').send({ name: 'X', academicYear: '2024/25', members: 'all', leadHeadteacherId: 'ht-ash' }).expect(400);
    expect(errorAnswer(bad).fields).toEqual(['members']);
    const lead = await api.as(token('dee')).post('/peer-reviews').send({ name: 'X', academicYear: '2024/25', members: MEMBERS, leadHeadteacherId: 'ht-nobody' }).expect(400);
    expect(errorAnswer(lead).fields).toEqual(['leadHeadteacherId']);
    const unknown = [...MEMBERS.slice(0, 2), { headteacherId: 'ht-new', name: 'New', academyId: '819999' }];
    await api.as(token('dee')).post('/peer-reviews').send({ name: 'X', academicYear: '2024/25', members: unknown, leadHeadteacherId: 'ht-ash' }).expect(404);
    await api.as(token('dee')).post('/peer-reviews/no-such-group/visits').send({ hostAcademyId: OAK, visitDate: '2025-03-27', reviewerIds: ['ht-elm'] }).expect(404);
    await api.as(token('ht-oak')).post('/peer-reviews').send({ name: 'X', academicYear: '2024/25', members: MEMBERS, leadHeadteacherId: 'ht-ash' }).expect(403);
  });

  it('the host headteacher sets the focus a week before; a reviewer may not (403) and to an outsider the visit does not exist (404)', async () => {
    const aspects = [{ aspect: 'Phonics in Year 1', rag: 'amber' }];
    last = commandAnswer(await api.as(token('ht-oak')).post(`${visitPath()}/focus`).send({ aspects }).expect(201));
    expect(last.events).toEqual(['VisitFocusSet']);
    await api.as(token('ht-elm')).post(`${visitPath()}/focus`).send({ aspects }).expect(403);
    await api.as(token('ht-out')).post(`${visitPath()}/focus`).send({ aspects }).expect(404);
    await api.as(token('ht-oak')).post(`${visitPath()}/focus`).send({ aspects, headteacherId: 'ht-ash' }).expect(403);
    const tooMany = await api.as(token('ht-oak')).post(`${visitPath()}/focus`).send({ aspects: [...aspects, { aspect: 'Maths', rag: 'red' }, { aspect: 'SEND', rag: 'green' }] }).expect(400);
    expect(errorAnswer(tooMany).fields).toEqual(['aspects']);
  });

  it('a visiting headteacher records observations after the visit, flagging a safeguarding concern; the lead records it held and submits the report', async () => {
    const observed = { observations: ['Phonics groups well matched to need'], safeguardingConcerns: ['Side gate left unlocked during the school day'] };
    const held = { feedback: 'Strong start; align reading books with the scheme.', actionsForNextAim: ['Audit reading books against the scheme'] };
    await api.as(token('ht-elm')).post(`${visitPath()}/observations`).send(observed).expect(422);
    now = new Date('2025-03-27T15:00:00.000Z');
    await api.as(token('ht-out')).post(`${visitPath()}/observations`).send(observed).expect(404);
    await api.as(token('ivan')).post(`${visitPath()}/held`).send(held).expect(404);
    last = commandAnswer(await api.as(token('ht-elm')).post(`${visitPath()}/observations`).send(observed).expect(201));
    expect(last.events).toEqual(['VisitObservationsRecorded', 'SafeguardingConcernFlagged']);
    last = commandAnswer(await api.as(token('ht-ash')).post(`${visitPath()}/held`).send(held).expect(201));
    expect(last.events).toEqual(['ReviewVisitRecorded']);
    await api.as(token('ht-ash')).post(`${visitPath()}/held`).send(held).expect(409);

    await api.as(token('ht-elm')).post(`${visitPath()}/report`).send({ summary: 'Summary.' }).expect(403);
    last = commandAnswer(await api.as(token('ht-ash')).post(`${visitPath()}/report`).send({ summary: 'Phonics is well led.' }).expect(201));
    expect(last.events).toEqual(['PeerReviewReportSubmitted']);
  });

  it('done when: an outside headteacher and another academy\'s governor get 404, as for an unknown visit; an attendee, trust-admin and the host chair get 200', async () => {
    const read = (name: string) => api.as(token(name)).get(visitPath()).query({ minPosition: last.position });
    for (const reader of ['ht-oak', 'ht-ash', 'ht-elm', 'dee', 'ada', 'chair-oak']) {
      const response = await read(reader).expect(200);
      expect(response.body).toMatchObject({
        visitId,
        groupId,
        hostAcademyId: OAK,
        focus: { aspects: [{ aspect: 'Phonics in Year 1', rag: 'amber' }] },
        observations: [{ recordedBy: { personId: 'ht-elm', role: 'reviewer' }, observations: ['Phonics groups well matched to need'] }],
        findings: { recordedBy: { personId: 'ht-ash', role: 'lead' }, feedback: 'Strong start; align reading books with the scheme.' },
        safeguardingConcerns: [{ concern: 'Side gate left unlocked during the school day' }],
        report: { summary: 'Phonics is well led.', late: false },
      });
    }
    for (const outsider of ['ht-out', 'chair-ash', 'ivan']) {
      const response = await read(outsider).expect(404);
      expect(response.body).toEqual({ statusCode: 404, error: 'Not Found', message: `peer review visit ${visitId} is not in group ${groupId}'s diary` });
    }
    // The standards committee may not use the route at all, whatever the visit.
    await read('cora').expect(403);
    await api.as(token('ada')).get(`/peer-reviews/${groupId}/visits/no-such-visit`).expect(404);
  });

  it('the group and its diary are for its own academies\' people; concerns are listed for the chief executive to escalate', async () => {
    const group = await api.as(token('chair-ash')).get(`/peer-reviews/${groupId}`).query({ minPosition: last.position }).expect(200);
    expect(group.body).toMatchObject({ groupId, academicYear: '2024/25', visits: [{ visitId, focusSet: true, recorded: true, reportSubmitted: true }] });
    // A governor of one member academy reads every member academy's name, which GET /academies would not tell them.
    expect((group.body as { members: { academyName: string }[] }).members.map((member) => member.academyName)).toEqual([`Academy ${OAK}`, `Academy ${ASH}`, `Academy ${ELM}`]);
    expect(JSON.stringify(group.body)).not.toContain('Side gate');
    await api.as(token('ht-out')).get(`/peer-reviews/${groupId}`).expect(404);
    await api.as(token('ada')).get('/peer-reviews/no-such-group').expect(404);

    const concerns = await api.as(token('ada')).get('/safeguarding-concerns').query({ minPosition: last.position }).expect(200);
    expect(concerns.body).toEqual([
      expect.objectContaining({ concernId: `${visitId}-1`, visitId, groupId, hostAcademyId: OAK, concern: 'Side gate left unlocked during the school day', flaggedOn: '2025-03-27' }),
    ]);
    await api.as(token('dee')).get('/safeguarding-concerns').expect(403);
  });

  it('rebuilds the read models from the events into the same rows', async () => {
    await api.as(token('ada')).get('/safeguarding-concerns').query({ minPosition: last.position }).expect(200);
    const before = await dumpReadModels(api.database.pool);
    expect(before['peer_review_visits']?.length).toBeGreaterThan(0);
    await rebuildEveryProjection(api.admin);
    expect(await dumpReadModels(api.database.pool)).toEqual(before);
  }, 60_000);
});
