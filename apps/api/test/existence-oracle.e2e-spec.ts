import { randomUUID } from 'node:crypto';
import type request from 'supertest';
import { commandAnswer, registerAcademy, startTestApp, type AuthenticatedAgent, type TestApp } from './test-support/test-app.js';
import { tokenFor } from './test-support/tokens.js';

/*
 * No existence or date oracle: a resource the caller may not see answers exactly as one that does not exist,
 * whatever the parameters (`on`, `asOf`, before or after the resource's dates). A route naming a record by its
 * own id (an AIM, a peer review group or visit) answers 404 to both; a route naming an academy in its path
 * refuses a scoped role 403 for every academy outside its token, registered or not, before looking.
 *
 * "Exactly": the same status, the same headers that describe the answer, and the same body byte for byte once
 * the id asked for is masked (each answer names the id it was asked about). The unknown ids have the same
 * length as the real ones, so even Content-Length must agree.
 */

const OURS = '780001';
const THEIRS = '780002';
const UNREGISTERED = '780009';
const NOW = new Date('2025-03-12T10:00:00.000Z');

const DESCRIBING_HEADERS = ['content-type', 'content-length', 'www-authenticate', 'retry-after', 'vary', 'cache-control'];

function answerOf(response: request.Response, id: string): { status: number; headers: Record<string, unknown>; body: string } {
  return {
    status: response.status,
    headers: Object.fromEntries(DESCRIBING_HEADERS.map((name) => [name, response.headers[name]])),
    body: response.text.split(id).join('<id>'),
  };
}

/** The same id with other characters: as long, never issued. */
function unknownLike(id: string): string {
  const candidate = randomUUID();
  return id.length === candidate.length ? candidate : 'x'.repeat(id.length);
}

