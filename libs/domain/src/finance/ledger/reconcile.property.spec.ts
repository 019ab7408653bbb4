import fc from 'fast-check';
import { domainEventCodec } from '../../events/domain-event-codec.js';
import { DomainError } from '../../shared/domain-error.js';
import type { StoredEventShape } from '../../shared/stored-event.js';
import { rateFor, type RateCard } from '../rate-card/rate-card.js';
import type { RechargeCommand } from '../recharge/recharge.commands.js';
import { rechargeDecider } from '../recharge/recharge.decider.js';
import type { RechargeEvent, RechargeLoggedData } from '../recharge/recharge.events.js';
import type { RechargeState } from '../recharge/recharge.state.js';
import type { SupportRole } from '../support-role.js';
import type { LedgerLine } from './ledger-line.js';
import { postingsFor } from './postings.js';
import { reconcile, type ImprovementBudget } from './reconcile.js';

const NOW = new Date('2026-01-15T12:00:00Z');
const ACADEMIES = ['100001', '100002', '100003', '100004'] as const;
const YEARS = ['2023/24', '2024/25'] as const;
const ACADEMY_ROLES: readonly SupportRole[] = ['headteacher', 'teacher', 'support-staff'];
const CENTRAL_ROLES: readonly SupportRole[] = ['improvement-director', 'hub-lead', 'teacher', 'support-staff'];

/** A step of the year, as indexes the run turns into a valid command. */
type Operation =
  | {
      kind: 'log';
      supported: number;
      provider: number | null;
      role: number;
      halfDays: number;
      year: number;
      dayOfYear: number;
    }
  | { kind: 'reverse'; target: number };

