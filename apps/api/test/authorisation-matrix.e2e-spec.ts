import type { INestApplication } from '@nestjs/common';
import type { OpenAPIObject, OperationObject } from '@nestjs/swagger';
import { SignJWT } from 'jose';
import request from 'supertest';
import { ROLES, type Role } from '@trust/tokens';
import { createOpenApiDocument, HTTP_METHODS } from '../src/openapi/openapi-document.js';
import { academyStreamId, aimStreamId } from '@trust/domain';
import { commandAnswer, errorAnswer, registerAcademy, registration, startTestApp, type TestApp } from './test-support/test-app.js';
import { DAY_TO_COME, MATRIX_ACADEMIC_YEAR, matrixClock } from './test-support/matrix-clock.js';
import {
  expertRegistered,
  freshAcademicYear,
  freshAcademies,
  freshDay,
  freshNumber,
  freshTargetYear,
  freshTerm,
  freshUrn,
  rechargeLogged,
  reportRequested,
} from './test-support/matrix-givens.js';
import {
  MATRIX_FACILITATOR,
  MATRIX_HOST_HEAD,
  MATRIX_LEAD_HEAD,
  MATRIX_VISITOR_ACADEMY,
  MATRIX_VISITOR_HEAD,
  matrixPeerReview,
  matrixPeerReviewGroup,
  matrixVisitBody,
  formMatrixGroup,
  setUpMatrixPeerReview,
  type MatrixVisit,
  visitPath,
  visitRecordedHeld,
  visitTakenPlace,
  visitToCome,
} from './test-support/peer-review-matrix.js';
import { aimTakenPlace, aimToCome, aimWithDocumentsOverdue, heldAim, MATRIX_DIRECTOR_NAME, matrixAimOf, matrixHeldBody, setUpMatrixAims } from './test-support/aim-matrix.js';
import { freshDraftYear, freshPlanText, matrixActionPath, matrixPlanPath, matrixPriorityBody, matrixPriorityOf, matrixPriorityPath, planChanged, planToClose, setUpMatrixPlans } from './test-support/plan-matrix.js';
import { bearer, TEST_JWT_SECRET, tokenFor, type TestUser } from './test-support/tokens.js';

/*
 * The authorisation matrix: every route × every role (on an academy in the token and on one not in it, where
 * the route is about one academy), and every way a token can be missing or bad.
 *
 * EXPECTED is written out here, not read from access-policy.ts, so it checks the policy rather than restating
 * it. A route the app registers without a row here fails the first test: a new route needs a rule in
 * access-policy.ts (`@Allow(...)` on the route) and a row here.
 *
 * A permitted cell must succeed, with a success status the route documents: each row sends a request built for
 * the cell's role and academy, on state set up for it (a fresh AIM, a visit that has taken place, a recharge
 * logged, fresh ids and values), so an allowed cell reaches the handler and does what it claims to allow. A
 * refused cell sends that same request, so it is refused for who sends it and nothing else.
 */

const IN_SCOPE = '710001';
const OUT_OF_SCOPE = '710002';
const EVERY_ROLE: readonly Role[] = ROLES;

type Expected =
  | { kind: 'public' }
  | {
      kind: 'protected';
      roles: readonly Role[];
      /**
       * The route is about the academy `send` is given (its `:id`, or its `academyId` query
       * parameter): headteachers, governors and SIPs need it in their token (403 otherwise).
       * `record`: the route names a record of that academy by the record's own id (an AIM): to
       * headteachers and governors of another academy it does not exist (404, as an unknown record).
       */
      academyScoped: boolean | 'record';
    };

/** One request of the matrix: the role that sends it, and the academy it is about. */
interface Cell {
  role: Role;
  academyId: string;
}

interface Row {
  expected: Expected;
  /** Each cell works on two academies registered for it alone, the first in its token: for what an academy has once (its baseline). */
  freshAcademies?: true;
  /** The request a permitted user makes with success, built for the cell, on the state the trust admin sets up for it first. */
  send(agent: request.Agent, cell: Cell): PromiseLike<request.Response>;
}

let api: TestApp;

/** The chief executive (trust-admin) enters a peer review record on a headteacher's behalf, naming them; anyone else acts as themselves. */
const onBehalfOf = (role: Role, headteacherId: string): { headteacherId?: string } => (role === 'trust-admin' ? { headteacherId } : {});

/** The evidence a tier recommendation for 2024/25 reads, recorded by the setup at both academies: fresh records of the rows below are older. */
const EVIDENCE = { annualReview: '2023/24', outcome: '2023/24', inspectedOn: '2023-05-10', riskAssessedOn: '2024-07-01' };

