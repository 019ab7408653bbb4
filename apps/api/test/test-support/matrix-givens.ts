import { registerAcademy, type CommandAnswerBody, type TestApp } from './test-app.js';

/**
 * Fresh values for the authorisation matrix's requests, so that each permitted request records something new
 * rather than meeting a 409 for what an earlier cell recorded (a KPI of a term, an outcome of a year, an
 * inspection of a day), and the state the trust admin sets up for a request that needs some.
 */

/** Counts from 0, one count per call. */
function counter(): () => number {
  let count = -1;
  return () => (count += 1);
}

const FIRST_YEAR = 1990;
/** The setup records evidence for the years after it, which the tier decisions read: never handed out as fresh past years. */
const LAST_FRESH_PAST_YEAR = 2021;
/** Targets may be set for years to come (up to 2099/00, the last academic year the ledger knows). */
const FIRST_TARGET_YEAR = 2030;
const LAST_TARGET_YEAR = 2098;
const TERMS = ['autumn', 'spring', 'summer'] as const;
export type Term = (typeof TERMS)[number];

const academicYearStarting = (year: number, last: number): string => {
  if (year > last) throw new Error(`The matrix ran out of fresh academic years at ${year}`);
  return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
};

const pastYears = new Map<string, () => number>();
/**
 * A past academic year (1990/91 on, before the years the setup uses) no other call for the same kind of record
 * has had: an academy has one outcome, or one annual review, a year.
 */
export function freshAcademicYear(kind: 'outcome' | 'annual-review'): string {
  const next = pastYears.get(kind) ?? counter();
  pastYears.set(kind, next);
  return academicYearStarting(FIRST_YEAR + next(), LAST_FRESH_PAST_YEAR);
}

const nextTargetYear = counter();
/** A year to come no other call has had: an imported target is never imported again with another value. */
export const freshTargetYear = (): string => academicYearStarting(FIRST_TARGET_YEAR + nextTargetYear(), LAST_TARGET_YEAR);

const nextTerm = counter();
/** A past term no other call has had, with a day in it. */
export function freshTerm(): { academicYear: string; term: Term; dayInTerm: string } {
  const count = nextTerm();
  const year = FIRST_YEAR + Math.floor(count / TERMS.length);
  const term = TERMS[count % TERMS.length]!;
  const dayInTerm = term === 'autumn' ? `${year}-11-20` : term === 'spring' ? `${year + 1}-03-10` : `${year + 1}-06-20`;
  return { academicYear: academicYearStarting(year, LAST_FRESH_PAST_YEAR), term, dayInTerm };
}

const nextDay = counter();
/** A past day no other call has had (from 2 January 2000). */
export function freshDay(): string {
  const day = new Date(Date.UTC(2000, 0, 2 + nextDay()));
  return day.toISOString().slice(0, 10);
}

const nextNumber = counter();
/** A number no other call has had, from 1. */
export const freshNumber = (): number => nextNumber() + 1;

let nextUrn = 720_000;

/** A fresh URN, not registered. */
export const freshUrn = (): string => String((nextUrn += 1));

/** Two academies registered for one request: its own (in its token) and another. */
export async function freshAcademies(api: TestApp): Promise<[own: string, other: string]> {
  const [own, other] = [freshUrn(), freshUrn()];
  for (const academyId of [own, other]) await registerAcademy(api.server, academyId);
  return [own, other];
}

/** A member of staff registered in the database of expertise: their staff id. */
export async function expertRegistered(api: TestApp, academyId: string): Promise<string> {
  const staffId = `matrix-staff-${freshNumber()}`;
  await api.admin.post('/expertise').send({ staffId, name: 'Matrix Teacher', academyId, role: 'teacher', areas: ['phonics'] }).expect(201);
  return staffId;
}

/** A recharge logged to the academy: its id. */
export async function rechargeLogged(api: TestApp, academyId: string): Promise<string> {
  const logged = await api.admin
    .post('/recharges')
    .set('Idempotency-Key', `matrix-recharge-${freshNumber()}`)
    .send({ supportedAcademyId: academyId, providerRole: 'hub-lead', providerAcademyId: null, days: 0.5, deliveredOn: '2024-11-12', description: 'Hub lead visit' })
    .expect(201);
  return (logged.body as CommandAnswerBody).id;
}

/** A report snapshot asked for: its id, which is also its job's. */
export async function reportRequested(api: TestApp): Promise<string> {
  const accepted = await api.admin.post('/admin/reports').send({ type: 'academy-cards' }).expect(202);
  return (accepted.body as { reportId: string }).reportId;
}