const operation: fc.Arbitrary<Operation> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('log' as const),
      supported: fc.nat({ max: ACADEMIES.length - 1 }),
      provider: fc.option(fc.nat({ max: ACADEMIES.length - 1 })),
      role: fc.nat(),
      halfDays: fc.integer({ min: 1, max: 400 }),
      year: fc.nat({ max: YEARS.length - 1 }),
      dayOfYear: fc.nat({ max: 364 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reverse' as const), target: fc.nat() }) },
);

/** A year's operations: a reversal names a recharge logged before it, so those before the first recharge are left out. */
const operations: fc.Arbitrary<Operation[]> = fc.array(operation, { maxLength: 60 }).map((ops) => {
  const first = ops.findIndex((op) => op.kind === 'log');
  return first === -1 ? [] : ops.slice(first);
});

/**
 * How the reversals went over every run: reversed, or refused as a second reversal of one recharge (a path asserted
 * where it happens). Most must reverse, so the histories cannot drift into testing refusals only.
 */
const reversals = { tried: 0, reversed: 0, refusedAgain: 0 };

const evenRate = fc.integer({ min: 1, max: 50_000 }).map((half) => half * 2);

const rateCard = (academicYear: string): fc.Arbitrary<RateCard | null> =>
  fc.option(
    fc.record({
      academicYear: fc.constant(academicYear),
      rates: fc.record({
        'improvement-director': evenRate,
        'hub-lead': evenRate,
        headteacher: evenRate,
        teacher: evenRate,
        'support-staff': evenRate,
      }),
    }),
  );

const budgets: fc.Arbitrary<ImprovementBudget[]> = fc.array(
  fc.record({
    academyId: fc.constantFrom(...ACADEMIES),
    academicYear: fc.constantFrom(...YEARS),
    amountPence: fc.nat({ max: 5_000_000 }),
  }),
);

function pick<T>(options: readonly T[], index: number): T {
  const option = options[index % options.length];
  if (option === undefined) {
    throw new Error('pick from an empty list');
  }
  return option;
}

function dateInYear(academicYear: string, dayOfYear: number): string {
  const startYear = Number(academicYear.slice(0, 4));
  return new Date(Date.UTC(startYear, 8, 1 + dayOfYear)).toISOString().slice(0, 10);
}

/** Runs the operations through the recharge decider as the API would, each recharge on its own stream. */
function run(operations: readonly Operation[], rateCards: ReadonlyMap<string, RateCard | null>): RechargeEvent[] {
  const streams = new Map<string, RechargeState>();
  const events: RechargeEvent[] = [];
  const decide = (command: RechargeCommand): void => {
    const state = streams.get(command.rechargeId) ?? rechargeDecider.initialState();
    const decided = rechargeDecider.decide(command, state, { now: NOW });
    streams.set(command.rechargeId, decided.reduce(rechargeDecider.evolve, state));
    events.push(...decided);
  };

  operations.forEach((op, index) => {
    if (op.kind === 'log') {
      // Valid sequences only: a provider academy is never the supported one (the decider refuses that).
      const provider = op.provider === op.supported ? op.supported + 1 : op.provider;
      const providerAcademyId = provider === null ? null : pick(ACADEMIES, provider);
      const academicYear = pick(YEARS, op.year);
      decide({
        type: 'LogRecharge',
        rechargeId: `r-${index}`,
        supportedAcademyId: pick(ACADEMIES, op.supported),
        providerRole: pick(providerAcademyId === null ? CENTRAL_ROLES : ACADEMY_ROLES, op.role),
        providerAcademyId,
        days: op.halfDays / 2,
        deliveredOn: dateInYear(academicYear, op.dayOfYear),
        description: `Support ${index}`,
        rateCard: rateCards.get(academicYear) ?? null,
      });
      return;
    }
    reversals.tried += 1;
    const rechargeId = pick([...streams.keys()], op.target);
    const reversal: RechargeCommand = { type: 'ReverseRecharge', rechargeId, reason: `Correction ${index}` };
    if (streams.get(rechargeId)?.status === 'reversed') {
      // Only once: a second reversal is refused, and appends nothing.
      expect(() => decide(reversal)).toThrow(DomainError);
      reversals.refusedAgain += 1;
      return;
    }
    decide(reversal);
    reversals.reversed += 1;
  });
  return events;
}

/** The lines posted by the events as stored and read back, checking they are the lines of the events decided. */
function storedLedger(events: readonly RechargeEvent[]): LedgerLine[] {
  const stored = events.map((event) => JSON.parse(JSON.stringify(domainEventCodec.encode(event))) as StoredEventShape);
  const lines = stored.map((event) => domainEventCodec.decode(event)).flatMap(postingsFor);
  expect(lines).toEqual(events.flatMap(postingsFor));
  return lines;
}

/** The recharges of the year that have not been reversed. */
function standingIn(events: readonly RechargeEvent[], academicYear: string): RechargeLoggedData[] {
  const reversed = new Set(
    events.flatMap((event) => (event.type === 'RechargeReversed' ? [event.data.rechargeId] : [])),
  );
  return events.flatMap((event) =>
    event.type === 'RechargeLogged' && event.data.academicYear === academicYear && !reversed.has(event.data.rechargeId)
      ? [event.data]
      : [],
  );
}

const total = (recharges: readonly RechargeLoggedData[]): number =>
  recharges.reduce((sum, recharge) => sum + recharge.amountPence, 0);

describe('the recharge ledger, for any year of recharges and reversals', () => {
  it('balances, nets internal recharges to zero, and shows each academy the sum of its recharges not reversed', () => {
    fc.assert(
      fc.property(
        operations,
        rateCard(YEARS[0]),
        rateCard(YEARS[1]),
        budgets,
        (operations, firstCard, secondCard, agreed) => {
          const rateCards = new Map<string, RateCard | null>([
            [YEARS[0], firstCard],
            [YEARS[1], secondCard],
          ]);
          const events = run(operations, rateCards);
          const lines = storedLedger(events);

          for (const event of events) {
            if (event.type === 'RechargeLogged') {
              const { academicYear, providerRole, days, amountPence } = event.data;
              expect(amountPence).toBe(rateFor(rateCards.get(academicYear) ?? null, providerRole) * days);
              expect(Number.isSafeInteger(amountPence)).toBe(true);
            }
          }

          for (const academicYear of YEARS) {
            const { academies, trustCentre, totals } = reconcile(lines, agreed, academicYear);
            expect(totals.debitsPence).toBe(totals.creditsPence);
            expect(totals.internalNetPence).toBe(0);

            const standing = standingIn(events, academicYear);
            for (const academy of academies) {
              const { academyId } = academy;
              expect(academy.spentPence).toBe(total(standing.filter((each) => each.supportedAcademyId === academyId)));
              expect(academy.incomePence).toBe(total(standing.filter((each) => each.providerAcademyId === academyId)));
              const ofAcademy = agreed.filter(
                (each) => each.academyId === academyId && each.academicYear === academicYear,
              );
              const budgetPence = ofAcademy.at(-1)?.amountPence ?? null;
              expect(academy.budgetPence).toBe(budgetPence);
              expect(academy.overBudget).toBe(academy.spentPence > (budgetPence ?? 0));
            }
            const listed = new Set(academies.map((academy) => academy.academyId));
            expect(standing.every((recharge) => listed.has(recharge.supportedAcademyId))).toBe(true);
            const central = standing.filter((each) => each.providerAcademyId === null);
            expect(trustCentre.incomePence).toBe(total(central));
          }
        },
      ),
    );
  });

  it('reversed recharges in most of the reversals it tried, so the histories were not refusals only', () => {
    if (process.env['PROPERTY_SUMMARY'] === '1') {
      process.stdout.write(`recharge ledger reconcile, reversals: ${reversals.reversed} reversed, ${reversals.refusedAgain} refused as second reversals, of ${reversals.tried}\n`);
    }
    expect(reversals.tried).toBeGreaterThanOrEqual(30);
    expect(reversals.reversed / reversals.tried).toBeGreaterThanOrEqual(0.6);
  });
});