const EXPECTED: Record<string, Row> = {
  'GET /health': {
    expected: { kind: 'public' },
    send: (agent) => agent.get('/health'),
  },
  'GET /health/live': {
    expected: { kind: 'public' },
    send: (agent) => agent.get('/health/live'),
  },
  'GET /health/ready': {
    expected: { kind: 'public' },
    send: (agent) => agent.get('/health/ready'),
  },
  'GET /academies': {
    expected: { kind: 'protected', roles: EVERY_ROLE, academyScoped: false },
    send: (agent) => agent.get('/academies'),
  },
  'GET /academies/:id/card': {
    expected: { kind: 'protected', roles: EVERY_ROLE, academyScoped: true },
    send: (agent, { academyId }) => agent.get(`/academies/${academyId}/card`),
  },
  'POST /academies': {
    expected: { kind: 'protected', roles: ['trust-admin'], academyScoped: false },
    send: (agent) => agent.post('/academies').send(registration(freshUrn())),
  },
  'POST /academies/:id/kpi-targets': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: true },
    send: (agent, { academyId }) => agent.post(`/academies/${academyId}/kpi-targets`).send({ academicYear: MATRIX_ACADEMIC_YEAR, kpi: 'progress', target: 50 + (freshNumber() % 50) }),
  },
  'POST /academies/:id/kpis': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director', 'headteacher'], academyScoped: true },
    send: (agent, { academyId }) => {
      const { academicYear, term } = freshTerm();
      return agent.post(`/academies/${academyId}/kpis`).send({ kpi: 'teaching', academicYear, term, value: 81 });
    },
  },
  // The setup records progress for the autumn of 2024/25 at both academies; each correction gives it a value it did not have.
  'POST /academies/:id/kpis/corrections': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director', 'headteacher'], academyScoped: true },
    send: (agent, { academyId }) =>
      agent.post(`/academies/${academyId}/kpis/corrections`).send({ kpi: 'progress', academicYear: MATRIX_ACADEMIC_YEAR, term: 'autumn', value: 10 + (freshNumber() % 80), reason: 'Moderated' }),
  },
  'POST /academies/:id/inspections': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: true },
    send: (agent, { academyId }) => agent.post(`/academies/${academyId}/inspections`).send({ inspectedOn: freshDay(), framework: 'eif-2019', overallEffectiveness: 'good' }),
  },
  'POST /academies/:id/annual-reviews': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: true },
    send: (agent, { academyId }) => agent.post(`/academies/${academyId}/annual-reviews`).send({ academicYear: freshAcademicYear('annual-review'), capacityToImprove: true, summary: 'Secure leadership.' }),
  },
  'POST /academies/:id/outcomes': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: true },
    send: (agent, { academyId }) => agent.post(`/academies/${academyId}/outcomes`).send({ academicYear: freshAcademicYear('outcome'), direction: 'positive' }),
  },
  'POST /academies/:id/risk-assessments': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: true },
    send: (agent, { academyId }) => agent.post(`/academies/${academyId}/risk-assessments`).send({ assessedOn: freshDay(), level: 'low', risks: [] }),
  },
  // Recorded once, as the school joins: each cell works on academies of its own.
  'POST /academies/:id/baseline': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: true },
    freshAcademies: true,
    send: (agent, { academyId }) => agent.post(`/academies/${academyId}/baseline`).send({ assessedOn: '2019-06-01', summary: 'Due diligence.', capacity: 'neutral' }),
  },
  'POST /academies/:id/sip-assignments': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: true },
    send: (agent, { academyId }) => agent.post(`/academies/${academyId}/sip-assignments`).send({ sipId: `sip-${freshNumber()}`, name: 'Jane Doe', approvedOn: '2024-07-10' }),
  },
  // The setup assigns a partner to both academies: a visit is the assigned partner's.
  'POST /academies/:id/sip-visits': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: true },
    send: (agent, { academyId }) => agent.post(`/academies/${academyId}/sip-visits`).send({ visitedOn: freshDay(), reportSummary: 'Visit report.' }),
  },
  'POST /academies/:id/reviews': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: true },
    send: (agent, { academyId }) => {
      const { academicYear, term, dayInTerm } = freshTerm();
      return agent.post(`/academies/${academyId}/reviews`).send({ academicYear, term, completedOn: dayInTerm, summary: 'Review.' });
    },
  },
  'GET /academies/:id/tier-recommendation': {
    expected: { kind: 'protected', roles: ['trust-admin', 'standards-committee', 'improvement-director', 'headteacher', 'governor', 'sip'], academyScoped: true },
    send: (agent, { academyId }) => agent.get(`/academies/${academyId}/tier-recommendation`).query({ academicYear: MATRIX_ACADEMIC_YEAR }),
  },
  // The setup records the evidence a recommendation needs (an outcome, an inspection, an annual review, a risk
  // assessment): without it no tier can be decided (422). Tier 3 differs from the recommendation, so it has a rationale.
  'POST /academies/:id/tier-decisions': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: true },
    send: (agent, { academyId }) => agent.post(`/academies/${academyId}/tier-decisions`).send({ academicYear: MATRIX_ACADEMIC_YEAR, tier: 3, rationale: 'Matrix check.' }),
  },
  'GET /academies/:id/tier-history': {
    expected: { kind: 'protected', roles: ['trust-admin', 'standards-committee', 'improvement-director', 'headteacher', 'governor', 'sip'], academyScoped: true },
    send: (agent, { academyId }) => agent.get(`/academies/${academyId}/tier-history`),
  },
  'GET /tier-decisions': {
    expected: { kind: 'protected', roles: ['trust-admin', 'standards-committee', 'improvement-director'], academyScoped: false },
    send: (agent) => agent.get('/tier-decisions').query({ academicYear: MATRIX_ACADEMIC_YEAR }),
  },
  'GET /compliance': {
    expected: { kind: 'protected', roles: ['trust-admin', 'standards-committee', 'improvement-director', 'finance'], academyScoped: false },
    send: (agent) => agent.get('/compliance').query({ academicYear: MATRIX_ACADEMIC_YEAR }),
  },
  'POST /rate-cards': {
    expected: { kind: 'protected', roles: ['trust-admin', 'finance'], academyScoped: false },
    send: (agent) =>
      agent
        .post('/rate-cards')
        .send({ academicYear: MATRIX_ACADEMIC_YEAR, rates: { 'improvement-director': 35_000, 'hub-lead': 35_000, headteacher: 35_000, teacher: 25_000 + 2 * freshNumber(), 'support-staff': 15_000 } }),
  },
  'GET /finance/rate-card': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director', 'finance'], academyScoped: false },
    send: (agent) => agent.get('/finance/rate-card').query({ academicYear: MATRIX_ACADEMIC_YEAR }),
  },
  'POST /academies/:id/improvement-budgets': {
    expected: { kind: 'protected', roles: ['trust-admin', 'finance'], academyScoped: true },
    send: (agent, { academyId }) =>
      agent.post(`/academies/${academyId}/improvement-budgets`).send({
        academicYear: MATRIX_ACADEMIC_YEAR,
        amountPence: 500_000 + freshNumber(),
        agreedBy: [
          { name: 'Head', role: 'headteacher' },
          { name: 'Director', role: 'improvement-director' },
          { name: 'Chief', role: 'chief-executive' },
          { name: 'Finance', role: 'finance-director' },
        ],
      }),
  },
  // Half a day of 2023/24 each: the matrix's AIMs are of 2024/25, whose core days they use up.
  'POST /academies/:id/core-days': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: true },
    send: (agent, { academyId }) => agent.post(`/academies/${academyId}/core-days`).send({ deliveredOn: '2023-10-10', days: 0.5, description: 'Autumn support' }),
  },
  'GET /academies/:id/core-days': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director', 'finance'], academyScoped: true },
    send: (agent, { academyId }) => agent.get(`/academies/${academyId}/core-days`).query({ academicYear: MATRIX_ACADEMIC_YEAR }),
  },
  // A fresh Idempotency-Key each time: the recharge's id is derived from it.
  'POST /recharges': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director', 'finance'], academyScoped: false },
    send: (agent, { academyId }) =>
      agent
        .post('/recharges')
        .set('Idempotency-Key', `matrix-${freshNumber()}`)
        .send({ supportedAcademyId: academyId, providerRole: 'hub-lead', providerAcademyId: null, days: 0.5, deliveredOn: '2024-11-12', description: 'Hub lead visit' }),
  },
  'POST /recharges/:id/reversal': {
    expected: { kind: 'protected', roles: ['trust-admin', 'finance'], academyScoped: false },
    send: async (agent, { academyId }) => agent.post(`/recharges/${await rechargeLogged(api, academyId)}/reversal`).send({ reason: 'Logged in error' }),
  },
  'GET /finance/ledger': {
    expected: { kind: 'protected', roles: ['trust-admin', 'finance', 'headteacher'], academyScoped: true },
    send: (agent, { academyId }) => agent.get('/finance/ledger').query({ academicYear: MATRIX_ACADEMIC_YEAR, academyId }),
  },
  'GET /finance/reconciliation': {
    expected: { kind: 'protected', roles: ['trust-admin', 'finance'], academyScoped: false },
    send: (agent) => agent.get('/finance/reconciliation').query({ academicYear: MATRIX_ACADEMIC_YEAR }),
  },
  'GET /audit': {
    expected: { kind: 'protected', roles: ['trust-admin', 'standards-committee'], academyScoped: false },
    send: (agent, { academyId }) => agent.get('/audit').query({ academyId, limit: 5 }),
  },
  'GET /audit/digest': {
    expected: { kind: 'protected', roles: ['trust-admin', 'standards-committee'], academyScoped: false },
    send: (agent) => agent.get('/audit/digest'),
  },
  'GET /audit/verify': {
    expected: { kind: 'protected', roles: ['trust-admin', 'standards-committee'], academyScoped: false },
    send: (agent) => agent.get('/audit/verify').query({ from: '1', to: '2' }),
  },
  'GET /audit/position': {
    expected: { kind: 'protected', roles: EVERY_ROLE, academyScoped: false },
    send: (agent) => agent.get('/audit/position'),
  },
  'GET /academies/:id/timeline': {
    expected: { kind: 'protected', roles: EVERY_ROLE, academyScoped: true },
    send: (agent, { academyId }) => agent.get(`/academies/${academyId}/timeline`),
  },
  'GET /academies/:id/kpi-series': {
    expected: { kind: 'protected', roles: EVERY_ROLE, academyScoped: true },
    send: (agent, { academyId }) => agent.get(`/academies/${academyId}/kpi-series`),
  },
  'GET /auth/config': {
    expected: { kind: 'public' },
    send: (agent) => agent.get('/auth/config'),
  },
  'GET /auth/me': {
    expected: { kind: 'protected', roles: EVERY_ROLE, academyScoped: false },
    send: (agent) => agent.get('/auth/me'),
  },
  'GET /admin/projections': {
    expected: { kind: 'protected', roles: ['trust-admin'], academyScoped: false },
    send: (agent) => agent.get('/admin/projections'),
  },
  'POST /admin/projections/:name/rebuild': {
    expected: { kind: 'protected', roles: ['trust-admin'], academyScoped: false },
    send: (agent) => agent.post('/admin/projections/academy-card/rebuild'),
  },
  'POST /admin/projections/:name/retry': {
    expected: { kind: 'protected', roles: ['trust-admin'], academyScoped: false },
    send: (agent) => agent.post('/admin/projections/academy-card/retry'),
  },
  // A report's job is the job of that id.
  'GET /admin/jobs/:jobId': {
    expected: { kind: 'protected', roles: ['trust-admin'], academyScoped: false },
    send: async (agent) => agent.get(`/admin/jobs/${await reportRequested(api)}`),
  },
  'GET /admin/jobs': {
    expected: { kind: 'protected', roles: ['trust-admin'], academyScoped: false },
    send: (agent) => agent.get('/admin/jobs'),
  },
  'GET /admin/reports': {
    expected: { kind: 'protected', roles: ['trust-admin'], academyScoped: false },
    send: (agent) => agent.get('/admin/reports'),
  },
  'POST /admin/reports': {
    expected: { kind: 'protected', roles: ['trust-admin'], academyScoped: false },
    send: (agent) => agent.post('/admin/reports').send({ type: 'academy-cards' }),
  },
  // Built (200) or still being built (202).
  'GET /admin/reports/:reportId': {
    expected: { kind: 'protected', roles: ['trust-admin'], academyScoped: false },
    send: async (agent) => agent.get(`/admin/reports/${await reportRequested(api)}`),
  },
  // Erasure: of a member of staff in the database of expertise, registered for the request.
  'POST /admin/data-subjects/:subjectId/erasure': {
    expected: { kind: 'protected', roles: ['trust-admin'], academyScoped: false },
    send: async (agent, { academyId }) => agent.post(`/admin/data-subjects/staff:${await expertRegistered(api, academyId)}/erasure`).send({ reason: 'Matrix check' }),
  },
  'GET /admin/data-subjects/:subjectId': {
    expected: { kind: 'protected', roles: ['trust-admin'], academyScoped: false },
    send: async (agent, { academyId }) => agent.get(`/admin/data-subjects/staff:${await expertRegistered(api, academyId)}`),
  },
  // Retention: the schedule, and a run on request (a job: nothing on the matrix's history is past retention).
  'GET /admin/retention': {
    expected: { kind: 'protected', roles: ['trust-admin'], academyScoped: false },
    send: (agent) => agent.get('/admin/retention'),
  },
  'POST /admin/retention/runs': {
    expected: { kind: 'protected', roles: ['trust-admin'], academyScoped: false },
    send: (agent) => agent.post('/admin/retention/runs'),
  },
  // Imports: a file of a KPI target of the academy, for a year no other request imported.
  'POST /imports': {
    expected: { kind: 'protected', roles: ['trust-admin'], academyScoped: false },
    send: (agent, { academyId }) => agent.post('/imports').attach('file', kpiTargetsFile(academyId), { filename: 'matrix.csv', contentType: 'text/csv' }),
  },
  'POST /imports/checks': {
    expected: { kind: 'protected', roles: ['trust-admin'], academyScoped: false },
    send: (agent, { academyId }) => agent.post('/imports/checks').attach('file', kpiTargetsFile(academyId), { filename: 'matrix.csv', contentType: 'text/csv' }),
  },
  'GET /imports/templates/:file': {
    expected: { kind: 'protected', roles: ['trust-admin'], academyScoped: false },
    send: (agent) => agent.get('/imports/templates/kpis.csv'),
  },
  // Academy Improvement Meetings (test-support/aim-matrix.ts); `/aims/:aimId` is scoped by the AIM's academy, and another
  // academy's AIM does not exist to a headteacher or governor (404). existence-oracle.e2e-spec.ts checks it answers as an unknown AIM.
  'POST /academies/:id/aims': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: true },
    send: (agent, { academyId }) => agent.post(`/academies/${academyId}/aims`).send({ date: DAY_TO_COME, format: 'one-day' }),
  },
  'POST /aims/:aimId/reschedule': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: 'record' },
    send: async (agent, { academyId }) => agent.post(`/aims/${await aimToCome(api, academyId)}/reschedule`).send({ date: '2025-03-20', reason: 'Matrix check' }),
  },
  'POST /aims/:aimId/focus': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: 'record' },
    send: (agent, { academyId }) => agent.post(`/aims/${matrixAimOf(academyId)}/focus`).send({ focus: `Early reading ${freshNumber()}` }),
  },
  'POST /aims/:aimId/documents': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director', 'headteacher'], academyScoped: 'record' },
    send: (agent, { academyId }) => agent.post(`/aims/${matrixAimOf(academyId)}/documents`).send({ type: 'sef' }),
  },
  'POST /aims/:aimId/document-checks': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: 'record' },
    send: async (agent, { academyId }) => agent.post(`/aims/${await aimWithDocumentsOverdue(api, academyId)}/document-checks`),
  },
  'POST /aims/:aimId/held': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: 'record' },
    send: async (agent, { academyId }) => agent.post(`/aims/${await aimTakenPlace(api, academyId)}/held`).send(matrixHeldBody()),
  },
  'POST /aims/:aimId/report': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: 'record' },
    send: async (agent, { academyId }) => agent.post(`/aims/${await heldAim(api, academyId)}/report`).send({ summary: 'Matrix check.' }),
  },
  'GET /aims/:aimId': {
    expected: { kind: 'protected', roles: ['trust-admin', 'standards-committee', 'improvement-director', 'headteacher', 'governor'], academyScoped: 'record' },
    send: (agent, { academyId }) => agent.get(`/aims/${matrixAimOf(academyId)}`),
  },
  'GET /academies/:id/aims': {
    expected: { kind: 'protected', roles: ['trust-admin', 'standards-committee', 'improvement-director', 'headteacher', 'governor'], academyScoped: true },
    send: (agent, { academyId }) => agent.get(`/academies/${academyId}/aims`),
  },
  // Peer reviews (test-support/peer-review-matrix.ts): every role the policy lets in is a reader of the matrix's visits.
  'POST /peer-reviews': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: false },
    send: (agent) => agent.post('/peer-reviews').send(matrixPeerReviewGroup(IN_SCOPE, OUT_OF_SCOPE)),
  },
  'POST /peer-reviews/:groupId/visits': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: false },
    send: async (agent) => agent.post(`/peer-reviews/${await formMatrixGroup(api)}/visits`).send(matrixVisitBody(IN_SCOPE, DAY_TO_COME)),
  },
  // The host's headteacher (the matrix headteacher) sets the focus of a visit to come; the chief executive on their behalf.
  'POST /peer-reviews/:groupId/visits/:visitId/focus': {
    expected: { kind: 'protected', roles: ['trust-admin', 'headteacher'], academyScoped: false },
    send: async (agent, { role }) =>
      agent.post(visitPath(await visitToCome(api), 'focus')).send({ ...onBehalfOf(role, MATRIX_HOST_HEAD), aspects: [{ aspect: 'Phonics', rag: 'amber' }] }),
  },
  // The policy lets headteachers reach the three routes below, but the matrix headteacher hosts the visit, and a host
  // records neither observations, nor the visit held, nor the report (403 from the domain), on a visit that has taken
  // place: the refusal is about who they are, never about the visit's day. Each part a person may play in a visit is
  // tested on them in 'Who may act on a peer review visit' below.
  'POST /peer-reviews/:groupId/visits/:visitId/observations': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: false },
    send: (agent, { role }) =>
      agent.post(visitPath(matrixPeerReview.visitTakenPlace, 'observations')).send({ ...onBehalfOf(role, MATRIX_VISITOR_HEAD), observations: ['Seen'], safeguardingConcerns: ['Gate open'] }),
  },
  'POST /peer-reviews/:groupId/visits/:visitId/held': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: false },
    send: async (agent, { role }) =>
      agent.post(visitPath(await visitTakenPlace(api), 'held')).send({ ...onBehalfOf(role, MATRIX_LEAD_HEAD), feedback: 'Feedback.', actionsForNextAim: [] }),
  },
  'POST /peer-reviews/:groupId/visits/:visitId/report': {
    expected: { kind: 'protected', roles: ['trust-admin'], academyScoped: false },
    send: async (agent, { role }) => agent.post(visitPath(await visitRecordedHeld(api), 'report')).send({ ...onBehalfOf(role, MATRIX_LEAD_HEAD), summary: 'Summary.' }),
  },
  'GET /peer-reviews': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director', 'headteacher', 'governor'], academyScoped: false },
    send: (agent) => agent.get('/peer-reviews'),
  },
  'GET /peer-reviews/:groupId': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director', 'headteacher', 'governor'], academyScoped: false },
    send: (agent) => agent.get(`/peer-reviews/${matrixPeerReview.groupId}`),
  },
  'GET /peer-reviews/:groupId/visits/:visitId': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director', 'headteacher', 'governor'], academyScoped: false },
    send: (agent) => agent.get(visitPath(matrixPeerReview.visitToCome)),
  },
  'GET /safeguarding-concerns': {
    expected: { kind: 'protected', roles: ['trust-admin'], academyScoped: false },
    send: (agent) => agent.get('/safeguarding-concerns'),
  },
  // Improvement plans (test-support/plan-matrix.ts): each academy's plan for 2023/24, a plan of a year of its own to draft or close.
  'POST /academies/:id/improvement-plans': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director', 'headteacher'], academyScoped: true },
    send: (agent, { academyId }) => agent.post(`/academies/${academyId}/improvement-plans`).send({ academicYear: freshDraftYear() }),
  },
  'POST /academies/:id/improvement-plans/:academicYear/priorities': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director', 'headteacher'], academyScoped: true },
    send: (agent, { academyId }) => agent.post(`${matrixPlanPath(academyId)}/priorities`).send(matrixPriorityBody()),
  },
  'POST /academies/:id/improvement-plans/:academicYear/priorities/:priorityId/amendments': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director', 'headteacher'], academyScoped: true },
    send: (agent, { academyId }) => agent.post(`${matrixPriorityPath(academyId)}/amendments`).send({ evidence: freshPlanText('evidence') }),
  },
  'POST /academies/:id/improvement-plans/:academicYear/priorities/:priorityId/actions': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director', 'headteacher'], academyScoped: true },
    send: (agent, { academyId }) => agent.post(`${matrixPriorityPath(academyId)}/actions`).send({ description: freshPlanText('action'), owner: { role: 'subject-leader' }, dueOn: '2024-06-28' }),
  },
  'POST /academies/:id/improvement-plans/:academicYear/priorities/:priorityId/actions/:actionId/amendments': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director', 'headteacher'], academyScoped: true },
    send: (agent, { academyId }) => agent.post(`${matrixActionPath(academyId)}/amendments`).send({ description: freshPlanText('action') }),
  },
  'POST /academies/:id/improvement-plans/:academicYear/priorities/:priorityId/ratings': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director', 'headteacher'], academyScoped: true },
    send: (agent, { academyId }) => agent.post(`${matrixPriorityPath(academyId)}/ratings`).send({ rating: 'amber', ratedOn: '2024-03-01', source: 'direct', comment: freshPlanText('rating') }),
  },
  'POST /academies/:id/improvement-plans/:academicYear/confirmation': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: true },
    send: async (agent, { academyId }) => agent.post(`${await planChanged(api, academyId)}/confirmation`).send({}),
  },
  'POST /academies/:id/improvement-plans/:academicYear/closure': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: true },
    send: async (agent, { academyId }) => agent.post(`/academies/${academyId}/improvement-plans/${await planToClose(api, academyId)}/closure`),
  },
  'POST /academies/:id/improvement-plans/:academicYear/support-commitments': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: true },
    send: (agent, { academyId }) => agent.post(`${matrixPlanPath(academyId)}/support-commitments`).send({ priorityId: matrixPriorityOf(academyId), kind: 'cpd-programme', coreDays: 0, developmentDays: 1, reviews: 0 }),
  },
  'GET /academies/:id/improvement-plans/:academicYear': {
    expected: { kind: 'protected', roles: EVERY_ROLE, academyScoped: true },
    send: (agent, { academyId }) => agent.get(matrixPlanPath(academyId)),
  },
  // Database of expertise.
  'POST /expertise': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: false },
    send: (agent, { academyId }) => agent.post('/expertise').send({ staffId: `matrix-${freshNumber()}`, name: 'Matrix Teacher', academyId, role: 'teacher', areas: ['phonics'] }),
  },
  'PUT /expertise/:staffId': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: false },
    send: async (agent, { academyId }) => agent.put(`/expertise/${await expertRegistered(api, academyId)}`).send({ name: 'Matrix Teacher', academyId, role: 'teacher', areas: ['send'] }),
  },
  'POST /expertise/:staffId/withdrawal': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: false },
    send: async (agent, { academyId }) => agent.post(`/expertise/${await expertRegistered(api, academyId)}/withdrawal`).send({ reason: 'Matrix check' }),
  },
  'GET /expertise': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: false },
    send: (agent) => agent.get('/expertise').query({ area: 'phonics' }),
  },
};

