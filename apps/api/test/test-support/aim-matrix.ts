import { isoDateOf, nextSchoolDay } from '@trust/domain';
import type { TestApp } from './test-app.js';

/**
 * The AIMs the authorisation matrix acts on: one at each of the matrix's two academies, on the next school
 * day (the matrix app runs on the wall clock), so it can be rescheduled and take documents, while holding it
 * or publishing its report is refused (a 422, which is not about access). The read model has them before
 * the matrix reads them, so GET answers about the AIM rather than 404.
 */
const aims = new Map<string, string>();
export const matrixAim = { date: '' };

export function matrixAimOf(academyId: string): string {
  const aimId = aims.get(academyId);
  if (aimId === undefined) throw new Error(`No matrix AIM at academy ${academyId}`);
  return aimId;
}

export async function setUpMatrixAims(api: TestApp, academyIds: readonly string[]): Promise<void> {
  matrixAim.date = nextSchoolDay(isoDateOf(new Date()));
  let position = '0';
  for (const academyId of academyIds) {
    const scheduled = await api.admin.post(`/academies/${academyId}/aims`).send({ date: matrixAim.date, format: 'one-day' }).expect(201);
    const answer = scheduled.body as { id: string; position: string };
    aims.set(academyId, answer.id);
    position = answer.position;
  }
  await api.admin.get(`/aims/${matrixAimOf(academyIds[0]!)}`).query({ minPosition: position }).expect(200);
}

export const matrixHeldBody = (): Record<string, unknown> => ({
  heldOn: matrixAim.date,
  attendees: [{ name: 'Matrix Director', role: 'improvement-director', chair: true }],
  judgements: [{ heading: 'quality-of-education', judgement: 'good', comment: 'Matrix check.' }],
  priorities: [{ priority: 'Reading', rag: 'amber' }],
  nextSteps: ['Matrix check'],
});
