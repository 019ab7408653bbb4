import { randomUUID } from 'node:crypto';
import type { Role } from '@trust/tokens';
import { commandAnswer, errorAnswer, registerAcademy, startTestApp, type CommandAnswerBody, type TestApp } from './test-support/test-app.js';
import { tokenFor } from './test-support/tokens.js';

/*
 * Who records a peer review visit (seed 003): each visiting headteacher and the facilitating improvement
 * director record their own observations and safeguarding concerns; the lead headteacher (or the facilitator)
 * records the visit held with the feedback and actions; the host headteacher records neither, so cannot
 * whitewash the review of their own school. A concern raised by any visitor is always flagged, whatever anyone
 * recorded first, even after the visit was recorded held.
 */

const OAK = '815001';
const ASH = '815002';
const ELM = '815003';
const BIRCH = '815004';
const MEMBERS = [
  { headteacherId: 'ht-oak', name: 'Ann Oak', academyId: OAK },
  { headteacherId: 'ht-ash', name: 'Bob Ash', academyId: ASH },
  { headteacherId: 'ht-elm', name: 'Cat Elm', academyId: ELM },
  { headteacherId: 'ht-birch', name: 'Dan Birch', academyId: BIRCH },
];
const GATE = 'Side gate left unlocked during the school day';
const SIGN_IN = 'Visitors not signed in at reception';

interface ObservationRecordBody {
  recordedBy: { personId: string; role: string } | null;
  observations: string[];
  recordedOn: string;
}

