import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { academicYearEnd, academicYearStart, domainEventCodec, type DomainEvent, type SupportTier } from '@trust/domain';
import { PostgresEventStore, type RecordedEvent } from '@trust/event-store';
import { applyProjectionBatch } from '@trust/projection-runner';
import { createTestDatabase, type TestDatabase } from '@trust/testing';
import { tierAssigned } from '../test-support/tier-assigned.js';
import { complianceFactOf, isComplianceEvent } from './compliance.js';
import { complianceProjection } from './compliance.projection.js';
import { complianceOf } from './compliance.queries.js';

const YEAR = '2024/25';
const TERMS = ['autumn', 'spring', 'summer'] as const;

/** A day from August 2024 to September 2025 (before, within and just after the year). */
const dayArbitrary = fc.integer({ min: 0, max: 400 }).map((day) => new Date(Date.UTC(2024, 7, 1) + day * 86_400_000).toISOString().slice(0, 10));

type Step = { event: (academyId: string, index: number) => DomainEvent; academy: number; applyNow: boolean };

const eventArbitrary: fc.Arbitrary<(academyId: string, index: number) => DomainEvent> = fc.oneof(
  fc.record({ tier: fc.constantFrom<SupportTier>(1, 2, 3) }).map(({ tier }) => (academyId: string, index: number): DomainEvent => tierAssigned({ academyId, academicYear: YEAR, tier, decisionId: `d-${index}` })),
  dayArbitrary.map((visitedOn) => (academyId: string): DomainEvent => ({ type: 'SipVisitRecorded', data: { academyId, sipId: 'sip-1', visitedOn, reportSummary: 'Visit.' } })),
  fc.record({ term: fc.constantFrom(...TERMS), completedOn: dayArbitrary }).map(
    ({ term, completedOn }) =>
      (academyId: string): DomainEvent => ({ type: 'CommissionedReviewCompleted', data: { academyId, academicYear: YEAR, term, completedOn, summary: 'Review.', commitmentId: null } }),
  ),
  fc.record({ halfDays: fc.integer({ min: 1, max: 4 }), deliveredOn: dayArbitrary }).map(
    ({ halfDays, deliveredOn }) =>
      (academyId: string): DomainEvent => ({ type: 'CoreDayLogged', data: { academyId, academicYear: YEAR, deliveredOn, days: halfDays / 2, description: 'Support.', commitmentId: null } }),
  ),
  fc.record({ format: fc.constantFrom('one-day' as const, 'one-and-a-half-day' as const), heldOn: dayArbitrary }).map(
    ({ format, heldOn }) =>
      (academyId: string, index: number): DomainEvent => ({
        type: 'AimHeld',
        data: { aimId: `aim-${index}`, academyId, academicYear: YEAR, format, heldOn, attendees: [], judgements: [], priorities: [], nextSteps: [] },
      }),
  ),
);

const stepsArbitrary = fc.array(fc.record({ event: eventArbitrary, academy: fc.nat({ max: 2 }), applyNow: fc.boolean() }), { minLength: 1, maxLength: 25 });

type Counts = { academyId: string; tier: SupportTier | null; sipVisits: number; reviews: number; aims: number; coreDays: number };

/**
 * For random years of tier decisions, visits, reviews, core days and AIMs held (applied in random
 * batches), compliance as of any position and on any date equals what the events up to that position say
 * about that date, and as of a position it equals the live answer read when the projection stood there.
 */
