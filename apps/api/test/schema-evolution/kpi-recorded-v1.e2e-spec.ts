import { randomUUID } from 'node:crypto';
import type { AcademyCardView } from '@trust/projections';
import { expectProjectionsAtHeadRebuildingAlike } from '../test-support/read-model-tables.js';
import { commandAnswer, registerAcademy, startTestApp, type TestApp } from '../test-support/test-app.js';

interface TimelineEntry {
  position: string;
  type: string;
  card: AcademyCardView;
}

interface AuditEntry {
  position: string;
  type: string;
  schemaVersion: number;
  data: Record<string, unknown>;
}

/**
 * KpiRecorded v2 added `source`. Rows stored at v1 stay as they were stored; every reader upcasts them
 * (source `not-recorded`): the decider behind the commands, every projection (live and rebuilt), the
 * as-of and as-effective reads and the timeline. The audit trail shows events as stored, so it shows v1.
 */
describe('KpiRecorded stored at v1, read as v2 everywhere', () => {
  let api: TestApp;
  const academyId = '171001';
  const streamId = `academy-${academyId}`;
  const v1Data = { academyId, academicYear: '2024/25', term: 'autumn', kpi: 'progress', value: 70, nationalAverage: null };
  let v1Position: bigint;
  let cardAfterV1: AcademyCardView;
  let v1RecordedAt: Date;

  beforeAll(async () => {
    api = await startTestApp();
    await registerAcademy(api.server, academyId);
    await api.admin.post(`/academies/${academyId}/kpi-targets`).send({ academicYear: '2024/25', kpi: 'progress', target: 80 }).expect(201);
    // A figure as a build before v2 stored it: schema version 1, no source.
    const before = await api.streamEvents(streamId);
    const appended = await api.store.append(
      streamId,
      [
        {
          eventId: randomUUID(),
          type: 'KpiRecorded',
          schemaVersion: 1,
          data: v1Data,
          metadata: { actor: { userId: 'old-build', role: 'improvement-director' }, correlationId: randomUUID(), causationId: randomUUID(), idempotencyKey: null },
        },
      ],
      { expectedVersion: before.length - 1 },
    );
    v1Position = appended.lastPosition;
    cardAfterV1 = (await api.admin.get(`/academies/${academyId}/card`).query({ minPosition: v1Position.toString() }).expect(200)).body as AcademyCardView;
    const stored = await api.store.readEventAt(v1Position);
    if (stored === null) throw new Error('the v1 event is not in the store');
    v1RecordedAt = stored.recordedAt;
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  it('keeps the row as it was stored: v1, no source', async () => {
    const stored = await api.store.readEventAt(v1Position);
    expect(stored).toMatchObject({ type: 'KpiRecorded', schemaVersion: 1, data: v1Data });
  });

  it('projects it live as v2: the card shows the figure with its source not recorded', () => {
    expect(cardAfterV1.kpis).toEqual([
      { kpi: 'progress', academicYear: '2024/25', term: 'autumn', value: 70, target: 80, nationalAverage: null, source: 'not-recorded', rag: 'red', corrected: false },
    ]);
  });

  it('writes new figures at v2, with the source sent or the academy-data default', async () => {
    const published = commandAnswer(
      await api.admin.post(`/academies/${academyId}/kpis`).send({ kpi: 'progress', academicYear: '2024/25', term: 'spring', value: 76, source: 'published' }).expect(201),
    );
    const defaulted = commandAnswer(
      await api.admin.post(`/academies/${academyId}/kpis`).send({ kpi: 'teaching', academicYear: '2024/25', term: 'spring', value: 90 }).expect(201),
    );
    expect(await api.store.readEventAt(BigInt(published.position))).toMatchObject({ schemaVersion: 2, data: { source: 'published' } });
    expect(await api.store.readEventAt(BigInt(defaulted.position))).toMatchObject({ schemaVersion: 2, data: { source: 'academy-data' } });
    await api.admin.post(`/academies/${academyId}/kpis`).send({ kpi: 'progress', academicYear: '2024/25', term: 'summer', value: 76, source: 'not-recorded' }).expect(400);
  });

  it('decides on the stream with the v1 figure folded in: a second figure for the term is a conflict, a correction sees the v1 value', async () => {
    await api.admin.post(`/academies/${academyId}/kpis`).send({ kpi: 'progress', academicYear: '2024/25', term: 'autumn', value: 71 }).expect(409);
    const correction = commandAnswer(
      await api.admin
        .post(`/academies/${academyId}/kpis/corrections`)
        .send({ kpi: 'progress', academicYear: '2024/25', term: 'autumn', value: 78, reason: 'Moderated assessment' })
        .expect(201),
    );
    expect(await api.store.readEventAt(BigInt(correction.position))).toMatchObject({ type: 'KpiCorrected', data: { previousValue: 70, value: 78 } });
    // Another decider on the same stream (evidence) reads it too.
    await api.admin.post(`/academies/${academyId}/outcomes`).send({ academicYear: '2023/24', direction: 'positive' }).expect(201);
    const card = (await api.admin.get(`/academies/${academyId}/card`).query({ minPosition: correction.position }).expect(200)).body as AcademyCardView;
    expect(card.kpis.find((row) => row.term === 'autumn')).toMatchObject({ value: 78, corrected: true, source: 'not-recorded' });
  });

  it('answers asOf the v1 event exactly as the card was answered live then, and on its term with the upcast figure', async () => {
    expect((await api.admin.get(`/academies/${academyId}/card`).query({ asOf: v1RecordedAt.toISOString() }).expect(200)).body).toEqual(cardAfterV1);
    const onJanuary = (await api.admin.get(`/academies/${academyId}/card`).query({ on: '2025-01-15', asOf: v1RecordedAt.toISOString() }).expect(200))
      .body as AcademyCardView;
    expect(onJanuary.kpis).toEqual([expect.objectContaining({ term: 'autumn', value: 70, source: 'not-recorded' })]);
  });

  it('replays it in the timeline: the card after the v1 event shows the upcast figure', async () => {
    const timeline = (await api.admin.get(`/academies/${academyId}/timeline`).expect(200)).body as TimelineEntry[];
    const entry = timeline.find((candidate) => candidate.position === v1Position.toString());
    expect(entry?.type).toBe('KpiRecorded');
    expect(entry?.card.kpis).toEqual(cardAfterV1.kpis);
  });

  it('audits every KpiRecorded as stored: the v1 row at v1, the new ones at v2', async () => {
    const head = await api.head();
    const audit = (await api.admin.get('/audit').query({ streamId, type: 'KpiRecorded', minPosition: head.toString() }).expect(200)).body as AuditEntry[];
    expect(audit.map(({ schemaVersion, data }) => [schemaVersion, data['source'] ?? null])).toEqual([
      [1, null],
      [2, 'published'],
      [2, 'academy-data'],
    ]);
  });

  it('leaves no projection failed, and every read model rebuilt from the events equals the live one row by row', async () => {
    const live = await expectProjectionsAtHeadRebuildingAlike(api);
    expect(live['academy_cards']?.some((row) => /"source": ?"not-recorded"/.test(row))).toBe(true);
  }, 60_000);
});
