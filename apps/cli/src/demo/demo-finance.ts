import { createHash } from 'node:crypto';
import {
  CENTRALLY_EMPLOYED_ROLES,
  CORE_DAYS_PER_YEAR,
  DEFAULT_RATES,
  type AgreeImprovementBudget,
  type LogCoreDay,
  type LogRecharge,
  type SetRateCard,
  type SupportRole,
} from '@trust/domain';
import { idOf } from './demo-ids.js';
import type { DemoPlanCommitment } from './demo-plans.js';
import type { DemoAcademy } from './demo-trust.js';
import { seededRandom, type Random } from './prng.js';

/**
 * The demo trust's finances for one academic year, built deterministically from a seed: the year's
 * rate card (seed 003's rates), an improvement budget for every academy, the improvement director's
 * core days, a year of recharges between academies and from the trust centre, and one correction
 * made as a reversal followed by the recharge logged again against the right academy. A core day or
 * recharge that delivers support committed in the academy's improvement plan names the commitment
 * (demo-plans.ts), while the commitment is owed: further core days the central team's or standardised
 * policies' core days, the improvement director's and hub leads' recharges the central team's development
 * days, and the recharges of another school's staff its school-to-school support.
 */

export const DEMO_FINANCE_YEAR = '2024/25';
const FINANCE_SEED_OFFSET = 6;
const RECHARGES_PER_ACADEMY = 4;

/** A recharge as the demo sends it: the server chooses its id and finds the rate card in force. */
export type DemoRecharge = Omit<LogRecharge, 'rechargeId' | 'rateCard' | 'providerRole'> & { providerRole: SupportRole };

/** A reversal of a recharge the demo logged earlier, known by that request's Idempotency-Key. */
export interface DemoReversal {
  type: 'ReverseRecharge';
  /** The Idempotency-Key of the recharge request: its answer's `id` is the recharge to reverse. */
  reverses: string;
  reason: string;
}

export type DemoFinanceCommand = SetRateCard | AgreeImprovementBudget | Omit<LogCoreDay, 'aimDays'> | DemoRecharge | DemoReversal;

/** Where a reversal's path takes the id of the recharge it reverses (from the answer to `reverses`). */
export const RECHARGE_ID_PLACEHOLDER = '{rechargeId}';

/** One POST of the demo's finances: the command, its route and body, and an Idempotency-Key derived from both. */
export interface DemoFinanceRequest {
  command: DemoFinanceCommand;
  path: string;
  body: Record<string, unknown>;
  idempotencyKey: string;
}

// Seed 003: the budget "will need to be agreed each year between the Headteacher, the Academy
// Improvement Director, the Chief Executive and the Financial Director".
const TRUST_SIGNATORIES = [
  { name: 'Dr Helen Marsh', role: 'improvement-director' },
  { name: 'Richard Okafor', role: 'chief-executive' },
  { name: 'Priya Shah', role: 'finance-director' },
] as const;
const HEADTEACHER_NAMES = [
  'Sarah Whitfield', 'James Okonjo', 'Claire Bennett', 'Tom Lindqvist', 'Aisha Rahman', 'Mark Doherty',
  'Nia Evans', 'Graham Pike', 'Fiona McLeod', 'Daniel Asante', 'Ruth Castellano', 'Owen Price',
] as const;

const SUPPORT_BY_ROLE: Readonly<Record<SupportRole, readonly string[]>> = {
  'improvement-director': ['Academy Development Day: leadership coaching', 'Academy Development Day: SEF and improvement plan review', 'Academy Development Day: pre-inspection readiness'],
  'hub-lead': ['Hub improvement lead: reading and phonics audit', 'Hub improvement lead: curriculum deep dive, science', 'Hub improvement lead: attendance strategy'],
  headteacher: ['Headteacher support: new headteacher mentoring', 'Headteacher support: behaviour systems review', 'Headteacher support: timetable and staffing'],
  teacher: ['Lead teacher: maths mastery modelling', 'Lead teacher: Year 6 writing moderation', 'Lead teacher: early years provision'],
  'support-staff': ['SENCo support: EHCP paperwork', 'Data manager: assessment system set-up', 'Attendance officer: first-day calling'],
};