describe('compliance as of a position and on a date (property, real PostgreSQL)', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let applied: bigint;
  let runs = 0;

  beforeAll(async () => {
    database = await createTestDatabase('til_compliance_asof');
    store = new PostgresEventStore(database.pool, { pollIntervalMs: 50 });
    applied = 0n;
  }, 30_000);

  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  async function applyPending(): Promise<void> {
    const events: RecordedEvent[] = [];
    for await (const event of store.readAll({ after: applied })) events.push(event);
    if (events.length === 0) return;
    const { position } = await applyProjectionBatch(database.pool, complianceProjection, events);
    applied = position;
  }

  async function answerAt(academies: readonly string[], position: bigint | null, on: string | null): Promise<Counts[]> {
    const mine = new Set(academies);
    return (await complianceOf(database.pool, YEAR, { position, on }))
      .academies.filter((entry) => mine.has(entry.academyId))
      .map((entry) => ({ academyId: entry.academyId, tier: entry.tier, sipVisits: entry.sipVisits.held, reviews: entry.reviews.held, aims: entry.aims.held, coreDays: entry.coreDays.used }));
  }

  /** What the events at or before `cutOff` say about the year on `on` (every date when null). */
  function expected(events: readonly { event: DomainEvent; position: bigint }[], cutOff: bigint, on: string | null): Counts[] {
    const known = events.filter(({ position }) => position <= cutOff);
    const last = on !== null && on < academicYearEnd(YEAR) ? on : academicYearEnd(YEAR);
    const joined = known.flatMap(({ event }) => (event.type === 'AcademyRegistered' && event.data.joinedOn <= last ? [event.data.academyId] : []));
    return [...new Set(joined)].sort().map((academyId) => {
      const ofAcademy = known.filter(({ event }) => isComplianceEvent(event) && event.data.academyId === academyId);
      const decisions = ofAcademy.flatMap(({ event }) => (event.type === 'TierAssigned' ? [event.data.tier] : []));
      const facts = ofAcademy.flatMap(({ event, position }) => {
        const fact = isComplianceEvent(event) ? complianceFactOf(event, position) : null;
        return fact !== null && fact.academicYear === YEAR && (on === null || fact.effectiveOn <= on) ? [fact] : [];
      });
      const count = (kind: string): number => facts.filter((fact) => fact.kind === kind).length;
      return {
        academyId,
        tier: on !== null && on < academicYearStart(YEAR) ? null : (decisions.at(-1) ?? null),
        sipVisits: count('sip-visit'),
        reviews: count('commissioned-review'),
        aims: count('aim-held'),
        coreDays: facts.reduce((total, fact) => total + fact.coreDays, 0),
      };
    });
  }

  async function run(steps: Step[], joinedDays: number[], cutOffs: number[], onDays: number[]): Promise<void> {
    runs += 1;
    const academies = [0, 1, 2].map((index) => String(190000 + runs * 3 + index));
    const events: { event: DomainEvent; position: bigint }[] = [];
    const live = new Map<bigint, Counts[]>();
    const append = async (event: DomainEvent): Promise<void> => {
      const result = await store.append(
        `compliance-${randomUUID()}`,
        [{ eventId: randomUUID(), ...domainEventCodec.encode(event), metadata: { actor: { userId: 'dee', role: 'improvement-director' }, correlationId: randomUUID(), causationId: randomUUID(), idempotencyKey: null } }],
        { expectedVersion: 'no-stream' },
      );
      events.push({ event, position: result.lastPosition });
    };
    for (const [index, academyId] of academies.entries()) {
      const joinedOn = new Date(Date.UTC(2024, 0, 1) + (joinedDays[index] ?? 0) * 86_400_000).toISOString().slice(0, 10);
      await append({ type: 'AcademyRegistered', data: { academyId, name: `Academy ${academyId}`, phase: 'primary', hub: 'North', joinedOn, predecessorUrns: [] } });
    }
    for (const [index, step] of steps.entries()) {
      await append(step.event(academies[step.academy] ?? academies[0] ?? '', runs * 100 + index));
      if (step.applyNow || index === steps.length - 1) {
        await applyPending();
        live.set(applied, await answerAt(academies, null, null));
      }
    }
    await applyPending();

    // Random days, and the very days some facts happened on (where a cut at the date matters most).
    const factDays = events.flatMap(({ event, position }) => {
      const fact = isComplianceEvent(event) ? complianceFactOf(event, position) : null;
      return fact === null ? [] : [fact.effectiveOn];
    });
    const dates = onDays.flatMap((day) => [new Date(Date.UTC(2024, 7, 1) + day * 86_400_000).toISOString().slice(0, 10), ...(factDays.length === 0 ? [] : [factDays[day % factDays.length] ?? ''])]);
    const first = events[0]?.position ?? 1n;
    const last = events.at(-1)?.position ?? first;
    for (const cutOff of [...cutOffs.map((share) => first - 1n + (BigInt(share) * (last - first + 2n)) / 1000n), ...live.keys()]) {
      const asOf = await answerAt(academies, cutOff, null);
      expect(asOf).toEqual(expected(events, cutOff, null));
      const then = live.get(cutOff);
      if (then !== undefined) expect(asOf).toEqual(then);
      for (const on of dates) expect(await answerAt(academies, cutOff, on)).toEqual(expected(events, cutOff, on));
    }
  }

  it('answers as of any position and on any date with what the events known then say, and with what was answered live', async () => {
    await fc.assert(
      fc.asyncProperty(
        stepsArbitrary,
        // Joined from January 2024 to the summer of 2025: some after the dates asked about.
        fc.array(fc.integer({ min: 0, max: 600 }), { minLength: 3, maxLength: 3 }),
        fc.array(fc.integer({ min: 0, max: 999 }), { minLength: 1, maxLength: 3 }),
        fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 3 }),
        async (steps, joinedDays, cutOffs, onDays) => {
          await run(steps, joinedDays, cutOffs, onDays);
        },
      ),
      { numRuns: 30 },
    );
  }, 60_000);
});
