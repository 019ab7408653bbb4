import { randomUUID } from 'node:crypto';
import { expectProjectionsAtHeadRebuildingAlike } from '../test-support/read-model-tables.js';
import { commandAnswer, errorAnswer, registerAcademy, startTestApp, type TestApp } from '../test-support/test-app.js';

interface HistoryEntry {
  decisionId: string;
  decidedOn: string;
  recordedAt: string;
  supersedes: string | null;
  supersededBy: string | null;
}

/**
 * TierAssigned v2 added `decidedOn`, the day a decision was made. A v1 decision was always recorded as it
 * was made, so every reader upcasts it to the day of its `decidedAt` on the London calendar: the decider
 * (a revision may not be dated before it), the tier history (live, on a date and rebuilt).
 */
describe('TierAssigned stored at v1, read as v2 everywhere', () => {
  let api: TestApp;
  const academyId = '172001';
  const streamId = `academy-${academyId}`;
  const v1DecisionId = randomUUID();
  // 00:30 on 1 September 2024 in London (summer time): the decision was made on the 1st.
  const v1DecidedAt = '2024-08-31T23:30:00.000Z';
  let v1Position: bigint;

  beforeAll(async () => {
    api = await startTestApp({ clock: () => new Date('2025-09-08T09:00:00.000Z') });
    await registerAcademy(api.server, academyId);
    const before = await api.streamEvents(streamId);
    const appended = await api.store.append(
      streamId,
      [
        {
          eventId: randomUUID(),
          type: 'TierAssigned',
          schemaVersion: 1,
          data: {
            decisionId: v1DecisionId,
            academyId,
            academicYear: '2024/25',
            tier: 3,
            recommendedTier: 3,
            override: false,
            rationale: null,
            reasons: ['The risk register assessed on 2024-07-01 rates the risk of school improvement failure high.'],
            missing: ['outcome for 2023/24', 'inspection', 'annual review'],
            evidence: { outcomes: [], inspection: null, annualReview: null, riskAssessment: { assessedOn: '2024-07-01', level: 'high', risks: [], position: '1' } },
            decidedBy: { userId: 'old-build', name: 'Dee Director', role: 'improvement-director' },
            decidedAt: v1DecidedAt,
            supersedes: null,
          },
          metadata: { actor: { userId: 'old-build', role: 'improvement-director' }, correlationId: randomUUID(), causationId: randomUUID(), idempotencyKey: null },
        },
      ],
      { expectedVersion: before.length - 1 },
    );
    v1Position = appended.lastPosition;
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  it('keeps the row as it was stored, and shows it in the tier history as made on the London day it was recorded', async () => {
    expect(await api.store.readEventAt(v1Position)).toMatchObject({ type: 'TierAssigned', schemaVersion: 1 });
    const history = (await api.admin.get(`/academies/${academyId}/tier-history`).query({ minPosition: v1Position.toString() }).expect(200)).body as HistoryEntry[];
    expect(history).toEqual([expect.objectContaining({ decisionId: v1DecisionId, decidedOn: '2024-09-01', recordedAt: v1DecidedAt })]);
  });

  it('decides on the stream with it folded in: no revision dated before its day; one after supersedes it, stored at v2', async () => {
    await api.admin.post(`/academies/${academyId}/risk-assessments`).send({ assessedOn: '2024-10-01', level: 'high', risks: [] }).expect(201);
    const early = await api.admin.post(`/academies/${academyId}/tier-decisions`).send({ academicYear: '2024/25', tier: 3, decidedOn: '2024-08-31' }).expect(422);
    expect(errorAnswer(early).message).toBe(`a tier decision made on 2024-08-31 cannot revise decision ${v1DecisionId} of 2024/25, made later, on 2024-09-01`);

    const revision = commandAnswer(await api.admin.post(`/academies/${academyId}/tier-decisions`).send({ academicYear: '2024/25', tier: 3, decidedOn: '2024-10-02' }).expect(201));
    expect(await api.store.readEventAt(BigInt(revision.position))).toMatchObject({ schemaVersion: 2, data: { decidedOn: '2024-10-02', supersedes: v1DecisionId } });
    const history = (await api.admin.get(`/academies/${academyId}/tier-history`).query({ minPosition: revision.position }).expect(200)).body as HistoryEntry[];
    expect(history.map(({ decisionId, decidedOn, supersededBy }) => [decisionId, decidedOn, supersededBy])).toEqual([
      [v1DecisionId, '2024-09-01', revision.id],
      [revision.id, '2024-10-02', null],
    ]);
    // On 1 October the revision had not been made: the v1 decision was in force.
    const onFirstOctober = (await api.admin.get(`/academies/${academyId}/tier-history`).query({ on: '2024-10-01' }).expect(200)).body as HistoryEntry[];
    expect(onFirstOctober.map(({ decisionId, supersededBy }) => [decisionId, supersededBy])).toEqual([[v1DecisionId, null]]);
  });

  it('leaves no projection failed, and every read model rebuilt from the events equals the live one row by row', async () => {
    await expectProjectionsAtHeadRebuildingAlike(api);
  }, 60_000);
});