/** The demo's finances for DEMO_FINANCE_YEAR, in the order the demo sends them. */
export function buildDemoFinance(academies: readonly DemoAcademy[], seed: number): DemoFinanceRequest[] {
  const random = seededRandom(seed + FINANCE_SEED_OFFSET);
  const requests: DemoFinanceRequest[] = [
    financeRequest({ type: 'SetRateCard', academicYear: DEMO_FINANCE_YEAR, rates: { ...DEFAULT_RATES } }),
  ];
  const delivering = new CommitmentsOwed(academies);
  const rechargeRequests = buildRecharges(academies, random).map((recharge) => financeRequest(delivering.recharge(recharge)));
  const correction = buildCorrection(academies, rechargeRequests, random);
  requests.push(...buildBudgets(academies, [...rechargeRequests, ...correction], random));
  requests.push(...academies.flatMap((academy) => buildCoreDays(academy, random).map(({ command }) => financeRequest(command.type === 'LogCoreDay' ? delivering.coreDay(command) : command))));
  requests.push(...rechargeRequests, ...correction);
  return requests;
}

/** Which support commitment of an academy's plan for the year a delivery names: one of the kinds it delivers, still owed. */
class CommitmentsOwed {
  private readonly owed = new Map<string, { commitment: DemoPlanCommitment; coreDays: number; developmentDays: number }>();
  private readonly byAcademy = new Map<string, DemoPlanCommitment[]>();

  constructor(academies: readonly DemoAcademy[]) {
    for (const academy of academies) {
      const commitments = academy.plans.find((plan) => plan.academicYear === DEMO_FINANCE_YEAR)?.commitments ?? [];
      this.byAcademy.set(academy.academyId, commitments);
      for (const commitment of commitments) this.owed.set(commitment.key, { commitment, coreDays: commitment.coreDays, developmentDays: commitment.developmentDays });
    }
  }

  /** A further core day (not an AIM's) delivers core days committed. */
  coreDay(day: Omit<LogCoreDay, 'aimDays'>): Omit<LogCoreDay, 'aimDays'> {
    if (day.description.endsWith('Academy Improvement Meeting')) return day;
    const owed = this.find(day.academyId, (commitment, left) => left.coreDays > 0 && commitment.coreDays > 0);
    if (owed === undefined) return day;
    owed.coreDays -= day.days;
    return { ...day, commitmentId: idOf(owed.commitment.key) };
  }

  /** The central team's recharges deliver its development days; another school's staff, school-to-school support. */
  recharge(recharge: DemoRecharge): DemoRecharge {
    const central = CENTRALLY_EMPLOYED_ROLES.includes(recharge.providerRole);
    const owed = this.find(recharge.supportedAcademyId, (commitment, left) =>
      left.developmentDays > 0 && (commitment.kind === 'central-team' ? central : commitment.kind === 'school-to-school-support' && !central && recharge.providerAcademyId !== null),
    );
    if (owed === undefined) return recharge;
    owed.developmentDays -= recharge.days;
    return { ...recharge, commitmentId: idOf(owed.commitment.key) };
  }

  private find(
    academyId: string,
    delivers: (commitment: DemoPlanCommitment, left: { coreDays: number; developmentDays: number }) => boolean,
  ): { commitment: DemoPlanCommitment; coreDays: number; developmentDays: number } | undefined {
    for (const commitment of this.byAcademy.get(academyId) ?? []) {
      const left = this.owed.get(commitment.key);
      if (left !== undefined && delivers(commitment, left)) return left;
    }
    return undefined;
  }
}

