import {
  academicYearOf,
  BUDGET_AGREEMENT_ROLES,
  CORE_DAYS_PER_YEAR,
  coreDaysDecider,
  DEFAULT_RATES,
  improvementBudgetDecider,
  postingsFor,
  rateCardDecider,
  rechargeDecider,
  reconcile,
  type CoreDaysState,
  type DomainEvent,
  type LedgerLine,
  type RechargeState,
} from '@trust/domain';
import { buildDemoFinance, DEMO_FINANCE_YEAR, RECHARGE_ID_PLACEHOLDER, type DemoFinanceRequest } from './demo-finance.js';
import { resolveIds } from './demo-ids.js';
import { buildDemoTrust, DEMO_SEED } from './demo-trust.js';
import { DemoLedger } from './test-support/demo-decisions.js';

const NOW = new Date('2025-09-01T09:00:00Z');

describe('the demo trust\'s finances', () => {
  const trust = buildDemoTrust();
  const academyIds = trust.map((academy) => academy.academyId);
  const finance = buildDemoFinance(trust, DEMO_SEED);
  // Each academy's history, its plans among it (ids by key), as the API takes it whenever the demo is loaded.
  const ledgers = new Map(
    trust.map((academy) => {
      const ledger = new DemoLedger(new Date('2026-09-01T09:00:00Z'));
      ledger.run(academy.requests);
      return [academy.academyId, ledger];
    }),
  );
  /** A delivery as the API decides it: the commitment it names resolved, and the plan of its academy for the year looked up. */
  const withPlan = <T extends { commitmentId?: string | null }>(command: T, academyId: string): T => {
    const ledger = ledgers.get(academyId);
    if (command.commitmentId === undefined || ledger === undefined) return command;
    return { ...command, commitmentId: resolveIds(command.commitmentId, ledger.ids), plan: ledger.lookUp(academyId, DEMO_FINANCE_YEAR) };
  };
  const commandsOf = <T extends DemoFinanceRequest['command']['type']>(type: T) =>
    finance.flatMap(({ command }) => (command.type === type ? [command as Extract<DemoFinanceRequest['command'], { type: T }>] : []));

  /** Every recharge and reversal decided in order, as the API would: the events, and the recharges' ids (their keys). */
  function ledgerEvents(): DomainEvent[] {
    const recharges = new Map<string, RechargeState>();
    const events: DomainEvent[] = [];
    for (const { command, idempotencyKey } of finance) {
      if (command.type === 'LogRecharge') {
        const logged = rechargeDecider.decide({ ...withPlan(command, command.supportedAcademyId), rechargeId: `demo-${recharges.size}`, rateCard: null }, rechargeDecider.initialState(), { now: NOW });
        recharges.set(idempotencyKey, logged.reduce(rechargeDecider.evolve, rechargeDecider.initialState()));
        events.push(...logged);
      }
      if (command.type === 'ReverseRecharge') {
        const state = recharges.get(command.reverses);
        if (state === undefined || state.status === 'not-logged') throw new Error('a reversal of a recharge not logged before it');
        events.push(...rechargeDecider.decide({ type: 'ReverseRecharge', rechargeId: state.recharge.rechargeId, reason: command.reason }, state, { now: NOW }));
      }
    }
    return events;
  }

  it('sets the 2024/25 rate card at seed 003\'s rates, first', () => {
    expect(finance[0]?.command).toEqual({ type: 'SetRateCard', academicYear: DEMO_FINANCE_YEAR, rates: DEFAULT_RATES });
    const events = rateCardDecider.decide(commandsOf('SetRateCard')[0]!, rateCardDecider.initialState(), { now: NOW });
    expect(events).toHaveLength(1);
  });

  it('agrees a 2024/25 budget for every academy, each by the headteacher, improvement director, chief executive and finance director', () => {
    const budgets = commandsOf('AgreeImprovementBudget');
    expect(budgets.map((budget) => budget.academyId)).toEqual(academyIds);
    for (const budget of budgets) {
      expect(budget.academicYear).toBe(DEMO_FINANCE_YEAR);
      expect(budget.agreedBy.map((party) => party.role).sort()).toEqual([...BUDGET_AGREEMENT_ROLES].sort());
      expect(improvementBudgetDecider.decide(budget, improvementBudgetDecider.initialState(), { now: NOW })).toHaveLength(1);
    }
  });

  it('logs each academy\'s three Academy Improvement Meetings as core days (2024/25 predates AIMs as records of their own), never beyond six days', () => {
    for (const academyId of academyIds) {
      const days = commandsOf('LogCoreDay').filter((day) => day.academyId === academyId);
      expect(days.filter((day) => day.description.endsWith('Academy Improvement Meeting'))).toHaveLength(3);
      let state: CoreDaysState = coreDaysDecider.initialState();
      for (const day of days) {
        expect(academicYearOf(day.deliveredOn)).toBe(DEMO_FINANCE_YEAR);
        expect([0, 6]).not.toContain(new Date(`${day.deliveredOn}T12:00:00Z`).getUTCDay());
        state = coreDaysDecider.decide({ ...withPlan(day, academyId), aimDays: 0 }, state, { now: NOW }).reduce(coreDaysDecider.evolve, state);
      }
      expect(state.daysUsed).toBeLessThanOrEqual(CORE_DAYS_PER_YEAR);
    }
  });

  it('logs a year of recharges on school days, between academies of the trust and from the trust centre, each one the API accepts', () => {
    const recharges = commandsOf('LogRecharge');
    expect(recharges.length).toBeGreaterThanOrEqual(40);
    for (const recharge of recharges) {
      expect(academyIds).toContain(recharge.supportedAcademyId);
      if (recharge.providerAcademyId !== null) expect(academyIds).toContain(recharge.providerAcademyId);
      expect(academicYearOf(recharge.deliveredOn)).toBe(DEMO_FINANCE_YEAR);
      expect([0, 6]).not.toContain(new Date(`${recharge.deliveredOn}T12:00:00Z`).getUTCDay());
    }
    expect(recharges.some((recharge) => recharge.providerAcademyId === null)).toBe(true);
    expect(recharges.filter((recharge) => recharge.providerAcademyId !== null).length).toBeGreaterThanOrEqual(10);
    expect(new Set(recharges.map((recharge) => recharge.providerRole)).size).toBe(5);
    expect(ledgerEvents().filter((event) => event.type === 'RechargeLogged')).toHaveLength(recharges.length);
  });

  it('corrects one recharge with a reversal of one logged before it, then logs it again against another academy', () => {
    const reversals = commandsOf('ReverseRecharge');
    expect(reversals).toHaveLength(1);
    const index = finance.findIndex(({ command }) => command.type === 'ReverseRecharge');
    const reversal = finance[index]!;
    expect(reversal.path).toBe(`/recharges/${RECHARGE_ID_PLACEHOLDER}/reversal`);
    const original = finance.slice(0, index).find(({ idempotencyKey }) => idempotencyKey === reversals[0]?.reverses)?.command;
    const relogged = finance[index + 1]?.command;
    if (original?.type !== 'LogRecharge' || relogged?.type !== 'LogRecharge') throw new Error('expected a recharge before the reversal and after it');
    expect(relogged).toEqual({ ...original, supportedAcademyId: relogged.supportedAcademyId, description: `${original.description} (re-logged against the right academy)` });
    expect(relogged.supportedAcademyId).not.toBe(original.supportedAcademyId);
  });

  it("names the support commitment of the plan a further core day or a recharge delivers while owed, leaving some under-delivered and others delivered in full", () => {
    const delivered = new Map<string, number>();
    for (const event of ledgerEvents()) {
      if (event.type === 'RechargeLogged' && event.data.commitmentId !== null) delivered.set(event.data.commitmentId, (delivered.get(event.data.commitmentId) ?? 0) + event.data.days);
    }
    const reversed = commandsOf('ReverseRecharge')[0]?.reverses;
    const reversedRecharge = finance.find((request) => request.idempotencyKey === reversed)?.command;
    if (reversedRecharge?.type === 'LogRecharge' && reversedRecharge.commitmentId !== undefined) {
      const id = resolveIds(reversedRecharge.commitmentId ?? '', ledgers.get(reversedRecharge.supportedAcademyId)?.ids ?? new Map());
      delivered.set(id, (delivered.get(id) ?? 0) - reversedRecharge.days);
    }
    for (const day of commandsOf('LogCoreDay')) {
      const id = withPlan(day, day.academyId).commitmentId;
      if (typeof id === 'string') delivered.set(id, (delivered.get(id) ?? 0) + day.days);
    }
    expect(commandsOf('LogCoreDay').filter((day) => day.commitmentId !== undefined).every((day) => !day.description.endsWith('Academy Improvement Meeting'))).toBe(true);
    expect(commandsOf('LogRecharge').filter((recharge) => recharge.commitmentId !== undefined).length).toBeGreaterThanOrEqual(5);

    const owed = trust.flatMap((academy) =>
      (academy.plans.find((plan) => plan.academicYear === DEMO_FINANCE_YEAR)?.commitments ?? [])
        .filter((commitment) => commitment.coreDays + commitment.developmentDays > 0)
        .map((commitment) => ({ academyId: academy.academyId, kind: commitment.kind, planned: commitment.coreDays + commitment.developmentDays, delivered: delivered.get(commitment.key) ?? 0 })),
    );
    expect(owed.filter((commitment) => commitment.delivered < commitment.planned).length).toBeGreaterThanOrEqual(1);
    expect(owed.filter((commitment) => commitment.delivered >= commitment.planned).length).toBeGreaterThanOrEqual(4);
  });

  it('gives a ledger that balances, nets to zero inside the trust and flags an academy over its budget', () => {
    const lines: LedgerLine[] = ledgerEvents().flatMap(postingsFor);
    const budgets = commandsOf('AgreeImprovementBudget').map(({ academyId, academicYear, amountPence }) => ({ academyId, academicYear, amountPence }));
    const reconciliation = reconcile(lines, budgets, DEMO_FINANCE_YEAR);
    expect(reconciliation.totals.debitsPence).toBe(reconciliation.totals.creditsPence);
    expect(reconciliation.totals.internalNetPence).toBe(0);
    expect(reconciliation.trustCentre.incomePence).toBeGreaterThan(0);
    expect(reconciliation.academies.filter((academy) => academy.overBudget).length).toBeGreaterThanOrEqual(1);
    expect(reconciliation.academies.filter((academy) => !academy.overBudget).length).toBeGreaterThanOrEqual(6);
  });

  it('sends each command to its route, with a body the route accepts', () => {
    for (const { command, path, body } of finance) {
      expect(body).not.toHaveProperty('type');
      switch (command.type) {
        case 'SetRateCard':
          expect(path).toBe('/rate-cards');
          break;
        case 'AgreeImprovementBudget':
          expect(path).toBe(`/academies/${command.academyId}/improvement-budgets`);
          expect(body).not.toHaveProperty('academyId');
          break;
        case 'LogCoreDay':
          expect(path).toBe(`/academies/${command.academyId}/core-days`);
          expect(Object.keys(body).sort()).toEqual(['days', 'deliveredOn', 'description', ...(command.commitmentId === undefined ? [] : ['commitmentId'])].sort());
          break;
        case 'LogRecharge':
          expect(path).toBe('/recharges');
          expect(Object.keys(body).sort()).toEqual(
            ['days', 'deliveredOn', 'description', 'providerAcademyId', 'providerRole', 'supportedAcademyId', ...(command.commitmentId === undefined ? [] : ['commitmentId'])].sort(),
          );
          break;
        case 'ReverseRecharge':
          expect(body).toEqual({ reason: command.reason });
          break;
        default: {
          const _exhaustive: never = command;
          throw new Error(`unexpected command ${String(_exhaustive)}`);
        }
      }
    }
  });

  it('is deterministic, with an Idempotency-Key per request derived from its content', () => {
    expect(buildDemoFinance(buildDemoTrust(DEMO_SEED), DEMO_SEED)).toEqual(finance);
    expect(buildDemoFinance(buildDemoTrust(DEMO_SEED + 1), DEMO_SEED + 1)).not.toEqual(finance);
    const keys = finance.map((request) => request.idempotencyKey);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^demo-[0-9a-f]{40}$/);
    const academyKeys = new Set(trust.flatMap((academy) => academy.requests.map((request) => request.idempotencyKey)));
    expect(keys.filter((key) => academyKeys.has(key))).toEqual([]);
  });
});
