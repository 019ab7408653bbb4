import fc from 'fast-check';
import { withTransaction } from '@trust/database';
import {
  rechargeDecider,
  reconcile,
  SUPPORT_ROLES,
  CENTRALLY_EMPLOYED_ROLES,
  type DomainEvent,
  type RechargeEvent,
  type RechargeState,
  type SupportRole,
} from '@trust/domain';
import type { RecordedEvent } from '@trust/event-store';
import { applyProjectionBatch } from '@trust/projection-runner';
import { createTestDatabase, type TestDatabase } from '@trust/testing';
import { evolveRechargeLedger, initialRechargeLedger, type RechargeLedger } from './recharge-ledger.js';
import { rechargeLedgerProjection } from './recharge-ledger.projection.js';
import { listLedgerLines, reconcileLedger, type LedgerLineView } from './recharge-ledger.queries.js';
import { recordAll } from '../test-support/stored-events.js';

const YEAR = '2024/25';
const NOW = new Date('2025-09-15T12:00:00Z');

function fold(events: readonly DomainEvent[]): RechargeLedger {
  return events.reduce((ledger, event, index) => evolveRechargeLedger(ledger, event, BigInt(index + 1)), initialRechargeLedger());
}

/** The fold's lines as GET /finance/ledger answers them. */
function viewsOf(ledger: RechargeLedger, academicYear: string, academyId?: string): LedgerLineView[] {
  return ledger.lines
    .filter((line) => line.academicYear === academicYear && (academyId === undefined || line.academyId === academyId))
    .map(({ rechargeId, date, academicYear: year, account, academyId: owner, debitPence, creditPence, description, position }) => ({
      rechargeId,
      date,
      academicYear: year,
      account,
      academyId: owner,
      debitPence,
      creditPence,
      description,
      position: position.toString(),
    }));
}

const budget = (academyId: string, amountPence: number, academicYear = YEAR): DomainEvent => ({
  type: 'ImprovementBudgetAgreed',
  data: { academyId, academicYear, amountPence, agreedBy: [], revisesAmountPence: null },
});

/** Logs a recharge through the domain's decider, so every event is one the API could have stored. */
function logRecharge(input: { rechargeId: string; supported: string; role: SupportRole; provider: string | null; days: number; deliveredOn: string; description?: string }): RechargeEvent {
  const [event] = rechargeDecider.decide(
    {
      type: 'LogRecharge',
      rechargeId: input.rechargeId,
      supportedAcademyId: input.supported,
      providerRole: input.role,
      providerAcademyId: input.provider,
      days: input.days,
      deliveredOn: input.deliveredOn,
      description: input.description ?? `Support from a ${input.role}`,
      rateCard: null,
    },
    rechargeDecider.initialState(),
    { now: NOW },
  );
  if (event === undefined) throw new Error('the recharge was not logged');
  return event;
}

function reverse(logged: RechargeEvent, reason = 'Logged in error'): RechargeEvent {
  const state: RechargeState = rechargeDecider.evolve(rechargeDecider.initialState(), logged);
  const [event] = rechargeDecider.decide({ type: 'ReverseRecharge', rechargeId: logged.data.rechargeId, reason }, state, { now: NOW });
  if (event === undefined) throw new Error('the recharge was not reversed');
  return event;
}

