import { randomUUID } from 'node:crypto';
import { expectProjectionsAtHeadRebuildingAlike } from '../test-support/read-model-tables.js';
import { commandAnswer, registerAcademy, startTestApp, type TestApp } from '../test-support/test-app.js';

/**
 * A meeting held, a visit's focus and a core day stored before they could name the academy's improvement plan
 * (AimHeld v2, VisitFocusSet v1, CoreDayLogged v1) stay as they were stored; they read as naming no plan
 * priority, no year and no commitment (null, never a guess), through the routes and a rebuild.
 */
describe('AimHeld v2, VisitFocusSet v1 and CoreDayLogged v1 stored, read as naming no plan', () => {
  let api: TestApp;
  const academy = '873001';
  const others = ['873002', '873003'];
  let aimId: string;
  let groupId: string;
  let visitId: string;
  let last: bigint;

  const metadata = (): Record<string, unknown> => ({ actor: { userId: 'old-build', role: 'trust-admin' }, correlationId: randomUUID(), causationId: randomUUID(), idempotencyKey: null });
  const appendOld = async (streamId: string, type: string, schemaVersion: number, data: Record<string, unknown>): Promise<bigint> =>
    (await api.store.append(streamId, [{ eventId: randomUUID(), type, schemaVersion, data, metadata: metadata() } as never], { expectedVersion: 'any' })).lastPosition;

  beforeAll(async () => {
    api = await startTestApp({ clock: () => new Date('2025-03-12T10:00:00Z') });
    for (const academyId of [academy, ...others]) await registerAcademy(api.server, academyId);
    aimId = commandAnswer(await api.admin.post(`/academies/${academy}/aims`).send({ date: '2025-03-12', format: 'one-day' }).expect(201)).id;
    await appendOld(`aim-${aimId}`, 'AimHeld', 2, {
      aimId,
      academyId: academy,
      academicYear: '2024/25',
      format: 'one-day',
      heldOn: '2025-03-12',
      attendees: [{ name: 'Dee Director', role: 'improvement-director', chair: true, staffId: null }],
      judgements: [{ heading: 'quality-of-education', judgement: 'good', comment: 'Secure.' }],
      priorities: [{ priority: 'Early reading', rag: 'amber' }],
      nextSteps: ['Phonics audit'],
    });

    const members = [academy, ...others].map((academyId, index) => ({ headteacherId: `ht-${index}`, name: `Head ${index}`, academyId }));
    groupId = commandAnswer(await api.admin.post('/peer-reviews').send({ name: 'Old group', academicYear: '2024/25', members, leadHeadteacherId: 'ht-1' }).expect(201)).id;
    visitId = commandAnswer(await api.admin.post(`/peer-reviews/${groupId}/visits`).send({ hostAcademyId: academy, visitDate: '2025-03-26', reviewerIds: ['ht-2'] }).expect(201)).id;
    await appendOld(`peer-review-visit-${visitId}`, 'VisitFocusSet', 1, { visitId, hostAcademyId: academy, aspects: [{ aspect: 'Phonics in Year 1', rag: 'red' }], setOn: '2025-03-12' });

    last = await appendOld(`core-days-${academy}-2024-25`, 'CoreDayLogged', 1, { academyId: academy, academicYear: '2024/25', deliveredOn: '2025-02-04', days: 1, description: 'Monitoring visit' });
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  it('keeps the rows as they were stored', async () => {
    const stored = [...(await api.streamEvents(`aim-${aimId}`)), ...(await api.streamEvents(`peer-review-visit-${visitId}`)), ...(await api.streamEvents(`core-days-${academy}-2024-25`))];
    expect(stored.map((event) => [event.type, event.schemaVersion])).toEqual([
      ['AimScheduled', 2],
      ['AimHeld', 2],
      ['VisitFocusSet', 1],
      ['CoreDayLogged', 1],
    ]);
    expect(stored[1]?.data['priorities']).toEqual([{ priority: 'Early reading', rag: 'amber' }]);
  });

  it("answers the meeting's priorities and the visit's aspects naming no plan priority", async () => {
    const aim = await api.admin.get(`/aims/${aimId}`).query({ minPosition: last.toString() }).expect(200);
    expect((aim.body as { outcome: { priorities: unknown[] } }).outcome.priorities).toEqual([{ priority: 'Early reading', rag: 'amber', planPriorityId: null }]);
    const visit = await api.admin.get(`/peer-reviews/${groupId}/visits/${visitId}`).query({ minPosition: last.toString() }).expect(200);
    expect((visit.body as { focus: { aspects: unknown[] } }).focus.aspects).toEqual([{ aspect: 'Phonics in Year 1', rag: 'red', planPriorityId: null }]);
  });

  it('decides on the streams with the old events folded in: the same focus again changes nothing, a core day counts the old one', async () => {
    const same = await api.admin.post(`/peer-reviews/${groupId}/visits/${visitId}/focus`).send({ headteacherId: 'ht-0', aspects: [{ aspect: 'Phonics in Year 1', rag: 'red' }] }).expect(201);
    expect(commandAnswer(same).events).toEqual([]);
    const days = await api.admin.get(`/academies/${academy}/core-days`).query({ academicYear: '2024/25' }).expect(200);
    expect(days.body).toMatchObject({ logged: 1 });
  });

  it('leaves no projection failed, and every read model rebuilt from the events equals the live one row by row', async () => {
    await expectProjectionsAtHeadRebuildingAlike(api);
  }, 60_000);
});
