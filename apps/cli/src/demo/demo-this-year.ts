import { academicYearOf, termEnd, type Term } from '@trust/domain';
import { parseDemoToday } from './demo-calendar.js';
import { buildDemoEvidenceThisYear, demoDecidedOn, FIRST_UNDECIDED_YEAR } from './demo-evidence.js';
import { buildDemoPlan, type DemoPlan } from './demo-plans.js';
import { buildDemoKpisOfYear, buildDemoTrust, DEMO_ACADEMIC_YEARS, DEMO_SEED, request, type DemoRequest } from './demo-trust.js';

/**
 * The academic year that holds the demo's today, as far as today: every academy's KPI targets for the
 * year, the figures of each term ended by today (a figure is in effect from its term's end), and the
 * year's tier decided at the committee's first meeting in September, once that day has come; and each
 * academy's improvement plan for the year (demo-plans.ts), drafted from the audit of its card, with support
 * for its tier once decided, rated at its drafting and at the end of each term ended by today. What it holds
 * depends on today alone (and the seed), so a second run on the same day sends the same requests, and
 * a later day only adds to them. Years between the demo's past and this one are left empty, but for what
 * this year's tier decision reads (the outcome and annual review of the year before).
 */

const TERMS: readonly Term[] = ['autumn', 'spring', 'summer'];

export interface DemoThisYear {
  /** The academic year that holds `today`. */
  academicYear: string;
  today: string;
  /** The terms whose figures are in: those ended by today. */
  termsEnded: Term[];
  /** The day the year's tier was decided, or null while that day is still to come. */
  decidedOn: string | null;
  /** The academic years between the demo's past and this one, left empty. */
  emptyYears: string[];
  /** Per academy, in the trust's order: what is sent about this year. */
  academies: { academyId: string; requests: DemoRequest[] }[];
  /** Each academy's improvement plan for the year, in the trust's order (its requests are among the academy's). */
  plans: DemoPlan[];
}

export function buildDemoThisYear(today: string, seed = DEMO_SEED): DemoThisYear {
  const day = parseDemoToday(today, 'today');
  const academicYear = academicYearOf(day);
  const termsEnded = TERMS.filter((term) => termEnd(academicYear, term) <= day);
  const decidedOn = demoDecidedOn(academicYear);
  const kpis = buildDemoKpisOfYear(academicYear, seed);
  const plans: DemoPlan[] = [];
  const academies = buildDemoTrust(seed).map(({ academyId, name, phase, requests }) => {
    const registration = requests[0]?.command;
    if (registration?.type !== 'RegisterAcademy') throw new Error(`The demo registers academy ${academyId} first`);
    const figures = (kpis.get(academyId) ?? []).filter((command) => command.type === 'SetKpiTarget' || termsEnded.some((term) => term === command.term));
    const evidence = buildDemoEvidenceThisYear(academyId, registration.joinedOn, academicYear, day);
    const past = requests.flatMap(({ command }) => (command.type === 'SetKpiTarget' || command.type === 'RecordKpi' ? [command] : []));
    const tier = evidence.flatMap((command) => (command.type === 'DecideTier' ? [command.tier] : []))[0] ?? null;
    const plan = buildDemoPlan({ academyId, name, phase, kpis: [...past, ...figures], academicYear, tier, kind: { year: 'this-year', today: day } });
    plans.push(plan);
    return { academyId, requests: [...[...figures, ...evidence].map(request), ...plan.opening, ...plan.closing] };
  });
  return { academicYear, today: day, termsEnded, decidedOn: decidedOn <= day ? decidedOn : null, emptyYears: yearsBetween(FIRST_UNDECIDED_YEAR, academicYear), academies, plans };
}

/** What this year holds, for the demo's printed summary. */
export function describeDemoThisYear(thisYear: DemoThisYear): string[] {
  const { academicYear, today, termsEnded, decidedOn, emptyYears } = thisYear;
  const figures =
    termsEnded.length === 0 ? 'no term has ended yet' : `the ${listed(termsEnded)} ${termsEnded.length === 1 ? "term's" : "terms'"} figures`;
  const tier = decidedOn === null ? `no tier decided yet (the committee meets on ${demoDecidedOn(academicYear)})` : `the tier decided on ${decidedOn}`;
  const lines = [`${academicYear} up to ${today}: KPI targets, ${figures}, ${tier}`];
  if (emptyYears.length > 0) {
    const past = DEMO_ACADEMIC_YEARS[DEMO_ACADEMIC_YEARS.length - 1] ?? '';
    lines.push(
      `${listed(emptyYears)} left empty (between the demo's past, to ${past}, and ${academicYear}): no KPI figures, AIMs or tier decisions, ` +
        `only the outcome and annual review of ${emptyYears[emptyYears.length - 1] ?? ''} that ${academicYear}'s tier reads`,
    );
  }
  return lines;
}

/** The academic years from `first` up to, not including, `last`. */
function yearsBetween(first: string, last: string): string[] {
  const years: string[] = [];
  for (let start = Number(first.slice(0, 4)); start < Number(last.slice(0, 4)); start += 1) {
    years.push(`${start}/${String((start + 1) % 100).padStart(2, '0')}`);
  }
  return years;
}

function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}