function buildRecharges(academies: readonly DemoAcademy[], random: Random): DemoRecharge[] {
  const recharges = new Map<string, DemoRecharge>();
  const wanted = academies.length * RECHARGES_PER_ACADEMY;
  while (recharges.size < wanted) {
    const supported = random.pick(academies);
    const role = pickRole(random);
    const provider = providerFor(role, supported, academies, random);
    const recharge: DemoRecharge = {
      type: 'LogRecharge',
      supportedAcademyId: supported.academyId,
      providerRole: role,
      providerAcademyId: provider,
      days: random.integer(1, 6) / 2,
      deliveredOn: schoolDay(random),
      description: random.pick(SUPPORT_BY_ROLE[role]),
    };
    // The key is derived from the content: two identical recharges would be one.
    recharges.set(financeRequest(recharge).idempotencyKey, recharge);
  }
  return [...recharges.values()].sort((a, b) => a.deliveredOn.localeCompare(b.deliveredOn) || a.supportedAcademyId.localeCompare(b.supportedAcademyId));
}

function pickRole(random: Random): SupportRole {
  const draw = random.next();
  if (draw < 0.2) return 'improvement-director';
  if (draw < 0.4) return 'hub-lead';
  if (draw < 0.65) return 'headteacher';
  if (draw < 0.9) return 'teacher';
  return 'support-staff';
}

/**
 * Seed 003: the improvement director and hub leads are employed by the trust (the trust centre's
 * income); a headteacher supports a school in their own hub where they can; teachers and support
 * staff mostly come from another academy, sometimes from the central team.
 */
function providerFor(role: SupportRole, supported: DemoAcademy, academies: readonly DemoAcademy[], random: Random): string | null {
  if (CENTRALLY_EMPLOYED_ROLES.includes(role)) return null;
  if (role !== 'headteacher' && random.next() < 0.2) return null;
  const others = academies.filter((academy) => academy.academyId !== supported.academyId);
  const sameHub = others.filter((academy) => academy.hub === supported.hub);
  return random.pick(role === 'headteacher' && sameHub.length > 0 ? sameHub : others).academyId;
}

/** A weekday of the 2024/25 school year (2 September 2024 to 18 July 2025), outside the Christmas holidays. */
function schoolDay(random: Random): string {
  return weekdayBetween('2024-09-02', '2025-07-18', random);
}

/** A weekday from `first` to `last` (inclusive, YYYY-MM-DD), never in the Christmas holidays. */
function weekdayBetween(first: string, last: string, random: Random): string {
  const from = Date.parse(`${first}T00:00:00Z`);
  const days = (Date.parse(`${last}T00:00:00Z`) - from) / 86_400_000;
  for (;;) {
    const day = new Date(from + random.integer(0, days) * 86_400_000);
    const date = day.toISOString().slice(0, 10);
    const christmas = date >= '2024-12-21' && date <= '2025-01-05';
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6 && !christmas) return date;
  }
}

/**
 * A budget of £4,000 to £9,000 for each academy; the academy that buys the most support is given
 * less than it spends, so the reconciliation has an overspend to flag.
 */
