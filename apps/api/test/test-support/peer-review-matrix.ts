import { academicYearOf, isoDateOf, nextSchoolDay } from '@trust/domain';
import { registerAcademy, type TestApp } from './test-app.js';

/**
 * The peer review the authorisation matrix reads and writes: a group of the matrix's two academies and a
 * third, and a visit to the one in every token (IN_SCOPE), hosted by the matrix headteacher, led by the
 * out-of-scope academy's headteacher, reviewed by the third's and facilitated by the matrix improvement
 * director, so each role the policy lets in is also a reader of the visit (mayReadPeerReview). The matrix
 * headteacher is the visit's host, so the domain refuses them what a host may not do (record the visit's
 * observations or the visit held, or its report: 403). The matrix app runs on the wall clock: the group is for
 * the current academic year, the visit on the next school day, so its focus may still be set and it cannot be
 * recorded yet (a 422, which is not about access).
 */
export const matrixPeerReview = { groupId: '', visitId: '', academicYear: '', visitDate: '' };

export const MATRIX_HOST_HEAD = 'matrix-headteacher';
export const MATRIX_OTHER_HEAD = 'matrix-other-head';
export const MATRIX_VISITOR_HEAD = 'matrix-visitor-head';
export const MATRIX_FACILITATOR = 'matrix-improvement-director';
const VISITOR_ACADEMY = '710003';

export function matrixPeerReviewGroup(inScope: string, outOfScope: string): Record<string, unknown> {
  return {
    name: 'Matrix peer review group',
    academicYear: matrixPeerReview.academicYear,
    members: [
      { headteacherId: MATRIX_HOST_HEAD, name: 'Matrix Head', academyId: inScope },
      { headteacherId: MATRIX_OTHER_HEAD, name: 'Other Head', academyId: outOfScope },
      { headteacherId: MATRIX_VISITOR_HEAD, name: 'Visiting Head', academyId: VISITOR_ACADEMY },
    ],
    leadHeadteacherId: MATRIX_OTHER_HEAD,
  };
}

export async function setUpMatrixPeerReview(api: TestApp, inScope: string, outOfScope: string): Promise<void> {
  const today = isoDateOf(new Date());
  matrixPeerReview.visitDate = nextSchoolDay(today);
  matrixPeerReview.academicYear = academicYearOf(new Date(`${matrixPeerReview.visitDate}T12:00:00Z`));
  await registerAcademy(api.server, VISITOR_ACADEMY);
  const group = await api.admin.post('/peer-reviews').send(matrixPeerReviewGroup(inScope, outOfScope)).expect(201);
  matrixPeerReview.groupId = (group.body as { id: string }).id;
  const visit = await api.admin
    .post(`/peer-reviews/${matrixPeerReview.groupId}/visits`)
    .send({ hostAcademyId: inScope, visitDate: matrixPeerReview.visitDate, reviewerIds: [MATRIX_VISITOR_HEAD], leadHeadteacherId: MATRIX_OTHER_HEAD, facilitatorUserId: MATRIX_FACILITATOR })
    .expect(201);
  matrixPeerReview.visitId = (visit.body as { id: string }).id;
}