function kpiTargetsFile(academyId: string): Buffer {
  return Buffer.from(`academyId,academicYear,kpi,target\r\n${academyId},${freshTargetYear()},attendance,96\r\n`, 'utf8');
}

/** Swagger UI and the OpenAPI documents: every route under /docs answers without a token. */
function isDocsRoute(route: string): boolean {
  return /^GET \/docs(?:[/-]|$)/.test(route);
}

interface RouterLayer {
  route?: { path: string; methods: Record<string, boolean | undefined> };
}

/** `METHOD /path` of every route the HTTP server answers (Nest's controllers and Swagger's pages). */
function registeredRoutes(app: INestApplication): string[] {
  const express = app.getHttpAdapter().getInstance() as { router: { stack: RouterLayer[] } };
  const routes = new Set<string>();
  for (const layer of express.router.stack) {
    if (layer.route === undefined) continue;
    const methods = Object.keys(layer.route.methods).filter((method) => layer.route?.methods[method] === true);
    // Nest binds middleware (forRoutes('{*path}')) as a route on every method: that is not an endpoint.
    if (methods.length !== 1) continue;
    routes.add(`${methods[0]!.toUpperCase()} ${layer.route.path}`);
  }
  return [...routes].sort();
}

/** The success statuses (2xx) each operation of the document answers, by `METHOD /path` as the matrix names routes. */
function documentedSuccesses(document: OpenAPIObject): Map<string, number[]> {
  const successes = new Map<string, number[]>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = (item as Partial<Record<string, OperationObject>>)[method];
      if (operation === undefined) continue;
      const statuses = Object.keys(operation.responses).map(Number).filter((status) => status >= 200 && status < 300);
      successes.set(`${method.toUpperCase()} ${path.replace(/\{([^}]+)\}/g, ':$1')}`, statuses);
    }
  }
  return successes;
}