function buildBudgets(academies: readonly DemoAcademy[], recharges: readonly DemoFinanceRequest[], random: Random): DemoFinanceRequest[] {
  const logged = new Map(recharges.flatMap(({ command, idempotencyKey }) => (command.type === 'LogRecharge' ? [[idempotencyKey, command] as const] : [])));
  const spend = new Map<string, number>();
  const add = (recharge: DemoRecharge, sign: 1 | -1): void => {
    const amount = (DEFAULT_RATES[recharge.providerRole] / 2) * (recharge.days * 2);
    spend.set(recharge.supportedAcademyId, (spend.get(recharge.supportedAcademyId) ?? 0) + sign * amount);
  };
  for (const { command } of recharges) {
    if (command.type === 'LogRecharge') add(command, 1);
    const reversed = command.type === 'ReverseRecharge' ? logged.get(command.reverses) : undefined;
    if (reversed !== undefined) add(reversed, -1);
  }
  const biggestSpender = [...spend.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  return academies.map((academy, index) => {
    const spent = spend.get(academy.academyId) ?? 0;
    const amountPence = academy.academyId === biggestSpender ? Math.floor((spent * 0.8) / 10_000) * 10_000 : random.integer(40, 90) * 10_000;
    return financeRequest({
      type: 'AgreeImprovementBudget',
      academyId: academy.academyId,
      academicYear: DEMO_FINANCE_YEAR,
      amountPence,
      agreedBy: [{ name: HEADTEACHER_NAMES[index % HEADTEACHER_NAMES.length] ?? 'The headteacher', role: 'headteacher' }, ...TRUST_SIGNATORIES],
    });
  });
}

/** The three Academy Improvement Meetings, one a term, and a day or so of further core support: never more than six days. */
function buildCoreDays(academy: DemoAcademy, random: Random): DemoFinanceRequest[] {
  const day = (deliveredOn: string, days: number, description: string): DemoFinanceRequest =>
    financeRequest({ type: 'LogCoreDay', academyId: academy.academyId, deliveredOn, days, description });
  const meetings = [
    day(weekdayBetween('2024-10-07', '2024-10-25', random), 1, 'Autumn Academy Improvement Meeting'),
    day(weekdayBetween('2025-02-03', '2025-02-14', random), 1, 'Spring Academy Improvement Meeting'),
    day(weekdayBetween('2025-06-02', '2025-06-20', random), 1, 'Summer Academy Improvement Meeting'),
  ];
  const further = random.integer(0, (CORE_DAYS_PER_YEAR - 3) * 2 - 1) / 2;
  return further === 0 ? meetings : [...meetings, day(weekdayBetween('2025-03-03', '2025-03-21', random), further, 'Core support: monitoring and coaching')];
}

/** One recharge logged against the wrong academy: reversed, then logged again against the right one. */
function buildCorrection(academies: readonly DemoAcademy[], recharges: readonly DemoFinanceRequest[], random: Random): DemoFinanceRequest[] {
  const mistaken = recharges[Math.floor(recharges.length / 3)];
  if (mistaken === undefined || mistaken.command.type !== 'LogRecharge') return [];
  const wrong = mistaken.command;
  const right = random.pick(academies.filter((academy) => academy.academyId !== wrong.supportedAcademyId && academy.academyId !== wrong.providerAcademyId));
  // Logged again against the right academy, it delivers none of the other academy's support.
  const { commitmentId: _commitmentId, ...relogged } = wrong;
  return [
    financeRequest({ type: 'ReverseRecharge', reverses: mistaken.idempotencyKey, reason: `Logged against the wrong academy: the support was for ${right.name}` }),
    financeRequest({ ...relogged, supportedAcademyId: right.academyId, description: `${wrong.description} (re-logged against the right academy)` }),
  ];
}

/** The HTTP form of a command: its route, its body, and a key derived from both, so a re-run appends nothing. */
export function financeRequest(command: DemoFinanceCommand): DemoFinanceRequest {
  const { path, body } = route(command);
  // A reversal's path does not name its recharge yet: the recharge's own key stands in for it.
  const content = `POST ${path}\n${JSON.stringify(body)}${command.type === 'ReverseRecharge' ? `\n${command.reverses}` : ''}`;
  const idempotencyKey = `demo-${createHash('sha256').update(content).digest('hex').slice(0, 40)}`;
  return { command, path, body, idempotencyKey };
}

function route(command: DemoFinanceCommand): { path: string; body: Record<string, unknown> } {
  switch (command.type) {
    case 'SetRateCard': {
      const { type: _type, ...body } = command;
      return { path: '/rate-cards', body };
    }
    case 'AgreeImprovementBudget': {
      const { type: _type, academyId, ...body } = command;
      return { path: `/academies/${academyId}/improvement-budgets`, body };
    }
    case 'LogCoreDay': {
      const { type: _type, academyId, ...body } = command;
      return { path: `/academies/${academyId}/core-days`, body };
    }
    case 'LogRecharge': {
      const { type: _type, ...body } = command;
      return { path: '/recharges', body };
    }
    case 'ReverseRecharge':
      // The recharge's id is only known from the answer to its request: the path is filled in when sent.
      return { path: `/recharges/${RECHARGE_ID_PLACEHOLDER}/reversal`, body: { reason: command.reason } };
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
}
