import { registerAcademy, type CommandAnswerBody, type TestApp } from './test-app.js';
import { DAY_TAKEN_PLACE, DAY_TO_COME, enteredInTheDiary, MATRIX_ACADEMIC_YEAR } from './matrix-clock.js';

/**
 * The peer reviews the authorisation matrix reads and acts on. A group of the matrix's two academies and a
 * third, and visits to the one in every token (the in-scope academy), hosted by the matrix headteacher, led by
 * the out-of-scope academy's headteacher, reviewed by the third's and facilitated by the matrix improvement
 * director: so each role the policy lets in is also a reader of the visit (mayReadPeerReview), and the matrix
 * headteacher, the host, is refused (403) what a host may not do whatever the state of the visit.
 *
 * The matrix's own group has a visit to come (read by the GET rows) and one that has taken place (observations
 * are recorded on it: each record is a new one, so it takes any number). What may be done once on a visit
 * (recorded held, reported on) or depends on its day (the focus) is done on a fresh group and visit per request.
 */
export const MATRIX_HOST_HEAD = 'matrix-headteacher';
export const MATRIX_LEAD_HEAD = 'matrix-other-head';
export const MATRIX_VISITOR_HEAD = 'matrix-visitor-head';
export const MATRIX_FACILITATOR = 'matrix-improvement-director';
export const MATRIX_VISITOR_ACADEMY = '710003';

export interface MatrixVisit {
  groupId: string;
  visitId: string;
}

/** The matrix's own group: `visitToCome` is read, `visitTakenPlace` takes observations. */
export const matrixPeerReview = { groupId: '', visitToCome: { groupId: '', visitId: '' }, visitTakenPlace: { groupId: '', visitId: '' } };

let groups = 0;

export function matrixPeerReviewGroup(hostAcademyId: string, leadAcademyId: string): Record<string, unknown> {
  groups += 1;
  return {
    name: `Matrix peer review group ${groups}`,
    academicYear: MATRIX_ACADEMIC_YEAR,
    members: [
      { headteacherId: MATRIX_HOST_HEAD, name: 'Matrix Head', academyId: hostAcademyId },
      { headteacherId: MATRIX_LEAD_HEAD, name: 'Other Head', academyId: leadAcademyId },
      { headteacherId: MATRIX_VISITOR_HEAD, name: 'Visiting Head', academyId: MATRIX_VISITOR_ACADEMY },
    ],
    leadHeadteacherId: MATRIX_LEAD_HEAD,
  };
}

/** A visit to the host academy on `visitDate`, with every part of it named. */
export const matrixVisitBody = (hostAcademyId: string, visitDate: string): Record<string, unknown> => ({
  hostAcademyId,
  visitDate,
  reviewerIds: [MATRIX_VISITOR_HEAD],
  leadHeadteacherId: MATRIX_LEAD_HEAD,
  facilitatorUserId: MATRIX_FACILITATOR,
});

/** The matrix's academies, remembered by setUpMatrixPeerReview for the fresh groups. */
const academies = { host: '', lead: '' };

export async function formMatrixGroup(api: TestApp): Promise<string> {
  const group = await api.admin.post('/peer-reviews').send(matrixPeerReviewGroup(academies.host, academies.lead)).expect(201);
  return (group.body as CommandAnswerBody).id;
}

async function scheduleVisit(api: TestApp, groupId: string, visitDate: string, parts: Record<string, unknown> = {}): Promise<CommandAnswerBody> {
  const visit = await api.admin.post(`/peer-reviews/${groupId}/visits`).send({ ...matrixVisitBody(academies.host, visitDate), ...parts }).expect(201);
  return visit.body as CommandAnswerBody;
}

/** A fresh visit still to come, in a fresh group: its focus may be set. */
export async function visitToCome(api: TestApp): Promise<MatrixVisit> {
  const groupId = await formMatrixGroup(api);
  return { groupId, visitId: (await scheduleVisit(api, groupId, DAY_TO_COME)).id };
}

/** A fresh visit entered in the diary before its day, which has now taken place: it may be recorded. `parts` names other attendees. */
export async function visitTakenPlace(api: TestApp, parts: Record<string, unknown> = {}): Promise<MatrixVisit> {
  return enteredInTheDiary(async () => {
    const groupId = await formMatrixGroup(api);
    return { groupId, visitId: (await scheduleVisit(api, groupId, DAY_TAKEN_PLACE, parts)).id };
  });
}

/** A fresh visit that has taken place, recorded held by the chief executive on the lead's behalf: it may be reported on. */
export async function visitRecordedHeld(api: TestApp): Promise<MatrixVisit> {
  const visit = await visitTakenPlace(api);
  await api.admin
    .post(`/peer-reviews/${visit.groupId}/visits/${visit.visitId}/held`)
    .send({ headteacherId: MATRIX_LEAD_HEAD, feedback: 'Feedback to the host.', actionsForNextAim: ['Audit reading books'] })
    .expect(201);
  return visit;
}

export const visitPath = ({ groupId, visitId }: MatrixVisit, act?: string): string => `/peer-reviews/${groupId}/visits/${visitId}${act === undefined ? '' : `/${act}`}`;

/** The matrix's own group and its two visits, in the read model before the matrix reads them. */
export async function setUpMatrixPeerReview(api: TestApp, hostAcademyId: string, leadAcademyId: string): Promise<void> {
  academies.host = hostAcademyId;
  academies.lead = leadAcademyId;
  await registerAcademy(api.server, MATRIX_VISITOR_ACADEMY);
  const { groupId, taken } = await enteredInTheDiary(async () => {
    const formed = await formMatrixGroup(api);
    return { groupId: formed, taken: await scheduleVisit(api, formed, DAY_TAKEN_PLACE) };
  });
  const coming = await scheduleVisit(api, groupId, DAY_TO_COME);
  matrixPeerReview.groupId = groupId;
  matrixPeerReview.visitTakenPlace = { groupId, visitId: taken.id };
  matrixPeerReview.visitToCome = { groupId, visitId: coming.id };
  await api.admin.get(visitPath(matrixPeerReview.visitToCome)).query({ minPosition: coming.position }).expect(200);
}