type Outcome = 'allowed' | 401 | 403 | 404;

function outcomeOf(expected: Expected, role: Role, academyInToken: boolean): Exclude<Outcome, 401> {
  if (expected.kind === 'public') return 'allowed';
  if (!expected.roles.includes(role)) return 403;
  const scopedRole = role === 'headteacher' || role === 'governor' || role === 'sip';
  if (expected.academyScoped === false || !scopedRole || academyInToken) return 'allowed';
  return expected.academyScoped === 'record' ? 404 : 403;
}

type Tally = Record<'allowed-2xx' | Exclude<Outcome, 'allowed'>, number>;
/** How many of the matrix's requests ended in each outcome (every check below), and of its route × role cells: printed once the matrix has run. */
const tally: Tally = { 'allowed-2xx': 0, 401: 0, 403: 0, 404: 0 };
const cellTally: Tally = { 'allowed-2xx': 0, 401: 0, 403: 0, 404: 0 };
let successes = new Map<string, number[]>();

/**
 * The request succeeded with a success status its route documents (any 2xx for Swagger's pages, which the
 * document does not describe); a command's answer lists at least one event appended, so it did what it claims.
 */
function expectSucceeded(route: string, response: request.Response): void {
  const documented = successes.get(route) ?? [200, 201, 202, 204];
  const answered = { route, status: response.status, body: response.body as unknown };
  expect(documented.includes(response.status) ? 'a documented success' : answered).toBe('a documented success');
  const answer = response.body as { streamId?: unknown; events?: unknown };
  if (typeof answer.streamId === 'string') expect({ route, events: answer.events }).toEqual({ route, events: expect.arrayContaining([expect.any(String)]) as unknown });
  tally['allowed-2xx'] += 1;
}

