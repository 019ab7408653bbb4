import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { academyDecider, academyStreamId, DomainError, domainEventCodec, type AcademyCommand, type AcademyState } from '@trust/domain';
import { PostgresEventStore, type RecordedEvent } from '@trust/event-store';
import { applyProjectionBatch } from '@trust/projection-runner';
import { createTestDatabase, type TestDatabase } from '@trust/testing';
import { academyCardOn, type AcademyCardView, type PositionedEvent } from './academy-card.js';
import { academyCardProjection } from './academy-card.projection.js';
import { findAcademyCard, findAcademyCardOn } from './academy-card.queries.js';

const KPIS = ['progress', 'attendance'] as const;
const YEARS = ['2023/24', '2024/25'] as const;
const TERMS = ['autumn', 'spring', 'summer'] as const;

type Step = { command: Omit<AcademyCommand, 'academyId'>; applyNow: boolean };

const figure = { kpi: fc.constantFrom(...KPIS), academicYear: fc.constantFrom(...YEARS), term: fc.constantFrom(...TERMS), value: fc.integer({ min: 0, max: 100 }) };
const command: fc.Arbitrary<Omit<AcademyCommand, 'academyId'>> = fc.oneof(
  fc.record({ type: fc.constant('SetKpiTarget' as const), kpi: figure.kpi, academicYear: figure.academicYear, target: figure.value }),
  fc.record({ type: fc.constant('RecordKpi' as const), ...figure }),
  // Corrections weigh double: they are what as-of must not let leak into the past.
  fc.record({ type: fc.constant('CorrectKpi' as const), ...figure, reason: fc.constant('moderated') }),
  fc.record({ type: fc.constant('CorrectKpi' as const), ...figure, reason: fc.constant('re-marked') }),
);
const steps = fc.array(fc.record({ command, applyNow: fc.boolean() }), { minLength: 1, maxLength: 25 });

/**
 * For random histories of one academy (targets, figures and their corrections, decided
 * by the real decider, applied in random batches) and random cut-offs, the stored card as of a position
 * equals the fold of the events up to it, and equals the live card read when the projection stood there.
 */
describe('academy card as of a position (property, real PostgreSQL)', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let applied: bigint;

  beforeAll(async () => {
    database = await createTestDatabase('til_card_asof');
    store = new PostgresEventStore(database.pool, { pollIntervalMs: 50 });
    applied = 0n;
  });

  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  async function applyPending(): Promise<void> {
    const events: RecordedEvent[] = [];
    for await (const event of store.readAll({ after: applied })) events.push(event);
    if (events.length === 0) return;
    const { position } = await applyProjectionBatch(database.pool, academyCardProjection, events);
    applied = position;
  }

  async function run(academyId: string, history: Step[], cutOffs: number[]): Promise<void> {
    const streamId = academyStreamId(academyId);
    const now = new Date();
    let state: AcademyState = academyDecider.initialState();
    const register: AcademyCommand = { type: 'RegisterAcademy', academyId, name: `Academy ${academyId}`, phase: 'primary', hub: 'North', joinedOn: '2019-09-01' };
    const live = new Map<bigint, AcademyCardView | null>();
    const positioned: PositionedEvent[] = [];

    for (const [index, step] of [{ command: register, applyNow: true }, ...history].entries()) {
      let events;
      try {
        events = academyDecider.decide({ ...step.command, academyId } as AcademyCommand, state, { now });
      } catch (error: unknown) {
        if (error instanceof DomainError) continue;
        throw error;
      }
      if (events.length === 0) continue;
      state = events.reduce(academyDecider.evolve, state);
      const stored = events.map((event) => ({
        eventId: randomUUID(),
        ...domainEventCodec.encode(event),
        metadata: { actor: { userId: 'director', role: 'improvement-director' }, correlationId: randomUUID(), causationId: randomUUID(), idempotencyKey: null },
      }));
      const result = await store.append(streamId, stored, { expectedVersion: 'any' });
      let position = result.firstPosition;
      for (const event of events) positioned.push({ event, position: position++ });
      if (step.applyNow || index === history.length) {
        await applyPending();
        live.set(applied, await findAcademyCard(database.pool, academyId));
      }
    }
    await applyPending();

    const positions = positioned.map(({ position }) => position);
    const first = positions[0] ?? 1n;
    const last = positions.at(-1) ?? first;
    for (const cutOff of [...cutOffs.map((share) => first - 1n + (BigInt(share) * (last - first + 2n)) / 1000n), ...live.keys()]) {
      const asOf = await findAcademyCard(database.pool, academyId, cutOff);
      const prefix = academyCardOn(positioned, '9999-12-31', cutOff);
      expect(asOf).toEqual(prefix);
      expect(await findAcademyCardOn(store, academyId, '9999-12-31', cutOff)).toEqual(prefix);
      if (live.has(cutOff)) expect(asOf).toEqual(live.get(cutOff));
    }
  }

  it('answers as of any position with the fold of the events up to it, and with what the live card was then', async () => {
    let academy = 180000;
    await fc.assert(
      fc.asyncProperty(steps, fc.array(fc.integer({ min: 0, max: 999 }), { minLength: 1, maxLength: 5 }), async (history, cutOffs) => {
        academy += 1;
        await run(String(academy), history, cutOffs);
      }),
      { numRuns: 30 },
    );
  }, 60_000);
});
