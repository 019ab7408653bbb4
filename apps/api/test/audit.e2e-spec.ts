import { randomUUID } from 'node:crypto';
import type request from 'supertest';
import { commandAnswer, errorAnswer, registerAcademy, startTestApp, type AuthenticatedAgent, type TestApp } from './test-support/test-app.js';
import { tokenFor } from './test-support/tokens.js';

interface AuditEventBody {
  position: string;
  eventId: string;
  streamId: string;
  streamVersion: number;
  type: string;
  schemaVersion: number;
  actor: { userId: string; role: string };
  correlationId: string;
  causationId: string;
  idempotencyKey: string | null;
  recordedAt: string;
  academyIds: string[];
  data: Record<string, unknown> | null;
  dataWithheld: boolean;
}

interface TimelineBody {
  position: string;
  streamVersion: number;
  type: string;
  recordedAt: string;
  actor: { userId: string; role: string };
  data: Record<string, unknown>;
  card: { academyId: string; name: string; kpis: { kpi: string; term: string | null; value: number | null; target: number | null; rag: string; corrected: boolean }[]; ragSummary: Record<string, number> } | null;
}

const ACADEMY = '810001';
const OTHER = '810002';

const eventsOf = (response: request.Response): AuditEventBody[] => response.body as AuditEventBody[];