describe('recharge-ledger projection against PostgreSQL', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('til_ledger');
  }, 30_000);

  afterAll(async () => {
    await database.drop();
  });

  beforeEach(async () => {
    await database.pool.query('TRUNCATE recharge_ledger_lines, recharge_ledger_budgets, recharge_ledger_balances, projection_checkpoints');
  });

  async function apply(events: readonly RecordedEvent[]): Promise<void> {
    await withTransaction(database.pool, (client) => rechargeLedgerProjection.apply(client, events));
  }

  async function tables(): Promise<{ lines: unknown[]; budgets: unknown[]; balances: unknown[] }> {
    const lines = await database.pool.query('SELECT * FROM recharge_ledger_lines ORDER BY position, line_number');
    const budgets = await database.pool.query(
      'SELECT academy_id, academic_year, amount_pence, position, valid_from::text, valid_to::text FROM recharge_ledger_budgets ORDER BY academy_id, academic_year, valid_from',
    );
    const balances = await database.pool.query('SELECT * FROM recharge_ledger_balances ORDER BY academic_year, account, valid_from');
    return { lines: lines.rows, budgets: budgets.rows, balances: balances.rows };
  }

  const teacherDay = logRecharge({ rechargeId: 'r-1', supported: '140001', role: 'teacher', provider: '140002', days: 1.5, deliveredOn: '2024-11-12', description: 'Phonics, with "quotes", commas; and ünïcode' });
  const directorDay = logRecharge({ rechargeId: 'r-2', supported: '140002', role: 'improvement-director', provider: null, days: 2, deliveredOn: '2025-02-03' });
  const lastYear = logRecharge({ rechargeId: 'r-0', supported: '140001', role: 'headteacher', provider: '140003', days: 1, deliveredOn: '2024-06-20' });

  it('stores the lines in posting order, in pence, and lists them by year and academy', async () => {
    const events = [lastYear, budget('140001', 500_000), teacherDay, directorDay, reverse(teacherDay, 'Wrong academy')];
    await apply(recordAll(events));

    const all = await listLedgerLines(database.pool, { academicYear: YEAR });
    expect(all).toEqual(viewsOf(fold(events), YEAR));
    expect(all.map(({ rechargeId, date, account, debitPence, creditPence, position }) => [rechargeId, date, account, debitPence, creditPence, position])).toEqual([
      ['r-1', '2024-11-12', 'academy:140001:improvement-spend', 37_500, 0, '3'],
      ['r-1', '2024-11-12', 'academy:140002:improvement-income', 0, 37_500, '3'],
      ['r-2', '2025-02-03', 'academy:140002:improvement-spend', 70_000, 0, '4'],
      ['r-2', '2025-02-03', 'trust-centre:improvement-income', 0, 70_000, '4'],
      ['r-1', '2025-09-15', 'academy:140001:improvement-spend', 0, 37_500, '5'],
      ['r-1', '2025-09-15', 'academy:140002:improvement-income', 37_500, 0, '5'],
    ]);
    expect(all[0]?.description).toBe('Phonics, with "quotes", commas; and ünïcode');
    expect((await listLedgerLines(database.pool, { academicYear: YEAR, academyId: '140002' })).map((line) => line.account)).toEqual([
      'academy:140002:improvement-income',
      'academy:140002:improvement-spend',
      'academy:140002:improvement-income',
    ]);
    expect(await listLedgerLines(database.pool, { academicYear: '2023/24' })).toEqual(viewsOf(fold(events), '2023/24'));
    expect(await listLedgerLines(database.pool, { academicYear: '2022/23' })).toEqual([]);
  });

  it('given the same events applied again, in a later batch or twice in one batch, then nothing changes', async () => {
    const events = recordAll([budget('140001', 500_000), teacherDay, budget('140001', 600_000), reverse(teacherDay)]);
    await apply(events);
    const before = await tables();

    await apply(events);
    await apply([...events, ...events]);
    await apply([events[1]!, events[1]!]);

    expect(await tables()).toEqual(before);
    expect(before.lines).toHaveLength(4);
    // The first agreement's version stays, closed by the second: the budget as of position 1 or 2.
    expect(before.budgets).toEqual([
      { academy_id: '140001', academic_year: YEAR, amount_pence: 500_000n, position: '1', valid_from: '1', valid_to: '3' },
      { academy_id: '140001', academic_year: YEAR, amount_pence: 600_000n, position: '3', valid_from: '3', valid_to: null },
    ]);
  });

  it('answers as of a position (before a reversal and a new budget) and on a date (a reversal counts on its recharge\'s delivery day)', async () => {
    const events = [budget('140001', 500_000), teacherDay, directorDay, budget('140001', 600_000), reverse(teacherDay, 'Wrong academy')];
    await apply(recordAll(events));
    const summary = (lines: { rechargeId: string; position: string }[]): string[] => lines.map((line) => `${line.rechargeId}@${line.position}`);

    expect(summary(await listLedgerLines(database.pool, { academicYear: YEAR }, { position: 3n, on: null }))).toEqual(['r-1@2', 'r-1@2', 'r-2@3', 'r-2@3']);
    expect(summary(await listLedgerLines(database.pool, { academicYear: YEAR }, { position: null, on: '2024-12-01' }))).toEqual(['r-1@2', 'r-1@2', 'r-1@5', 'r-1@5']);
    expect(summary(await listLedgerLines(database.pool, { academicYear: YEAR }, { position: 4n, on: '2024-12-01' }))).toEqual(['r-1@2', 'r-1@2']);
    expect(await listLedgerLines(database.pool, { academicYear: YEAR }, { position: 0n, on: null })).toEqual([]);

    const asOfThree = await reconcileLedger(database.pool, YEAR, { position: 3n, on: null });
    expect(asOfThree.academies.find((academy) => academy.academyId === '140001')).toMatchObject({ budgetPence: 500_000, spentPence: 37_500 });
    const live = await reconcileLedger(database.pool, YEAR);
    expect(live.academies.find((academy) => academy.academyId === '140001')).toMatchObject({ budgetPence: 600_000, spentPence: 0 });
    expect((await reconcileLedger(database.pool, YEAR, { position: null, on: '2024-08-31' })).academies).toEqual([]);
  });

  it('given an older budget agreement arriving after a newer one, then the newer one stands', async () => {
    const [older, newer] = recordAll([budget('140001', 400_000), budget('140001', 450_000)]);
    await apply([newer!]);
    await apply([older!]);
    expect((await reconcileLedger(database.pool, YEAR)).academies).toEqual([
      { academyId: '140001', budgetPence: 450_000, spentPence: 0, incomePence: 0, remainingPence: 450_000, overBudget: false },
    ]);
  });

  it('reconciles a year in SQL: budgets against spend, income, the trust centre, totals', async () => {
    const events = [
      budget('140001', 50_000),
      budget('140003', 100_000),
      teacherDay,
      directorDay,
      logRecharge({ rechargeId: 'r-3', supported: '140001', role: 'headteacher', provider: '140003', days: 0.5, deliveredOn: '2025-03-10' }),
      lastYear,
    ];
    await apply(recordAll(events));

    expect(await reconcileLedger(database.pool, YEAR)).toEqual({
      academicYear: YEAR,
      academies: [
        { academyId: '140001', budgetPence: 50_000, spentPence: 55_000, incomePence: 0, remainingPence: -5_000, overBudget: true },
        { academyId: '140002', budgetPence: null, spentPence: 70_000, incomePence: 37_500, remainingPence: null, overBudget: true },
        { academyId: '140003', budgetPence: 100_000, spentPence: 0, incomePence: 17_500, remainingPence: 100_000, overBudget: false },
      ],
      trustCentre: { incomePence: 70_000 },
      totals: { debitsPence: 125_000, creditsPence: 125_000, internalNetPence: 0 },
    });
    expect(await reconcileLedger(database.pool, '2022/23')).toEqual({
      academicYear: '2022/23',
      academies: [],
      trustCentre: { incomePence: 0 },
      totals: { debitsPence: 0, creditsPence: 0, internalNetPence: 0 },
    });
  });

  it('keeps a running balance per year and account, one version per posting event, that reconciles as the lines do', async () => {
    const events = [
      budget('140001', 500_000),
      teacherDay,
      directorDay,
      logRecharge({ rechargeId: 'r-3', supported: '140001', role: 'teacher', provider: '140002', days: 1, deliveredOn: '2025-03-10' }),
      reverse(teacherDay),
      reverse(directorDay),
      lastYear,
    ];
    const recorded = recordAll(events);
    // In two batches, the second overlapping the first: what is stored already is not added again.
    await apply(recorded.slice(0, 4));
    await apply(recorded.slice(2));

    const { rows } = await database.pool.query<{ account: string; debit_pence: string; credit_pence: string; internal_debit_pence: string; internal_credit_pence: string; line_count: number; valid_from: string; valid_to: string | null }>(
      `SELECT account, debit_pence::text, credit_pence::text, internal_debit_pence::text, internal_credit_pence::text, line_count, valid_from::text, valid_to::text
         FROM recharge_ledger_balances WHERE academic_year = $1 ORDER BY account, valid_from`,
      [YEAR],
    );
    expect(rows.map((row) => [row.account, row.debit_pence, row.credit_pence, row.internal_debit_pence, row.internal_credit_pence, row.line_count, row.valid_from, row.valid_to])).toEqual([
      ['academy:140001:improvement-spend', '37500', '0', '37500', '0', 1, '2', '4'],
      ['academy:140001:improvement-spend', '62500', '0', '62500', '0', 2, '4', '5'],
      ['academy:140001:improvement-spend', '62500', '37500', '62500', '37500', 3, '5', null],
      ['academy:140002:improvement-income', '0', '37500', '0', '37500', 1, '2', '4'],
      ['academy:140002:improvement-income', '0', '62500', '0', '62500', 2, '4', '5'],
      ['academy:140002:improvement-income', '37500', '62500', '37500', '62500', 3, '5', null],
      ['academy:140002:improvement-spend', '70000', '0', '0', '0', 1, '3', '6'],
      ['academy:140002:improvement-spend', '70000', '70000', '0', '0', 2, '6', null],
      ['trust-centre:improvement-income', '0', '70000', '0', '0', 1, '3', '6'],
      ['trust-centre:improvement-income', '70000', '70000', '0', '0', 2, '6', null],
    ]);

    // The balances (live, as of a position) answer as the lines do (a date past every line reads the lines).
    for (let position = 0n; position <= BigInt(events.length); position += 1n) {
      for (const academicYear of [YEAR, '2023/24']) {
        const fromBalances = await reconcileLedger(database.pool, academicYear, { position, on: null });
        expect(fromBalances).toEqual(await reconcileLedger(database.pool, academicYear, { position, on: '9999-12-31' }));
        const ledger = fold(events.slice(0, Number(position)));
        expect(fromBalances).toEqual(reconcile(ledger.lines, [...ledger.budgets.values()], academicYear));
      }
    }
  });

  it('through the runner, the checkpoint moves with the rows', async () => {
    const events = recordAll([teacherDay, directorDay]);
    expect(await applyProjectionBatch(database.pool, rechargeLedgerProjection, events)).toEqual({ applied: 2, position: 2n });
    expect(await applyProjectionBatch(database.pool, rechargeLedgerProjection, events)).toEqual({ applied: 0, position: 2n });
    expect(await listLedgerLines(database.pool, { academicYear: YEAR })).toHaveLength(4);
  });

  describe('a random year of recharges and reversals', () => {
    const ACADEMIES = ['141001', '141002', '141003', '141004', '141005'];
    const YEARS = ['2023/24', '2024/25'] as const;

    const dateIn = (academicYear: string) =>
      fc.integer({ min: 0, max: 363 }).map((day) => {
        const start = Date.UTC(Number(academicYear.slice(0, 4)), 8, 1);
        return new Date(start + day * 86_400_000).toISOString().slice(0, 10);
      });

    const rechargeArbitrary = fc
      .record({
        supported: fc.constantFrom(...ACADEMIES),
        role: fc.constantFrom(...SUPPORT_ROLES),
        providerChoice: fc.nat({ max: ACADEMIES.length }),
        halfDays: fc.integer({ min: 1, max: 20 }),
        academicYear: fc.constantFrom(...YEARS),
        /** Reversed this many events later, or never. */
        reversedAfter: fc.option(fc.nat({ max: 6 }), { freq: 3 }),
      })
      .chain((input) => dateIn(input.academicYear).map((deliveredOn) => ({ ...input, deliveredOn })));

    const yearArbitrary = fc.record({
      recharges: fc.array(rechargeArbitrary, { maxLength: 30 }),
      budgets: fc.array(fc.record({ academyId: fc.constantFrom(...ACADEMIES), amountPence: fc.nat({ max: 2_000_000 }), academicYear: fc.constantFrom(...YEARS) }), { maxLength: 8 }),
      /** Batch boundaries, and how far each batch reaches back into events already applied. */
      batchSizes: fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 10 }),
      overlap: fc.nat({ max: 3 }),
    });

    type RandomYear = typeof yearArbitrary extends fc.Arbitrary<infer T> ? T : never;

    function eventsOf(year: RandomYear): DomainEvent[] {
      const timeline: { at: number; event: DomainEvent }[] = [];
      year.recharges.forEach((input, index) => {
        const others = ACADEMIES.filter((academyId) => academyId !== input.supported);
        // Centrally employed staff earn for the trust centre; a headteacher for their own academy; others either.
        const provider = CENTRALLY_EMPLOYED_ROLES.includes(input.role)
          ? null
          : input.role === 'headteacher' || input.providerChoice < others.length
            ? (others[input.providerChoice % others.length] ?? null)
            : null;
        const logged = logRecharge({ rechargeId: `r-${index}`, supported: input.supported, role: input.role, provider, days: input.halfDays / 2, deliveredOn: input.deliveredOn });
        timeline.push({ at: index, event: logged });
        if (input.reversedAfter !== null) timeline.push({ at: index + input.reversedAfter + 0.5, event: reverse(logged) });
      });
      year.budgets.forEach((agreed, index) => timeline.push({ at: index * 3 + 0.25, event: budget(agreed.academyId, agreed.amountPence, agreed.academicYear) }));
      return timeline.sort((a, b) => a.at - b.at).map(({ event }) => event);
    }

    it('the SQL reconciliation equals the domain\'s reconcile, and the ledger balances', async () => {
      await fc.assert(
        fc.asyncProperty(yearArbitrary, async (year) => {
          await database.pool.query('TRUNCATE recharge_ledger_lines, recharge_ledger_budgets, recharge_ledger_balances');
          const events = eventsOf(year);
          const recorded = recordAll(events);
          // Applied in batches that each reach back over events already applied, as a redelivery would.
          let from = 0;
          for (let batch = 0; from < recorded.length; batch++) {
            const size = year.batchSizes[batch % year.batchSizes.length] ?? 1;
            await apply(recorded.slice(Math.max(0, from - year.overlap), from + size));
            from += size;
          }

          const ledger = fold(events);
          for (const academicYear of YEARS) {
            const expected = reconcile(ledger.lines, [...ledger.budgets.values()], academicYear);
            const actual = await reconcileLedger(database.pool, academicYear);
            expect(actual).toEqual(expected);
            expect(actual.totals.debitsPence).toBe(actual.totals.creditsPence);
            expect(actual.totals.internalNetPence).toBe(0);
            const spent = actual.academies.reduce((total, academy) => total + academy.spentPence, 0);
            const income = actual.academies.reduce((total, academy) => total + academy.incomePence, 0);
            expect(spent).toBe(income + actual.trustCentre.incomePence);
            expect(await listLedgerLines(database.pool, { academicYear })).toEqual(viewsOf(ledger, academicYear));
          }
        }),
        { numRuns: 40 },
      );
    }, 120_000);
  });
});