describe('An out-of-scope resource answers exactly as an unknown one', () => {
  let api: TestApp;
  let head: AuthenticatedAgent;
  let governor: AuthenticatedAgent;
  let outsiderDirector: AuthenticatedAgent;
  let aimId: string;
  let groupId: string;
  let visitId: string;
  let recordedAt: Date;

  /** `asOf` and `on` variants around a resource's dates: none, before and after each. */
  function readVariants(before: { asOf: string; on: string }, after: { asOf: string; on: string }): Record<string, Record<string, string>> {
    return {
      'no parameters': {},
      'asOf before it was recorded': { asOf: before.asOf },
      'asOf after it was recorded': { asOf: after.asOf },
      'on before its date': { on: before.on },
      'on after its date': { on: after.on },
      'both, before': { asOf: before.asOf, on: before.on },
      'both, after': { asOf: after.asOf, on: after.on },
      'minPosition at the head': { minPosition: '1' },
    };
  }

  async function expectSameAnswer(send: (id: string) => request.Test, id: string): Promise<request.Response> {
    const other = unknownLike(id);
    const [seen, unseen] = [await send(id), await send(other)];
    expect(answerOf(seen, id)).toEqual(answerOf(unseen, other));
    return seen;
  }

  beforeAll(async () => {
    api = await startTestApp({ clock: () => NOW });
    for (const academyId of [OURS, THEIRS]) await registerAcademy(api.server, academyId, { joinedOn: '2020-09-01' });
    head = api.as(await tokenFor({ sub: 'ht-ours', roles: ['headteacher'], academies: [OURS] }));
    governor = api.as(await tokenFor({ sub: 'gov-ours', roles: ['governor'], academies: [OURS] }));
    outsiderDirector = api.as(await tokenFor({ sub: 'ivan', roles: ['improvement-director'] }));

    // Their AIM, on Wednesday 26 March 2025.
    const aim = commandAnswer(await api.admin.post(`/academies/${THEIRS}/aims`).send({ date: '2025-03-26', format: 'one-day' }).expect(201));
    aimId = aim.id;
    recordedAt = (await api.streamEvents(`aim-${aimId}`))[0]!.recordedAt;

    // Their peer review group and a visit to them, on 26 March, which neither we nor ivan attend.
    groupId = commandAnswer(
      await api.admin
        .post('/peer-reviews')
        .send({
          name: 'Their group',
          academicYear: '2024/25',
          members: [
            { headteacherId: 'ht-theirs', name: 'Their Head', academyId: THEIRS },
            { headteacherId: 'ht-ours', name: 'Our Head', academyId: OURS },
          ],
          leadHeadteacherId: 'ht-ours',
        })
        .expect(201),
    ).id;
    visitId = commandAnswer(await api.admin.post(`/peer-reviews/${groupId}/visits`).send({ hostAcademyId: THEIRS, visitDate: '2025-03-26', reviewerIds: ['ht-ours'], facilitatorUserId: 'dee' }).expect(201)).id;
    await api.admin.get(`/peer-reviews/${groupId}`).query({ minPosition: (await api.head()).toString() }).expect(200);
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  const before = (): { asOf: string; on: string } => ({ asOf: new Date(recordedAt.getTime() - 1).toISOString(), on: '2025-03-20' });
  const after = (): { asOf: string; on: string } => ({ asOf: new Date(recordedAt.getTime() + 60_000).toISOString(), on: '2025-03-27' });

  it.each(['no parameters', 'asOf before it was recorded', 'asOf after it was recorded', 'on before its date', 'on after its date', 'both, before', 'both, after', 'minPosition at the head'])(
    "GET /aims/:aimId of another academy's AIM, %s: 404 as for an unknown AIM",
    async (variant) => {
      const query = readVariants(before(), after())[variant]!;
      for (const reader of [head, governor]) {
        const seen = await expectSameAnswer((id) => reader.get(`/aims/${id}`).query(query), aimId);
        expect(seen.status).toBe(404);
      }
    },
  );

  it.each([
    ['documents', { type: 'sef' }],
    ['documents', { type: 'pupil-premium-strategy' }],
    ['focus', { focus: 'Reading' }],
    ['reschedule', { date: '2025-03-27', reason: 'Moved' }],
    ['document-checks', {}],
    ['held', { heldOn: '2025-03-26' }],
    ['report', { summary: 'Report.' }],
  ])("POST /aims/:aimId/%s on another academy's AIM answers as on an unknown AIM", async (action, body) => {
    await expectSameAnswer((id) => head.post(`/aims/${id}/${action}`).send(body), aimId);
  });

  it('a headteacher submitting a document to another academy\'s AIM gets 404, not 403', async () => {
    const seen = await expectSameAnswer((id) => head.post(`/aims/${id}/documents`).send({ type: 'sef' }), aimId);
    expect(seen.status).toBe(404);
  });

  it.each([
    ['a headteacher of no academy in it', () => api.as(tokens.outsideHead)],
    ['a governor of no academy in it', () => api.as(tokens.outsideGovernor)],
  ])('GET /peer-reviews/:groupId to %s: 404 as for an unknown group', async (_label, reader) => {
    const seen = await expectSameAnswer((id) => reader().get(`/peer-reviews/${id}`), groupId);
    expect(seen.status).toBe(404);
  });

  it.each(['no parameters', 'minPosition at the head'])('GET …/visits/:visitId to those who may not read it, %s: 404 as for an unknown visit', async (variant) => {
    const query = readVariants(before(), after())[variant]!;
    for (const reader of [governor, outsiderDirector]) {
      const seen = await expectSameAnswer((id) => reader.get(`/peer-reviews/${groupId}/visits/${id}`).query(query), visitId);
      expect(seen.status).toBe(404);
    }
  });

  it.each([
    ['focus', { aspects: [{ aspect: 'Phonics', rag: 'amber' }] }],
    ['observations', { safeguardingConcerns: ['Gate open'] }],
    ['observations', { observations: 'not a list' }],
    ['held', { feedback: 'Fine.', actionsForNextAim: [] }],
    ['report', { summary: 'Fine.' }],
  ])('POST …/visits/:visitId/%s by an improvement director who does not attend it answers as on an unknown visit', async (action, body) => {
    const seen = await expectSameAnswer((id) => outsiderDirector.post(`/peer-reviews/${groupId}/visits/${id}/${action}`).send(body), visitId);
    expect([400, 403, 404]).toContain(seen.status);
  });

  it.each(['/card', '/timeline', '/tier-history', '/aims'])("GET /academies/:id%s of another academy: 403 as for an unregistered URN, before and after it joined", async (path) => {
    for (const query of [{}, { on: '2019-09-01' }, { on: '2021-09-01' }, { asOf: '2000-01-01T00:00:00Z' }, { asOf: new Date(NOW.getTime() + 1).toISOString() }]) {
      const seen = answerOf(await head.get(`/academies/${THEIRS}${path}`).query(query), THEIRS);
      expect(seen).toEqual(answerOf(await head.get(`/academies/${UNREGISTERED}${path}`).query(query), UNREGISTERED));
      expect(seen.status).toBe(403);
    }
  });

  it('POST /academies/:id/kpis on another academy: 403 as for an unregistered URN', async () => {
    const body = { kpi: 'progress', academicYear: '2024/25', term: 'autumn', value: 70 };
    expect(answerOf(await head.post(`/academies/${THEIRS}/kpis`).send(body), THEIRS)).toEqual(answerOf(await head.post(`/academies/${UNREGISTERED}/kpis`).send(body), UNREGISTERED));
  });

  const tokens = { outsideHead: '', outsideGovernor: '' };
  beforeAll(async () => {
    tokens.outsideHead = await tokenFor({ sub: 'ht-elsewhere', roles: ['headteacher'], academies: [UNREGISTERED] });
    tokens.outsideGovernor = await tokenFor({ sub: 'gov-elsewhere', roles: ['governor'], academies: [UNREGISTERED] });
  });
});