describe('Peer review visits: each visitor records their own; the host records nothing; every concern is flagged', () => {
  let api: TestApp;
  // Wednesday 12 March 2025, the day of the visit.
  const now = new Date('2025-03-12T15:00:00.000Z');
  const tokens = new Map<string, string>();
  let groupId: string;
  let visitId: string;
  let last: CommandAnswerBody;

  const as = (name: string) => api.as(tokens.get(name)!);
  const visitPath = (): string => `/peer-reviews/${groupId}/visits/${visitId}`;
  const streamTypes = async (): Promise<string[]> => (await api.streamEvents(`peer-review-visit-${visitId}`)).map((event) => event.type);

  beforeAll(async () => {
    api = await startTestApp({ clock: () => now });
    for (const academyId of [OAK, ASH, ELM, BIRCH]) await registerAcademy(api.server, academyId);
    const users: [string, Role, string[]][] = [
      ['dee', 'improvement-director', []],
      ['ivan', 'improvement-director', []],
      ['ada', 'trust-admin', []],
      ['ht-oak', 'headteacher', [OAK]],
      ['ht-ash', 'headteacher', [ASH]],
      ['ht-elm', 'headteacher', [ELM]],
      ['ht-birch', 'headteacher', [BIRCH]],
      ['chair-oak', 'governor', [OAK]],
    ];
    for (const [sub, role, academies] of users) tokens.set(sub, await tokenFor({ sub, roles: [role], academies }));

    groupId = commandAnswer(
      await as('dee').post('/peer-reviews').send({ name: 'North hub peer review', academicYear: '2024/25', members: MEMBERS, leadHeadteacherId: 'ht-ash' }).expect(201),
    ).id;
    visitId = commandAnswer(
      await as('dee').post(`/peer-reviews/${groupId}/visits`).send({ hostAcademyId: OAK, visitDate: '2025-03-12', reviewerIds: ['ht-elm'], facilitatorUserId: 'dee' }).expect(201),
    ).id;
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  it('the host headteacher may record neither observations nor the visit held (403), and nothing is stored', async () => {
    const whitewash = await as('ht-oak').post(`${visitPath()}/held`).send({ feedback: 'All excellent.', actionsForNextAim: [] }).expect(403);
    expect(errorAnswer(whitewash).message).toBe(`Not allowed: only the lead headteacher or the facilitating improvement director may record visit ${visitId} as held`);
    await as('ht-oak').post(`${visitPath()}/observations`).send({ observations: ['All excellent.'] }).expect(403);
    expect(await streamTypes()).toEqual([]);
  });

  it('a visiting headteacher records their observations and a concern, which is flagged as theirs', async () => {
    last = commandAnswer(
      await as('ht-elm').post(`${visitPath()}/observations`).send({ observations: ['Phonics groups well matched to need'], safeguardingConcerns: [GATE] }).expect(201),
    );
    expect(last).toMatchObject({ id: visitId, events: ['VisitObservationsRecorded', 'SafeguardingConcernFlagged'] });
  });

  it('the facilitator records theirs; the visitor records a second form, appended beside the first', async () => {
    last = commandAnswer(await as('dee').post(`${visitPath()}/observations`).send({ observations: ['Leaders know the school well'], safeguardingConcerns: [] }).expect(201));
    expect(last.events).toEqual(['VisitObservationsRecorded']);
    last = commandAnswer(await as('ht-elm').post(`${visitPath()}/observations`).send({ observations: ['Year 2 books matched after all'] }).expect(201));
    expect(last.events).toEqual(['VisitObservationsRecorded']);
  });

  it('the lead records the visit held with the feedback and actions; a second record held is a conflict (409)', async () => {
    await as('ht-elm').post(`${visitPath()}/held`).send({ feedback: 'Feedback.', actionsForNextAim: [] }).expect(403);
    last = commandAnswer(
      await as('ht-ash').post(`${visitPath()}/held`).send({ feedback: 'Strong start; align reading books with the scheme.', actionsForNextAim: ['Audit reading books'] }).expect(201),
    );
    expect(last.events).toEqual(['ReviewVisitRecorded']);
    await as('dee').post(`${visitPath()}/held`).send({ feedback: 'Another view.', actionsForNextAim: [] }).expect(409);
    const concernOnHeld = await as('ht-ash').post(`${visitPath()}/held`).send({ feedback: 'F.', actionsForNextAim: [], safeguardingConcerns: [SIGN_IN] }).expect(400);
    expect(errorAnswer(concernOnHeld).fields).toEqual(['safeguardingConcerns']);
  });

  it('a concern raised after the visit was recorded held is still flagged', async () => {
    last = commandAnswer(await as('ht-ash').post(`${visitPath()}/observations`).send({ safeguardingConcerns: [SIGN_IN] }).expect(201));
    expect(last.events).toEqual(['SafeguardingConcernFlagged']);
  });

  it('refuses a record with nothing in it, naming the field', async () => {
    const empty = await as('ht-elm').post(`${visitPath()}/observations`).send({ observations: [], safeguardingConcerns: [] }).expect(400);
    expect(errorAnswer(empty).fields).toEqual(['observations']);
  });

  it("shows each visitor's observations, the visit held and every concern with who raised it, to the visit's readers", async () => {
    for (const reader of ['ht-oak', 'ht-ash', 'ht-elm', 'dee', 'ada', 'chair-oak']) {
      const response = await as(reader).get(visitPath()).query({ minPosition: last.position }).expect(200);
      const body = response.body as { observations: ObservationRecordBody[] };
      expect(body.observations).toEqual([
        { recordedBy: { personId: 'ht-elm', role: 'reviewer' }, observations: ['Phonics groups well matched to need'], recordedOn: '2025-03-12' },
        { recordedBy: { personId: 'dee', role: 'facilitator' }, observations: ['Leaders know the school well'], recordedOn: '2025-03-12' },
        { recordedBy: { personId: 'ht-elm', role: 'reviewer' }, observations: ['Year 2 books matched after all'], recordedOn: '2025-03-12' },
      ]);
      expect(response.body).toMatchObject({
        findings: {
          recordedBy: { personId: 'ht-ash', role: 'lead' },
          feedback: 'Strong start; align reading books with the scheme.',
          actionsForNextAim: ['Audit reading books'],
          recordedOn: '2025-03-12',
        },
        safeguardingConcerns: [
          { concernId: `${visitId}-1`, concern: GATE, raisedBy: { personId: 'ht-elm', role: 'reviewer' }, flaggedOn: '2025-03-12' },
          { concernId: `${visitId}-2`, concern: SIGN_IN, raisedBy: { personId: 'ht-ash', role: 'lead' }, flaggedOn: '2025-03-12' },
        ],
      });
    }
    const concerns = await as('ada').get('/safeguarding-concerns').query({ minPosition: last.position }).expect(200);
    expect(concerns.body).toEqual([
      expect.objectContaining({ concernId: `${visitId}-1`, concern: GATE, raisedBy: { personId: 'ht-elm', role: 'reviewer' } }),
      expect.objectContaining({ concernId: `${visitId}-2`, concern: SIGN_IN, raisedBy: { personId: 'ht-ash', role: 'lead' } }),
    ]);
  });

  it('the chief executive enters a visitor\'s record on their behalf by naming them; a headteacher may not name another', async () => {
    const entered = commandAnswer(await as('ada').post(`${visitPath()}/observations`).send({ headteacherId: 'ht-elm', observations: ['From the paper form'] }).expect(201));
    expect(entered.events).toEqual(['VisitObservationsRecorded']);
    const [event] = (await api.streamEvents(`peer-review-visit-${visitId}`)).slice(-1);
    expect(event).toMatchObject({ data: { recordedBy: { personId: 'ht-elm', role: 'reviewer' } }, metadata: { actor: { userId: 'ada', role: 'trust-admin' } } });
    await as('ada').post(`${visitPath()}/observations`).send({ headteacherId: 'ht-oak', observations: ['All excellent.'] }).expect(403);
    await as('ht-elm').post(`${visitPath()}/observations`).send({ headteacherId: 'ht-ash', observations: ['Seen'] }).expect(403);
    await as('dee').post(`${visitPath()}/observations`).send({ headteacherId: 'ht-elm', observations: ['Seen'] }).expect(403);
  });

  it('to anyone who may not read the visit it does not exist (404, as an unknown visit)', async () => {
    for (const outsider of ['ht-birch', 'ivan']) {
      const response = await as(outsider).post(`${visitPath()}/observations`).send({ safeguardingConcerns: [GATE] }).expect(404);
      const unknown = await as(outsider).post(`/peer-reviews/${groupId}/visits/no-such-visit/observations`).send({ safeguardingConcerns: [GATE] }).expect(404);
      expect(response.body).toEqual({ ...(unknown.body as object), message: (unknown.body as { message: string }).message.replace('no-such-visit', visitId) });
    }
  });
});

describe('Peer review visits recorded before each visitor recorded their own (events stored at v1)', () => {
  let api: TestApp;
  const now = new Date('2025-03-12T15:00:00.000Z');
  let groupId: string;
  let visitId: string;

  beforeAll(async () => {
    api = await startTestApp({ clock: () => now });
    for (const academyId of [OAK, ASH]) await registerAcademy(api.server, academyId);
    groupId = commandAnswer(await api.admin.post('/peer-reviews').send({ name: 'Old group', academicYear: '2024/25', members: MEMBERS.slice(0, 2), leadHeadteacherId: 'ht-ash' }).expect(201)).id;
    visitId = commandAnswer(await api.admin.post(`/peer-reviews/${groupId}/visits`).send({ hostAcademyId: OAK, visitDate: '2025-03-12', reviewerIds: ['ht-ash'] }).expect(201)).id;
    const metadata = { actor: { userId: 'ht-oak', role: 'headteacher' }, correlationId: randomUUID(), causationId: randomUUID(), idempotencyKey: null };
    const common = { visitId, hostAcademyId: OAK, visitDate: '2025-03-12' };
    await api.store.append(
      `peer-review-visit-${visitId}`,
      [
        { eventId: randomUUID(), type: 'ReviewVisitRecorded', schemaVersion: 1, data: { ...common, observations: ['All excellent'], feedback: 'Keep going.', actionsForNextAim: [], recordedOn: '2025-03-12' }, metadata },
        { eventId: randomUUID(), type: 'SafeguardingConcernFlagged', schemaVersion: 1, data: { ...common, concernId: `${visitId}-1`, concern: GATE, flaggedOn: '2025-03-12' }, metadata },
      ],
      { expectedVersion: 'no-stream' },
    );
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  it('reads them with no recorder named, and flags a later concern under the next id', async () => {
    const later = commandAnswer(await api.as(await tokenFor({ sub: 'ht-ash', roles: ['headteacher'], academies: [ASH] })).post(`/peer-reviews/${groupId}/visits/${visitId}/observations`).send({ safeguardingConcerns: [SIGN_IN] }).expect(201));
    expect(later.events).toEqual(['SafeguardingConcernFlagged']);
    const view = await api.admin.get(`/peer-reviews/${groupId}/visits/${visitId}`).query({ minPosition: later.position }).expect(200);
    expect(view.body).toMatchObject({
      observations: [{ recordedBy: null, observations: ['All excellent'], recordedOn: '2025-03-12' }],
      findings: { recordedBy: null, feedback: 'Keep going.', actionsForNextAim: [], recordedOn: '2025-03-12' },
      safeguardingConcerns: [
        { concernId: `${visitId}-1`, concern: GATE, raisedBy: null },
        { concernId: `${visitId}-2`, concern: SIGN_IN, raisedBy: { personId: 'ht-ash', role: 'lead' } },
      ],
    });
  });
});