function expectStatus(response: request.Response, status: 401 | 403 | 404): void {
  expect(response.status).toBe(status);
  expect(response.body).toMatchObject({ statusCode: status });
  if (status === 401) expect(response.headers['www-authenticate']).toMatch(/^Bearer realm=/);
  tally[status] += 1;
}

const academyScoped = (row: Row): boolean => row.expected.kind === 'protected' && row.expected.academyScoped !== false;

describe('Authorisation matrix', () => {
  const routeRows = Object.entries(EXPECTED);
  const protectedRoutes = routeRows.filter(([, row]) => row.expected.kind === 'protected');
  const cases = protectedRoutes.flatMap(([route, row]) =>
    EVERY_ROLE.flatMap((role) =>
      (academyScoped(row) ? [true, false] : [true]).map((inScope) => {
        const outcome = outcomeOf(row.expected, role, inScope);
        const where = academyScoped(row) ? ` on ${inScope ? 'its own' : 'another'} academy` : '';
        return { name: `${route} as ${role}${where} → ${outcome}`, route, role, inScope, outcome };
      }),
    ),
  );

  beforeAll(async () => {
    api = await startTestApp({ clock: matrixClock });
    successes = documentedSuccesses(createOpenApiDocument(api.app));
    for (const academyId of [IN_SCOPE, OUT_OF_SCOPE]) {
      await registerAcademy(api.server, academyId);
      await api.admin.post(`/academies/${academyId}/kpis`).send({ kpi: 'progress', academicYear: MATRIX_ACADEMIC_YEAR, term: 'autumn', value: 70 }).expect(201);
      await api.admin.post(`/academies/${academyId}/outcomes`).send({ academicYear: EVIDENCE.outcome, direction: 'positive' }).expect(201);
      await api.admin.post(`/academies/${academyId}/inspections`).send({ inspectedOn: EVIDENCE.inspectedOn, framework: 'eif-2019', overallEffectiveness: 'good' }).expect(201);
      await api.admin.post(`/academies/${academyId}/annual-reviews`).send({ academicYear: EVIDENCE.annualReview, capacityToImprove: true, summary: 'Secure leadership.' }).expect(201);
      await api.admin.post(`/academies/${academyId}/risk-assessments`).send({ assessedOn: EVIDENCE.riskAssessedOn, level: 'low', risks: [] }).expect(201);
      await api.admin.post(`/academies/${academyId}/sip-assignments`).send({ sipId: 'sip-1', name: 'Jane Doe', approvedOn: '2024-07-10' }).expect(201);
    }
    await setUpMatrixPeerReview(api, IN_SCOPE, OUT_OF_SCOPE);
    await setUpMatrixAims(api, [IN_SCOPE, OUT_OF_SCOPE]);
    await setUpMatrixPlans(api, [IN_SCOPE, OUT_OF_SCOPE]);
  }, 60_000);

  afterAll(async () => {
    await api.close();
    // For whoever reads the run (only complete when the whole file ran).
    console.log(`Authorisation matrix: route × role cells by outcome ${JSON.stringify(cellTally)}; every request checked, by outcome ${JSON.stringify(tally)}`);
  });

  it('has a row for every route the app registers, and every row is a registered route', () => {
    const registered = registeredRoutes(api.app);
    const unexpected = registered.filter((route) => !(route in EXPECTED) && !isDocsRoute(route));
    expect(unexpected).toEqual([]);
    expect(Object.keys(EXPECTED).filter((route) => !registered.includes(route))).toEqual([]);
  });

  it('answers every /docs route without a token', async () => {
    const docs = registeredRoutes(api.app).filter(isDocsRoute);
    expect(docs).toEqual(expect.arrayContaining(['GET /docs', 'GET /docs/openapi.json', 'GET /docs/openapi.yaml']));
    for (const route of docs) {
      const response = await request(api.server).get(route.slice('GET '.length));
      // @nestjs/swagger registers this route only to answer 404: it does not serve swagger-ui's licence file.
      if (route === 'GET /docs/LICENSE') expectStatus(response, 404);
      else expectSucceeded(route, response);
    }
  });

  it.each(routeRows.filter(([, row]) => row.expected.kind === 'public').map(([route]) => route))(
    '%s answers without a token, and ignores a bad one',
    async (route) => {
      const row = EXPECTED[route]!;
      const cell: Cell = { role: 'trust-admin', academyId: IN_SCOPE };
      expectSucceeded(route, await row.send(request.agent(api.server), cell));
      expectSucceeded(route, await row.send(request.agent(api.server).set('Authorization', 'Bearer not-a-token'), cell));
    },
  );

  // The request each of these sends is the trust admin's, refused for its token alone.
  describe.each(protectedRoutes.map(([route]) => route))('%s', (route) => {
    const cell: Cell = { role: 'trust-admin', academyId: IN_SCOPE };
    const row = (): Row => EXPECTED[route]!;
    const withToken = (token: string) => row().send(request.agent(api.server).set('Authorization', bearer(token)), cell);

    it('401 without a token', async () => {
      expectStatus(await row().send(request.agent(api.server), cell), 401);
    });

    it('401 with a token that is not a JWT, or a header that is not Bearer', async () => {
      expectStatus(await withToken('not.a.token'), 401);
      expectStatus(await row().send(request.agent(api.server).set('Authorization', 'Basic YWRtaW46YWRtaW4='), cell), 401);
    });

    it('401 with an expired token', async () => {
      const response = await withToken(await tokenFor({ roles: ['trust-admin'], expiresIn: '-5m' }));
      expectStatus(response, 401);
      expect(response.body).toMatchObject({ message: 'The token has expired' });
    });

    it('401 with a token signed with another secret', async () => {
      const forged = await new SignJWT({ roles: ['trust-admin'], academies: [IN_SCOPE] })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('forger')
        .setExpirationTime('1h')
        .sign(new TextEncoder().encode(`${TEST_JWT_SECRET}-but-not-quite`));
      expectStatus(await withToken(forged), 401);
    });

    it('401 with an unsigned token (alg none)', async () => {
      const claims = Buffer.from(JSON.stringify({ sub: 'forger', roles: ['trust-admin'], exp: Math.floor(Date.now() / 1000) + 3600 })).toString('base64url');
      expectStatus(await withToken(`${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${claims}.`), 401);
    });

    it('403 with a valid token and no role this API knows', async () => {
      expectStatus(await withToken(await tokenFor({ roles: [], academies: [IN_SCOPE] })), 403);
      const unknownRole = await new SignJWT({ roles: ['caretaker'], academies: [IN_SCOPE] })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('caretaker')
        .setExpirationTime('1h')
        .sign(new TextEncoder().encode(TEST_JWT_SECRET));
      expectStatus(await withToken(unknownRole), 403);
    });
  });

  it.each(cases)('$name', async ({ route, role, inScope, outcome }) => {
    const row = EXPECTED[route]!;
    const [own, other] = row.freshAcademies === true ? await freshAcademies(api) : [IN_SCOPE, OUT_OF_SCOPE];
    const token = await tokenFor({ roles: [role], academies: [own], sub: `matrix-${role}` });
    const response = await row.send(request.agent(api.server).set('Authorization', bearer(token)), { role, academyId: inScope ? own : other });
    if (outcome === 'allowed') expectSucceeded(route, response);
    else expectStatus(response, outcome);
    cellTally[outcome === 'allowed' ? 'allowed-2xx' : outcome] += 1;
  });

  /*
   * Who may act on a peer review visit: the part each person plays in it, which no role table knows (the domain's
   * visit-attendance.ts). Each act is tried on a fresh visit in the state it needs (the focus before the visit's
   * day; observations and the visit held once it has taken place; the report once it is recorded held), so whoever
   * may act succeeds (201), whoever may not is refused (403: by the policy, or by the part they play), and to
   * whoever may not even read the visit it does not exist (404).
   */
  describe('Who may act on a peer review visit', () => {
    const people: Record<string, TestUser & { onBehalfOf?: string }> = {
      'the host headteacher': { sub: MATRIX_HOST_HEAD, roles: ['headteacher'], academies: [IN_SCOPE] },
      'the lead headteacher': { sub: MATRIX_LEAD_HEAD, roles: ['headteacher'], academies: [OUT_OF_SCOPE] },
      'a visiting headteacher': { sub: MATRIX_VISITOR_HEAD, roles: ['headteacher'], academies: [MATRIX_VISITOR_ACADEMY] },
      'the facilitating improvement director': { sub: MATRIX_FACILITATOR, roles: ['improvement-director'], academies: [] },
      "the chief executive on the lead's behalf": { sub: 'matrix-chief-executive', roles: ['trust-admin'], academies: [], onBehalfOf: MATRIX_LEAD_HEAD },
      "the chief executive on the host's behalf": { sub: 'matrix-chief-executive', roles: ['trust-admin'], academies: [], onBehalfOf: MATRIX_HOST_HEAD },
      "the host's chair of governors": { sub: 'matrix-chair-of-governors', roles: ['governor'], academies: [IN_SCOPE] },
      'a headteacher not on the visit': { sub: 'matrix-outsider-head', roles: ['headteacher'], academies: [IN_SCOPE] },
      'an improvement director who does not facilitate it': { sub: 'matrix-other-director', roles: ['improvement-director'], academies: [] },
    };
    type Act = 'focus' | 'observations' | 'held' | 'report';
    const visitFor: Record<Act, () => Promise<MatrixVisit>> = {
      focus: () => visitToCome(api),
      observations: () => visitTakenPlace(api),
      held: () => visitTakenPlace(api),
      report: () => visitRecordedHeld(api),
    };
    const bodies: Record<Act, Record<string, unknown>> = {
      focus: { aspects: [{ aspect: 'Phonics', rag: 'amber' }] },
      observations: { observations: ['Seen'], safeguardingConcerns: ['Gate open'] },
      held: { feedback: 'Feedback.', actionsForNextAim: [] },
      report: { summary: 'Summary.' },
    };
    const actAs = async (person: string, visit: MatrixVisit, act: Act): Promise<request.Response> => {
      const { onBehalfOf: named, ...user } = people[person]!;
      return api
        .as(await tokenFor(user))
        .post(visitPath(visit, act))
        .send({ ...(named === undefined ? {} : { headteacherId: named }), ...bodies[act] });
    };
    const route = (act: Act): string => `POST /peer-reviews/:groupId/visits/:visitId/${act}`;

    // Seed 003: the host sets the focus; every visitor records observations; the lead (or the facilitator) records the visit held; the lead reports.
    const WHO_MAY: [string, Record<Act, 201 | 403 | 404>][] = [
      ['the host headteacher', { focus: 201, observations: 403, held: 403, report: 403 }],
      ['the lead headteacher', { focus: 403, observations: 201, held: 201, report: 201 }],
      ['a visiting headteacher', { focus: 403, observations: 201, held: 403, report: 403 }],
      // The policy lets no improvement director set the focus or report (403 before the visit is looked at).
      ['the facilitating improvement director', { focus: 403, observations: 201, held: 201, report: 403 }],
      ["the chief executive on the lead's behalf", { focus: 403, observations: 201, held: 201, report: 201 }],
      ["the chief executive on the host's behalf", { focus: 201, observations: 403, held: 403, report: 403 }],
      // A reader of the visit (mayReadPeerReview), whom the policy lets act on none of it.
      ["the host's chair of governors", { focus: 403, observations: 403, held: 403, report: 403 }],
      ['a headteacher not on the visit', { focus: 404, observations: 404, held: 404, report: 404 }],
      ['an improvement director who does not facilitate it', { focus: 403, observations: 404, held: 404, report: 403 }],
    ];
    it.each(WHO_MAY.flatMap(([person, outcomes]) => (Object.keys(outcomes) as Act[]).map((act) => ({ person, act, status: outcomes[act] }))))(
      '$person on …/$act → $status',
      async ({ person, act, status }) => {
        const response = await actAs(person, await visitFor[act](), act);
        if (status === 201) expectSucceeded(route(act), response);
        else expectStatus(response, status);
      },
    );

    it('given a visit that has taken place, when its host records it held or records observations, then 403 and nothing is stored; the lead then records it held (201)', async () => {
      const visit = await visitTakenPlace(api);
      const refused = await actAs('the host headteacher', visit, 'held');
      expectStatus(refused, 403);
      expect(errorAnswer(refused).message).toBe(`Not allowed: only the lead headteacher or the facilitating improvement director may record visit ${visit.visitId} as held`);
      expectStatus(await actAs('the host headteacher', visit, 'observations'), 403);
      expect(await api.streamEvents(`peer-review-visit-${visit.visitId}`)).toEqual([]);
      expectSucceeded(route('held'), await actAs('the lead headteacher', visit, 'held'));
    });

    it('given the host named as facilitator, when they record as improvement director, whatever the order of their roles, then 403 and nothing is stored', async () => {
      const visit = await visitTakenPlace(api, { facilitatorUserId: MATRIX_HOST_HEAD });
      for (const roles of [['improvement-director'], ['improvement-director', 'headteacher'], ['headteacher', 'improvement-director']] satisfies Role[][]) {
        const host = api.as(await tokenFor({ sub: MATRIX_HOST_HEAD, roles, academies: [IN_SCOPE] }));
        expectStatus(await host.post(visitPath(visit, 'observations')).send(bodies.observations), 403);
        expectStatus(await host.post(visitPath(visit, 'held')).send(bodies.held), 403);
      }
      expect(await api.streamEvents(`peer-review-visit-${visit.visitId}`)).toEqual([]);
    });
  });

  /*
   * Who may act on an AIM. The improvement director chairs it (seed 003), and a meeting chaired by anyone else is
   * not recorded as an AIM (422, hold-aim.ts). The chair is named in the body, by name: the ledger assigns no
   * improvement director to an academy, so it cannot tell an academy's own director from another, and any
   * improvement director (or the central team) records any AIM held. The academy's leaders circulate its documents:
   * its headteacher submits them; another academy's headteacher does not know the AIM exists (404).
   */
  describe('Who may act on an AIM', () => {
    const director = (sub: string): Promise<string> => tokenFor({ sub, name: MATRIX_DIRECTOR_NAME, roles: ['improvement-director'] });
    const actorOfLastEvent = async (aimId: string): Promise<unknown> => (await api.streamEvents(aimStreamId(aimId))).at(-1)?.metadata.actor;

    it('given an AIM that has taken place, when the improvement director records it held as its chair, then 201 and they are its recorder', async () => {
      const aimId = await aimTakenPlace(api, IN_SCOPE);
      expectSucceeded('POST /aims/:aimId/held', await api.as(await director('matrix-chair')).post(`/aims/${aimId}/held`).send(matrixHeldBody()));
      expect(await actorOfLastEvent(aimId)).toEqual({ userId: 'matrix-chair', role: 'improvement-director' });
    });

    it('given the headteacher named as chair, when the improvement director records the AIM held, then it is not recorded as an AIM (422)', async () => {
      const aimId = await aimTakenPlace(api, IN_SCOPE);
      const refused = await api.as(await director('matrix-chair')).post(`/aims/${aimId}/held`).send(matrixHeldBody({ name: 'Hana Head', role: 'headteacher' }));
      expect({ status: refused.status, message: errorAnswer(refused).message }).toEqual({ status: 422, message: 'an AIM is chaired by the improvement director, not by Hana Head (headteacher)' });
    });

    it('given no director assigned to the academy, when another improvement director records the AIM held naming the chair, then 201: the recorder is not checked against the chair', async () => {
      const aimId = await aimTakenPlace(api, IN_SCOPE);
      expectSucceeded('POST /aims/:aimId/held', await api.as(await director('matrix-another-director')).post(`/aims/${aimId}/held`).send(matrixHeldBody()));
      expect(await actorOfLastEvent(aimId)).toEqual({ userId: 'matrix-another-director', role: 'improvement-director' });
    });

    it.each<[string, TestUser]>([
      ["the academy's headteacher", { sub: MATRIX_HOST_HEAD, roles: ['headteacher'], academies: [IN_SCOPE] }],
      ["the academy's chair of governors", { sub: 'matrix-chair-of-governors', roles: ['governor'], academies: [IN_SCOPE] }],
    ])('%s attends the AIM but neither records it held nor publishes its report (403)', async (_person, user) => {
      const as = api.as(await tokenFor(user));
      expectStatus(await as.post(`/aims/${await aimTakenPlace(api, IN_SCOPE)}/held`).send(matrixHeldBody()), 403);
      expectStatus(await as.post(`/aims/${await heldAim(api, IN_SCOPE)}/report`).send({ summary: 'Our own report.' }), 403);
    });

    it.each<{ person: string; user: TestUser; status: 201 | 403 | 404 }>([
      { person: "the academy's headteacher", user: { sub: MATRIX_HOST_HEAD, roles: ['headteacher'], academies: [IN_SCOPE] }, status: 201 },
      { person: 'the improvement director (sent it by email)', user: { sub: 'matrix-chair', roles: ['improvement-director'] }, status: 201 },
      { person: "another academy's headteacher", user: { sub: MATRIX_LEAD_HEAD, roles: ['headteacher'], academies: [OUT_OF_SCOPE] }, status: 404 },
      { person: "the academy's chair of governors", user: { sub: 'matrix-chair-of-governors', roles: ['governor'], academies: [IN_SCOPE] }, status: 403 },
      { person: "the academy's School Improvement Partner", user: { sub: 'matrix-partner', roles: ['sip'], academies: [IN_SCOPE] }, status: 403 },
    ])('$person submits a document for the AIM → $status', async ({ user, status }) => {
      const aimId = await aimToCome(api, IN_SCOPE);
      const response = await api.as(await tokenFor(user)).post(`/aims/${aimId}/documents`).send({ type: 'sef' });
      if (status === 201) {
        expectSucceeded('POST /aims/:aimId/documents', response);
        expect(await actorOfLastEvent(aimId)).toEqual({ userId: user.sub, role: user.roles[0] });
      } else {
        expectStatus(response, status);
        expect(await api.streamEvents(aimStreamId(aimId))).toHaveLength(1);
      }
    });
  });

  /*
   * Who decides a tier: the trust, by its improvement director (or the central team). The decision names its
   * decider from the token, never from the body; any of them may revise a decision of the year, the revision
   * superseding it and naming its own decider. The ledger assigns no director to an academy, so none is checked.
   */
  describe('Who decides a tier', () => {
    const decide = async (user: TestUser, body: Record<string, unknown> = {}): Promise<request.Response> =>
      api
        .as(await tokenFor(user))
        .post(`/academies/${IN_SCOPE}/tier-decisions`)
        .send({ academicYear: MATRIX_ACADEMIC_YEAR, tier: 3, rationale: 'Matrix check.', ...body });
    const decision = async (decisionId: string): Promise<unknown> =>
      (await api.streamEvents(academyStreamId(IN_SCOPE))).find((event) => event.type === 'TierAssigned' && (event.data as { decisionId: string }).decisionId === decisionId)?.data;

    it('given the evidence, when an improvement director decides, then 201 naming them as decider from the token; when another revises it, then 201 superseding it under their own name', async () => {
      const first = await decide({ sub: 'matrix-decider', name: 'Dee Director', roles: ['improvement-director'] });
      expectSucceeded('POST /academies/:id/tier-decisions', first);
      const firstId = commandAnswer(first).id;
      expect(await decision(firstId)).toMatchObject({ decidedBy: { userId: 'matrix-decider', name: 'Dee Director', role: 'improvement-director' } });

      const revision = await decide({ sub: 'matrix-reviser', name: 'Ray Reviser', roles: ['improvement-director'] }, { tier: 2 });
      expectSucceeded('POST /academies/:id/tier-decisions', revision);
      expect(await decision(commandAnswer(revision).id)).toMatchObject({ tier: 2, supersedes: firstId, decidedBy: { userId: 'matrix-reviser', name: 'Ray Reviser', role: 'improvement-director' } });
    });

    it('given a decider named in the body, when the decision is sent, then 400: nobody decides in another\'s name', async () => {
      const refused = await decide({ sub: 'matrix-decider', roles: ['improvement-director'] }, { decidedBy: { userId: 'someone-else', name: 'Someone Else', role: 'improvement-director' } });
      expect({ status: refused.status, fields: errorAnswer(refused).fields }).toEqual({ status: 400, fields: ['decidedBy'] });
    });

    it.each<[string, TestUser]>([
      ["the academy's headteacher", { sub: MATRIX_HOST_HEAD, roles: ['headteacher'], academies: [IN_SCOPE] }],
      ["the academy's governor", { sub: 'matrix-chair-of-governors', roles: ['governor'], academies: [IN_SCOPE] }],
      ["the academy's School Improvement Partner", { sub: 'matrix-partner', roles: ['sip'], academies: [IN_SCOPE] }],
      ['the standards committee, which audits decisions', { sub: 'matrix-committee', roles: ['standards-committee'] }],
      ['finance', { sub: 'matrix-finance', roles: ['finance'] }],
    ])('%s does not decide it (403)', async (_person, user) => {
      expectStatus(await decide(user), 403);
    });
  });
});