describe('GET /audit and GET /academies/:id/timeline', () => {
  let api: TestApp;
  let director: AuthenticatedAgent;
  let committee: AuthenticatedAgent;
  let head: string;

  beforeAll(async () => {
    api = await startTestApp();
    director = api.as(await tokenFor({ sub: 'idir-1', roles: ['improvement-director'] }));
    committee = api.as(await tokenFor({ sub: 'committee-1', roles: ['standards-committee'] }));
    await registerAcademy(api.server, ACADEMY, { name: 'Replay Primary' });
    await registerAcademy(api.server, OTHER);
    await director.post(`/academies/${ACADEMY}/kpis`).set('Idempotency-Key', 'autumn-progress').send({ kpi: 'progress', academicYear: '2024/25', term: 'autumn', value: 70 }).expect(201);
    await director.post(`/academies/${ACADEMY}/kpi-targets`).send({ academicYear: '2024/25', kpi: 'progress', target: 80 }).expect(201);
    await director.post(`/academies/${OTHER}/kpis`).send({ kpi: 'teaching', academicYear: '2024/25', term: 'autumn', value: 81 }).expect(201);
    await api.admin.post(`/academies/${ACADEMY}/kpis/corrections`).send({ kpi: 'progress', academicYear: '2024/25', term: 'autumn', value: 78, reason: 'Moderated assessment' }).expect(201);
    // A peer review visit's findings: confidential (no HTTP route records one yet, so straight into the store).
    await api.store.append(
      'peer-review-visit-v-1',
      [
        {
          eventId: randomUUID(),
          type: 'ReviewVisitRecorded',
          schemaVersion: 1,
          data: { visitId: 'v-1', hostAcademyId: ACADEMY, feedback: 'Confidential findings' },
          metadata: { actor: { userId: 'lead-head', role: 'headteacher' }, correlationId: 'corr-v-1', causationId: 'cause-v-1', idempotencyKey: null },
        },
      ],
      { expectedVersion: 'no-stream' },
    );
    head = (await api.head()).toString();
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  describe('GET /audit', () => {
    const audit = (query: Record<string, string | number>, agent: AuthenticatedAgent = api.admin) => agent.get('/audit').query({ minPosition: head, ...query });

    it("lists an academy stream's events in position order, with who made each, how and when", async () => {
      const events = eventsOf(await audit({ streamId: `academy-${ACADEMY}` }).expect(200));
      expect(events.map((event) => event.type)).toEqual(['AcademyRegistered', 'KpiRecorded', 'KpiTargetSet', 'KpiCorrected']);
      expect(events.map((event) => event.streamVersion)).toEqual([0, 1, 2, 3]);
      const positions = events.map((event) => BigInt(event.position));
      expect([...positions].sort((a, b) => (a < b ? -1 : 1))).toEqual(positions);
      expect(events[1]).toEqual({
        position: expect.stringMatching(/^\d+$/) as unknown,
        eventId: expect.any(String) as unknown,
        streamId: `academy-${ACADEMY}`,
        streamVersion: 1,
        type: 'KpiRecorded',
        schemaVersion: expect.any(Number) as unknown,
        actor: { userId: 'idir-1', role: 'improvement-director' },
        correlationId: expect.any(String) as unknown,
        causationId: expect.any(String) as unknown,
        idempotencyKey: 'autumn-progress',
        recordedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/) as unknown,
        academyIds: [ACADEMY],
        data: expect.objectContaining({ academyId: ACADEMY, kpi: 'progress', term: 'autumn', value: 70 }) as unknown,
        dataWithheld: false,
      });
      expect(events[0]?.actor).toEqual({ userId: 'test-admin', role: 'trust-admin' });
    });

    it('filters by type, actor and academy, together', async () => {
      expect(eventsOf(await audit({ type: 'KpiRecorded' }).expect(200)).map((event) => event.streamId)).toEqual([`academy-${ACADEMY}`, `academy-${OTHER}`]);
      expect(eventsOf(await audit({ actor: 'idir-1' }).expect(200)).map((event) => event.type)).toEqual(['KpiRecorded', 'KpiTargetSet', 'KpiRecorded']);
      expect(eventsOf(await audit({ actor: 'idir-1', academyId: OTHER }).expect(200)).map((event) => event.type)).toEqual(['KpiRecorded']);
      // The academy's events on other streams too: here the peer review visit it hosted.
      expect(eventsOf(await audit({ academyId: ACADEMY }).expect(200)).map((event) => event.streamId)).toEqual([
        ...Array<string>(4).fill(`academy-${ACADEMY}`),
        'peer-review-visit-v-1',
      ]);
      expect(eventsOf(await audit({ type: 'NoSuchEvent' }).expect(200))).toEqual([]);
    });

    it('filters by recordedAt: from inclusive, to exclusive', async () => {
      const all = eventsOf(await audit({}).expect(200));
      const pivot = all[3]!;
      const fromPivot = eventsOf(await audit({ from: pivot.recordedAt }).expect(200));
      expect(fromPivot.map((event) => event.position)).toContain(pivot.position);
      expect(fromPivot.every((event) => event.recordedAt >= pivot.recordedAt)).toBe(true);
      const beforePivot = eventsOf(await audit({ to: pivot.recordedAt }).expect(200));
      expect(beforePivot.map((event) => event.position)).not.toContain(pivot.position);
      expect(beforePivot.every((event) => event.recordedAt < pivot.recordedAt)).toBe(true);
      expect(beforePivot.length + fromPivot.length).toBe(all.length);
      expect(eventsOf(await audit({ from: '2000-01-01', to: '2000-01-02' }).expect(200))).toEqual([]);
    });

    it('pages by position with limit and after, giving the next page in X-Next-After and Link', async () => {
      const all = eventsOf(await audit({}).expect(200));
      expect(all).toHaveLength(7);
      const pages: AuditEventBody[][] = [];
      let after: string | undefined;
      for (;;) {
        const response = await audit({ limit: 3, ...(after === undefined ? {} : { after }) }).expect(200);
        pages.push(eventsOf(response));
        const next = response.headers['x-next-after'];
        if (next === undefined) {
          expect(response.headers['link']).toBeUndefined();
          break;
        }
        expect(next).toBe(pages[pages.length - 1]!.at(-1)!.position);
        expect(response.headers['link']).toBe(`</audit?minPosition=${head}&limit=3&after=${next}>; rel="next"`);
        after = next;
      }
      expect(pages.map((page) => page.length)).toEqual([3, 3, 1]);
      expect(pages.flat()).toEqual(all);

      // The next page keeps the filters; a page that ends exactly at the last event has no next one.
      const filtered = await audit({ streamId: `academy-${ACADEMY}`, limit: 2 }).expect(200);
      const next = eventsOf(filtered)[1]!.position;
      expect(filtered.headers['link']).toBe(`</audit?minPosition=${head}&streamId=academy-${ACADEMY}&limit=2&after=${next}>; rel="next"`);
      const last = await audit({ streamId: `academy-${ACADEMY}`, limit: 2, after: next }).expect(200);
      expect(eventsOf(last).map((event) => event.type)).toEqual(['KpiTargetSet', 'KpiCorrected']);
      expect(last.headers['x-next-after']).toBeUndefined();
    });

    it('refuses malformed filters with a 400 naming the field', async () => {
      for (const [query, field] of [
        [{ limit: 0 }, 'limit'],
        [{ limit: 1001 }, 'limit'],
        [{ limit: 'ten' }, 'limit'],
        [{ after: '-1' }, 'after'],
        [{ after: '1.5' }, 'after'],
        [{ from: 'yesterday' }, 'from'],
        [{ to: '2025-13-01' }, 'to'],
        [{ to: '2025-01-31T17:00:00' }, 'to'],
        [{ from: '2025-02-01', to: '2025-01-01' }, 'to'],
        [{ from: '2025-02-01', to: '2025-02-01' }, 'to'],
        [{ academyId: '12345' }, 'academyId'],
        [{ streamId: 'x'.repeat(201) }, 'streamId'],
        [{ minPosition: 'soon' }, 'minPosition'],
        [{ account: 'x' }, 'account'],
      ] as const) {
        const response = await api.admin.get('/audit').query(query).expect(400);
        expect(errorAnswer(response).fields).toEqual([field]);
      }
      const repeated = await api.admin.get('/audit?type=KpiRecorded&type=KpiCorrected').expect(400);
      expect(errorAnswer(repeated).fields).toEqual(['type']);
    });

    it('waits for minPosition: a command is in the audit trail as soon as its answer says', async () => {
      const answer = commandAnswer(await director.post(`/academies/${OTHER}/kpis`).send({ kpi: 'teaching', academicYear: '2024/25', term: 'spring', value: 83 }).expect(201));
      const events = eventsOf(await api.admin.get('/audit').query({ minPosition: answer.position, after: head }).expect(200));
      expect(events.map((event) => event.position)).toEqual([answer.position]);
    });

    it("gives the standards committee every event but withholds a peer review visit's findings; trust-admin sees them", async () => {
      const [withheld] = eventsOf(await audit({ streamId: 'peer-review-visit-v-1' }, committee).expect(200));
      expect(withheld).toMatchObject({ type: 'ReviewVisitRecorded', actor: { userId: 'lead-head' }, academyIds: [ACADEMY], data: null, dataWithheld: true });
      expect(eventsOf(await audit({ streamId: `academy-${ACADEMY}` }, committee).expect(200)).every((event) => event.data !== null)).toBe(true);
      const [open] = eventsOf(await audit({ streamId: 'peer-review-visit-v-1' }).expect(200));
      expect(open).toMatchObject({ data: { feedback: 'Confidential findings' }, dataWithheld: false });
    });

    it('refuses scoped roles, even about their own academy, and the improvement director and finance', async () => {
      for (const roles of [['headteacher'], ['governor'], ['sip'], ['improvement-director'], ['finance']] as const) {
        await api.as(await tokenFor({ roles: [...roles], academies: [ACADEMY] })).get('/audit').query({ academyId: ACADEMY }).expect(403);
      }
    });
  });

  describe('GET /academies/:id/timeline', () => {
    it("replays the academy's stream with the card after each event: the RAG goes grey, red, amber", async () => {
      const governor = api.as(await tokenFor({ roles: ['governor'], academies: [ACADEMY] }));
      const timeline = (await governor.get(`/academies/${ACADEMY}/timeline`).expect(200)).body as TimelineBody[];
      expect(timeline.map((entry) => entry.type)).toEqual(['AcademyRegistered', 'KpiRecorded', 'KpiTargetSet', 'KpiCorrected']);
      expect(timeline.map((entry) => entry.streamVersion)).toEqual([0, 1, 2, 3]);
      expect(timeline.map((entry) => entry.actor.userId)).toEqual(['test-admin', 'idir-1', 'idir-1', 'test-admin']);
      expect(timeline.map((entry) => entry.card?.kpis.map(({ value, target, rag, corrected }) => ({ value, target, rag, corrected })))).toEqual([
        [],
        [{ value: 70, target: null, rag: 'grey', corrected: false }],
        [{ value: 70, target: 80, rag: 'red', corrected: false }],
        [{ value: 78, target: 80, rag: 'amber', corrected: true }],
      ]);
      expect(timeline.map((entry) => entry.card?.ragSummary)).toEqual([
        { green: 0, amber: 0, red: 0, grey: 0 },
        { green: 0, amber: 0, red: 0, grey: 1 },
        { green: 0, amber: 0, red: 1, grey: 0 },
        { green: 0, amber: 1, red: 0, grey: 0 },
      ]);
      expect(timeline[3]?.data).toMatchObject({ value: 78, reason: 'Moderated assessment' });

      // The positions are those of the audit trail, and the last card is the card.
      const audited = eventsOf(await api.admin.get('/audit').query({ streamId: `academy-${ACADEMY}`, minPosition: head }).expect(200));
      expect(timeline.map((entry) => [entry.position, entry.recordedAt])).toEqual(audited.map((event) => [event.position, event.recordedAt]));
      const card = (await api.admin.get(`/academies/${ACADEMY}/card`).query({ minPosition: head }).expect(200)).body as unknown;
      expect(timeline.at(-1)?.card).toEqual(card);
    });

    it('answers 404 for an unknown academy, 400 for a malformed id, 403 for another academy of a scoped role', async () => {
      await api.admin.get('/academies/899999/timeline').expect(404);
      expect(errorAnswer(await api.admin.get('/academies/89999/timeline').expect(400)).fields).toEqual(['id']);
      await api.as(await tokenFor({ roles: ['headteacher'], academies: [OTHER] })).get(`/academies/${ACADEMY}/timeline`).expect(403);
    });
  });
});
