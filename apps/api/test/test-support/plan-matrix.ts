import type { CommandAnswerBody, TestApp } from './test-app.js';

/**
 * The improvement plans the authorisation matrix acts on. Each of its two academies has a plan for 2023/24 (a
 * past year: the matrix's AIMs and visits are of 2024/25, whose plan would make their priorities name its own),
 * with a priority and an action, in the read model before the matrix reads it: each request adds or amends with
 * fresh text, rates with a fresh comment or commits afresh, each time a new event. What is done once to a plan
 * (drafting it, closing its year) is done to a plan of a year of its own per request; confirming needs a plan
 * changed since its last confirmation, so a priority is added first.
 */
export const MATRIX_PLAN_YEAR = '2023/24';
const plans = new Map<string, { priorityId: string; actionId: string }>();

let count = 0;
const fresh = (): number => (count += 1);

/** The path of the matrix plan of the academy, and of its priority and action. */
export const matrixPlanPath = (academyId: string): string => `/academies/${academyId}/improvement-plans/2023-24`;

function planOf(academyId: string): { priorityId: string; actionId: string } {
  const plan = plans.get(academyId);
  if (plan === undefined) throw new Error(`No matrix improvement plan at academy ${academyId}`);
  return plan;
}

export const matrixPriorityPath = (academyId: string): string => `${matrixPlanPath(academyId)}/priorities/${planOf(academyId).priorityId}`;
export const matrixActionPath = (academyId: string): string => `${matrixPriorityPath(academyId)}/actions/${planOf(academyId).actionId}`;
export const matrixPriorityOf = (academyId: string): string => planOf(academyId).priorityId;

/** A priority's body with a title no other has. */
export const matrixPriorityBody = (): Record<string, unknown> => ({
  title: `Matrix priority ${fresh()}`,
  evidence: 'Matrix evidence.',
  targets: [{ kpi: 'progress', successCriteria: 'At target' }],
  owners: [{ role: 'senior-leader' }],
});

/** Text no other request of the matrix has sent. */
export const freshPlanText = (what: string): string => `Matrix ${what} ${fresh()}`;

let nextDraftYear = 2030;
/** A year to come no plan of the matrix's academies has: a plan is drafted once a year. */
export function freshDraftYear(): string {
  const year = (nextDraftYear += 1);
  if (year > 2098) throw new Error('The matrix ran out of fresh years to draft plans for');
  return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}

let nextClosingYear = 1989;
/** A plan drafted for a past year of its own (its year has begun, so it may be closed): the year as its routes write it. */
export async function planToClose(api: TestApp, academyId: string): Promise<string> {
  const year = (nextClosingYear += 1);
  if (year > 2021) throw new Error('The matrix ran out of fresh past years to close plans of');
  const academicYear = `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
  await api.admin.post(`/academies/${academyId}/improvement-plans`).send({ academicYear }).expect(201);
  return academicYear.replace('/', '-');
}

/** The academy's matrix plan, changed since its last confirmation (a priority added), so a confirmation appends an event. */
export async function planChanged(api: TestApp, academyId: string): Promise<string> {
  await api.admin.post(`${matrixPlanPath(academyId)}/priorities`).send(matrixPriorityBody()).expect(201);
  return matrixPlanPath(academyId);
}

/** Drafts each academy's matrix plan with a priority and an action, and waits for the read model to have them. */
export async function setUpMatrixPlans(api: TestApp, academyIds: readonly string[]): Promise<void> {
  let last: CommandAnswerBody | undefined;
  for (const academyId of academyIds) {
    await api.admin.post(`/academies/${academyId}/improvement-plans`).send({ academicYear: MATRIX_PLAN_YEAR }).expect(201);
    const priority = (await api.admin.post(`${matrixPlanPath(academyId)}/priorities`).send(matrixPriorityBody()).expect(201)).body as CommandAnswerBody;
    last = (await api.admin.post(`${matrixPlanPath(academyId)}/priorities/${priority.id}/actions`).send({ description: 'Matrix action', owner: { role: 'senior-leader' }, dueOn: '2024-03-01' }).expect(201)).body as CommandAnswerBody;
    plans.set(academyId, { priorityId: priority.id, actionId: last.id });
  }
  if (last !== undefined) await api.admin.get(matrixPlanPath(academyIds[0]!)).query({ minPosition: last.position }).expect(200);
}
