import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import {
  academicYearStart,
  BUDGET_AGREEMENT_ROLES,
  CENTRALLY_EMPLOYED_ROLES,
  DomainError,
  domainEventCodec,
  improvementBudgetDecider,
  rechargeDecider,
  reconcile,
  SUPPORT_ROLES,
  type DomainEvent,
  type ImprovementBudgetState,
  type Reconciliation,
  type RechargeEvent,
} from '@trust/domain';
import { PostgresEventStore, type RecordedEvent } from '@trust/event-store';
import { applyProjectionBatch, type ReadAt } from '@trust/projection-runner';
import { AcceptedShares, createTestDatabase, type TestDatabase } from '@trust/testing';
import { evolveRechargeLedger, initialRechargeLedger } from './recharge-ledger.js';
import { rechargeLedgerProjection } from './recharge-ledger.projection.js';
import { listLedgerLines, reconcileLedger, type LedgerLineView } from './recharge-ledger.queries.js';

const ACADEMIES = ['151001', '151002', '151003', '151004'] as const;
const YEARS = ['2023/24', '2024/25'] as const;
const NOW = new Date('2025-09-15T12:00:00Z');

/** One step of a random finance history: a recharge, the reversal of an earlier one, or a budget agreed. */
type Step =
  | { kind: 'recharge'; supported: number; provider: number; role: (typeof SUPPORT_ROLES)[number]; halfDays: number; year: number; day: number; applyNow: boolean }
  | { kind: 'reversal'; of: number; applyNow: boolean }
  | { kind: 'budget'; academy: number; amountPence: number; year: number; applyNow: boolean };

const rechargeStep = fc.record({ kind: fc.constant('recharge' as const), supported: fc.nat({ max: 3 }), provider: fc.nat({ max: 4 }), role: fc.constantFrom(...SUPPORT_ROLES), halfDays: fc.integer({ min: 1, max: 12 }), year: fc.nat({ max: 1 }), day: fc.nat({ max: 363 }), applyNow: fc.boolean() });
const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: rechargeStep },
  // Reversals weigh high: they are what as-of must not let leak into the past.
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('reversal' as const), of: fc.nat({ max: 40 }), applyNow: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('budget' as const), academy: fc.nat({ max: 3 }), amountPence: fc.nat({ max: 1_000_000 }), year: fc.nat({ max: 1 }), applyNow: fc.boolean() }) },
);
// A recharge comes first, so that a reversal always has one to reverse; lengths spread evenly up to 20 steps.
const stepsArbitrary = fc.tuple(rechargeStep, fc.array(stepArbitrary, { maxLength: 19, size: 'max' })).map(([first, rest]): Step[] => [first, ...rest]);

type Kind = Step['kind'];
const KINDS: readonly Kind[] = ['recharge', 'reversal', 'budget'];
/**
 * Each kind must be tried this often over the runs (far fewer than the histories try, whatever their seed) and
 * accepted this share of the times it is tried: a reversal has nothing to reverse once its history has reversed
 * every recharge, about one time in six.
 */
const MIN_TRIED = 15;
const MIN_ACCEPTED_SHARE = 0.6;

interface Answer {
  lines: Record<string, LedgerLineView[]>;
  reconciliations: Record<string, Reconciliation>;
}

/**
 * For random histories of recharges, reversals and budgets (decided by the real deciders,
 * appended to the real PostgreSQL store and applied in random batches), the ledger and the reconciliation
 * as of any position equal the fold of the events up to it, and equal the live answer read when the
 * projection stood there; with a date too (bitemporal), the fold of those effective by it; an `asOf`
 * timestamp, through the store's positionAt, gives the answer at the last position recorded by then.
 */
