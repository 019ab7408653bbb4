import type { CommandAnswerBody, TestApp } from './test-app.js';
import { DAY_DOCUMENTS_OVERDUE, DAY_TAKEN_PLACE, DAY_TO_COME, enteredInTheDiary } from './matrix-clock.js';

/**
 * The AIMs the authorisation matrix acts on. One still to come at each of the matrix's two academies, in the
 * read model before the matrix reads it: its focus may be agreed again and its documents submitted again, each
 * time a new event. What may be done once, or only on the meeting's day, is done on a fresh AIM per request:
 * one to move, one whose documents are overdue, one that has taken place (to hold), one held (to report on).
 */
const aims = new Map<string, string>();

export function matrixAimOf(academyId: string): string {
  const aimId = aims.get(academyId);
  if (aimId === undefined) throw new Error(`No matrix AIM at academy ${academyId}`);
  return aimId;
}

async function scheduleAim(api: TestApp, academyId: string, date: string): Promise<CommandAnswerBody> {
  return (await api.admin.post(`/academies/${academyId}/aims`).send({ date, format: 'one-day' }).expect(201)).body as CommandAnswerBody;
}

/** A fresh AIM still to come. */
export async function aimToCome(api: TestApp, academyId: string): Promise<string> {
  return (await scheduleAim(api, academyId, DAY_TO_COME)).id;
}

/** A fresh AIM entered a week ago whose documents were due yesterday: none has come in. */
export async function aimWithDocumentsOverdue(api: TestApp, academyId: string): Promise<string> {
  return enteredInTheDiary(async () => (await scheduleAim(api, academyId, DAY_DOCUMENTS_OVERDUE)).id);
}

/** A fresh AIM entered in the diary before its day, which has now come: it may be recorded held. */
export async function aimTakenPlace(api: TestApp, academyId: string): Promise<string> {
  return enteredInTheDiary(async () => (await scheduleAim(api, academyId, DAY_TAKEN_PLACE)).id);
}

export const MATRIX_DIRECTOR_NAME = 'Matrix Director';

/** The AIM held on its day, chaired by the improvement director. */
export const matrixHeldBody = (chair: { name: string; role: string } = { name: MATRIX_DIRECTOR_NAME, role: 'improvement-director' }): Record<string, unknown> => ({
  heldOn: DAY_TAKEN_PLACE,
  attendees: [
    { ...chair, chair: true },
    { name: 'Matrix Head', role: 'headteacher' },
  ],
  judgements: [{ heading: 'quality-of-education', judgement: 'good', comment: 'Matrix check.' }],
  priorities: [{ priority: 'Reading', rag: 'amber' }],
  nextSteps: ['Matrix check'],
});

/** A fresh AIM that has been held: its report may be published. */
export async function heldAim(api: TestApp, academyId: string): Promise<string> {
  const aimId = await aimTakenPlace(api, academyId);
  await api.admin.post(`/aims/${aimId}/held`).send(matrixHeldBody()).expect(201);
  return aimId;
}

export async function setUpMatrixAims(api: TestApp, academyIds: readonly string[]): Promise<void> {
  let position = '0';
  for (const academyId of academyIds) {
    const scheduled = await scheduleAim(api, academyId, DAY_TO_COME);
    aims.set(academyId, scheduled.id);
    position = scheduled.position;
  }
  await api.admin.get(`/aims/${matrixAimOf(academyIds[0]!)}`).query({ minPosition: position }).expect(200);
}