describe('What each role sees and how it is recorded', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ clock: matrixClock });
    for (const academyId of ['730001', '730002', '730003']) await registerAcademy(api.server, academyId);
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  async function listAs(roles: Role[], academies: string[]): Promise<string[]> {
    const head = (await api.head()).toString();
    const response = await api
      .as(await tokenFor({ roles, academies }))
      .get('/academies')
      .query({ minPosition: head })
      .expect(200);
    return (response.body as { academyId: string }[]).map((academy) => academy.academyId).sort();
  }

  it('GET /academies gives headteachers, governors and SIPs their own academies only, and the trust roles all', async () => {
    expect(await listAs(['headteacher'], ['730002'])).toEqual(['730002']);
    expect(await listAs(['governor'], ['730001', '730003', '799999'])).toEqual(['730001', '730003']);
    expect(await listAs(['sip'], [])).toEqual([]);
    for (const role of ['trust-admin', 'standards-committee', 'improvement-director', 'finance'] as const) {
      expect(await listAs([role], [])).toEqual(['730001', '730002', '730003']);
    }
  });

  it('a scoped role is refused another academy before it can learn whether it exists', async () => {
    const governor = api.as(await tokenFor({ roles: ['governor'], academies: ['730001'] }));
    await governor.get('/academies/799999/card').expect(403);
    await api.admin.get('/academies/799999/card').expect(404);
  });

  it('stores the user and the role that authorised the command as the actor of its events', async () => {
    const token = await tokenFor({ sub: 'hana', roles: ['headteacher', 'improvement-director'], academies: ['730001'] });
    await api.as(token).post('/academies/730001/kpis').set('X-Correlation-Id', 'matrix-corr-1').send({ kpi: 'teaching', academicYear: '2024/25', term: 'autumn', value: 90 }).expect(201);
    const response = await api.as(token).post('/academies/730002/kpis').send({ kpi: 'teaching', academicYear: '2024/25', term: 'autumn', value: 91 }).expect(201);

    const [own] = (await api.streamEvents('academy-730001')).filter((event) => event.type === 'KpiRecorded');
    expect(own?.metadata).toMatchObject({ actor: { userId: 'hana', role: 'headteacher' }, correlationId: 'matrix-corr-1' });
    const [other] = (await api.streamEvents('academy-730002')).filter((event) => event.type === 'KpiRecorded');
    expect(other?.metadata).toMatchObject({
      actor: { userId: 'hana', role: 'improvement-director' },
      causationId: response.headers['x-request-id'],
      correlationId: response.headers['x-correlation-id'],
    });
  });
});