describe('recharge ledger and reconciliation as of a position (property, real PostgreSQL)', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let applied: bigint;
  /** Every event appended so far (all runs share the store and the read model), in position order. */
  const history: { event: DomainEvent; position: bigint; recordedAt: Date }[] = [];
  let rechargeCount = 0;
  /** Each academy's budget for a year as agreed so far (all runs share them, as they share the store). */
  const budgets = new Map<string, ImprovementBudgetState>();
  /** How often each kind of step was tried, and how often it was sent and accepted: the histories must not drift into skipping. */
  const tally = new AcceptedShares<Kind>(KINDS);

  beforeAll(async () => {
    database = await createTestDatabase('til_ledger_asof');
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
    const { position } = await applyProjectionBatch(database.pool, rechargeLedgerProjection, events);
    applied = position;
  }

  async function answerAt(at: ReadAt): Promise<Answer> {
    const answer: Answer = { lines: {}, reconciliations: {} };
    for (const academicYear of YEARS) {
      answer.lines[academicYear] = await listLedgerLines(database.pool, { academicYear }, at);
      answer.reconciliations[academicYear] = await reconcileLedger(database.pool, academicYear, at);
    }
    return answer;
  }

  /**
   * The pure fold of the events at or before `cutOff`, answered as the queries answer; on a date, only
   * the lines of recharges delivered by then (a reversal's too, whenever it was made) and the budgets of
   * years begun by then.
   */
  function foldedAt(cutOff: bigint, on: string | null = null): Answer {
    const ledger = history.filter(({ position }) => position <= cutOff).reduce((folded, { event, position }) => evolveRechargeLedger(folded, event, position), initialRechargeLedger());
    const deliveredOn = new Map(history.flatMap(({ event }) => (event.type === 'RechargeLogged' ? [[event.data.rechargeId, event.data.deliveredOn] as const] : [])));
    const lines = ledger.lines.filter((line) => on === null || (deliveredOn.get(line.rechargeId) ?? '9999-12-31') <= on);
    const budgets = [...ledger.budgets.values()].filter((budget) => on === null || academicYearStart(budget.academicYear) <= on);
    const answer: Answer = { lines: {}, reconciliations: {} };
    for (const academicYear of YEARS) {
      answer.lines[academicYear] = lines
        .filter((line) => line.academicYear === academicYear)
        .map(({ rechargeId, date, account, academyId, debitPence, creditPence, description, position }) => ({
          rechargeId,
          date,
          academicYear,
          account,
          academyId,
          debitPence,
          creditPence,
          description,
          position: position.toString(),
        }));
      answer.reconciliations[academicYear] = reconcile(lines, budgets, academicYear);
    }
    return answer;
  }

  function eventOf(step: Step, logged: RechargeEvent[], reversed: Set<string>): DomainEvent | null {
    switch (step.kind) {
      case 'recharge': {
        const supported = ACADEMIES[step.supported] ?? ACADEMIES[0];
        const others = ACADEMIES.filter((academyId) => academyId !== supported);
        const provider = CENTRALLY_EMPLOYED_ROLES.includes(step.role) ? null : step.role === 'headteacher' || step.provider < others.length ? (others[step.provider % others.length] ?? null) : null;
        const start = Date.UTC(Number((YEARS[step.year] ?? YEARS[0]).slice(0, 4)), 8, 1);
        rechargeCount += 1;
        const [event] = rechargeDecider.decide(
          {
            type: 'LogRecharge',
            rechargeId: `asof-${rechargeCount}`,
            supportedAcademyId: supported,
            providerRole: step.role,
            providerAcademyId: provider,
            days: step.halfDays / 2,
            deliveredOn: new Date(start + step.day * 86_400_000).toISOString().slice(0, 10),
            description: `Support ${rechargeCount}`,
            rateCard: null,
          },
          rechargeDecider.initialState(),
          { now: NOW },
        );
        if (event === undefined) return null;
        logged.push(event);
        return event;
      }
      case 'reversal': {
        // A recharge of this history not reversed yet: a second reversal would be refused.
        const standing = logged.filter((event) => !reversed.has(event.data.rechargeId));
        const original = standing[step.of % Math.max(1, standing.length)];
        if (original === undefined) return null;
        reversed.add(original.data.rechargeId);
        const state = rechargeDecider.evolve(rechargeDecider.initialState(), original);
        const [event] = rechargeDecider.decide({ type: 'ReverseRecharge', rechargeId: original.data.rechargeId, reason: 'Logged in error' }, state, { now: NOW });
        return event ?? null;
      }
      case 'budget': {
        const academyId = ACADEMIES[step.academy] ?? ACADEMIES[0];
        const academicYear = YEARS[step.year] ?? YEARS[0];
        const key = `${academyId}|${academicYear}`;
        const state = budgets.get(key) ?? improvementBudgetDecider.initialState();
        // Another amount than the one agreed: the same amount again changes nothing.
        const amountPence = state.status === 'agreed' && state.amountPence === step.amountPence ? step.amountPence + 1 : step.amountPence;
        const agreedBy = BUDGET_AGREEMENT_ROLES.map((role) => ({ name: `The ${role}`, role }));
        const [event] = improvementBudgetDecider.decide({ type: 'AgreeImprovementBudget', academyId, academicYear, amountPence, agreedBy }, state, { now: NOW });
        if (event === undefined) return null;
        budgets.set(key, improvementBudgetDecider.evolve(state, event));
        return event;
      }
      default: {
        const _exhaustive: never = step;
        return _exhaustive;
      }
    }
  }

  async function run(steps: Step[], cutOffs: number[], instants: number[], onDays: number[]): Promise<void> {
    const logged: RechargeEvent[] = [];
    const reversed = new Set<string>();
    const live = new Map<bigint, Answer>();
    const firstOfRun = (history.at(-1)?.position ?? 0n) + 1n;
    for (const [index, step] of steps.entries()) {
      tally.tried(step.kind);
      let event: DomainEvent | null;
      try {
        event = eventOf(step, logged, reversed);
      } catch (error: unknown) {
        if (error instanceof DomainError) continue;
        throw error;
      }
      if (event === null) continue;
      tally.accepted(step.kind);
      const result = await store.append(`finance-${randomUUID()}`, [{ eventId: randomUUID(), ...domainEventCodec.encode(event), metadata: { actor: { userId: 'finance', role: 'finance' }, correlationId: randomUUID(), causationId: randomUUID(), idempotencyKey: null } }], {
        expectedVersion: 'no-stream',
      });
      const recorded = await store.readEventAt(result.lastPosition);
      if (recorded === null) throw new Error(`no event at ${result.lastPosition}`);
      history.push({ event, position: result.lastPosition, recordedAt: recorded.recordedAt });
      if (step.applyNow || index === steps.length - 1) {
        await applyPending();
        live.set(applied, await answerAt({ position: null, on: null }));
      }
    }
    await applyPending();
    const last = history.at(-1)?.position ?? firstOfRun;
    if (last < firstOfRun) return;

    // Random days, and the very days some recharges were delivered on (where a cut at the date matters most).
    const deliveries = logged.flatMap((event) => (event.type === 'RechargeLogged' ? [event.data.deliveredOn] : []));
    const dates = onDays.flatMap((day) => [
      new Date(Date.UTC(2023, 7, 1) + day * 86_400_000).toISOString().slice(0, 10),
      ...(deliveries.length === 0 ? [] : [deliveries[day % deliveries.length] ?? '']),
    ]);
    const span = last - firstOfRun + 2n;
    for (const cutOff of [...cutOffs.map((share) => firstOfRun - 1n + (BigInt(share) * span) / 1000n), ...live.keys()]) {
      const asOf = await answerAt({ position: cutOff, on: null });
      expect(asOf).toEqual(foldedAt(cutOff));
      const then = live.get(cutOff);
      if (then !== undefined) expect(asOf).toEqual(then);
      // Both axes: on a date, by what was known at the cut-off.
      for (const on of dates) expect(await answerAt({ position: cutOff, on })).toEqual(foldedAt(cutOff, on));
    }

    // asOf as an instant: the last event recorded at or before it, the same answer as that position's.
    const ofRun = history.filter(({ position }) => position >= firstOfRun);
    for (const share of instants) {
      const chosen = ofRun[Math.floor((share * ofRun.length) / 1000)] ?? ofRun[0];
      if (chosen === undefined) continue;
      const instant = chosen.recordedAt;
      const expected = history.filter(({ recordedAt }) => recordedAt.getTime() <= instant.getTime()).at(-1)?.position ?? 0n;
      const position = (await store.positionAt(instant)) ?? 0n;
      expect(position).toBe(expected);
      expect(await answerAt({ position, on: null })).toEqual(await answerAt({ position: expected, on: null }));
      expect(await answerAt({ position, on: null })).toEqual(foldedAt(expected));
    }
  }

  it('answers as of any position with the fold of the events up to it and with what was answered live then; an instant reads its last position', async () => {
    await fc.assert(
      fc.asyncProperty(
        stepsArbitrary,
        fc.array(fc.integer({ min: 0, max: 999 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.integer({ min: 0, max: 999 }), { minLength: 1, maxLength: 3 }),
        // Dates from August 2023 to the summer of 2025: before, within and after both years.
        fc.array(fc.integer({ min: 0, max: 760 }), { maxLength: 2 }),
        async (steps, cutOffs, instants, onDays) => {
          await run(steps, cutOffs, instants, onDays);
        },
      ),
      { numRuns: 30 },
    );
    // The histories did reverse recharges, in past and current years alike.
    expect(history.filter(({ event }) => event.type === 'RechargeReversed').length).toBeGreaterThan(10);
  }, 120_000);

  it('tried every kind of step often, and the domain accepted most of each, so none was skipped', () => {
    if (process.env['PROPERTY_SUMMARY'] === '1') process.stdout.write(`recharge ledger as-of, steps accepted: ${tally.summary()}\n`);
    expect(tally.shortfalls({ minTried: MIN_TRIED, minShare: MIN_ACCEPTED_SHARE })).toEqual([]);
  });
});
