import type { INestApplication } from '@nestjs/common';
import { SignJWT } from 'jose';
import request from 'supertest';
import { ROLES, type Role } from '@trust/tokens';
import { registerAcademy, registration, startTestApp, type TestApp } from './test-support/test-app.js';
import {
  MATRIX_FACILITATOR,
  MATRIX_HOST_HEAD,
  MATRIX_OTHER_HEAD,
  MATRIX_VISITOR_HEAD,
  matrixPeerReview,
  matrixPeerReviewGroup,
  setUpMatrixPeerReview,
} from './test-support/peer-review-matrix.js';
import { matrixAim, matrixAimOf, matrixHeldBody, setUpMatrixAims } from './test-support/aim-matrix.js';
import { bearer, TEST_JWT_SECRET, tokenFor } from './test-support/tokens.js';

/*
 * The authorisation matrix: every route × every role (on an academy in the token and on one not in
 * it, where the route is about one academy), and every way a token can be missing or bad.
 *
 * EXPECTED is written out here, not read from access-policy.ts, so it checks the policy rather than
 * restating it. A route the app registers without a row here fails the first test: a new route
 * needs a rule in access-policy.ts (`@Allow(...)` on the route) and a row here.
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

interface Row {
  expected: Expected;
  /** A request a permitted user makes with success, or with a 4xx that is not about access (409 on a repeat, say). */
  send(agent: request.Agent, academyId: string): request.Test;
}

let nextUrn = 720_000;

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
    send: (agent, academyId) => agent.get(`/academies/${academyId}/card`),
  },
  'POST /academies': {
    expected: { kind: 'protected', roles: ['trust-admin'], academyScoped: false },
    send: (agent) => agent.post('/academies').send(registration(String((nextUrn += 1)))),
  },
  'POST /academies/:id/kpi-targets': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: true },
    send: (agent, academyId) => agent.post(`/academies/${academyId}/kpi-targets`).send({ academicYear: '2024/25', kpi: 'progress', target: 80 }),
  },
  'POST /academies/:id/kpis': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director', 'headteacher'], academyScoped: true },
    send: (agent, academyId) => agent.post(`/academies/${academyId}/kpis`).send({ kpi: 'teaching', academicYear: '2024/25', term: 'spring', value: 81 }),
  },
  'POST /academies/:id/kpis/corrections': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director', 'headteacher'], academyScoped: true },
    send: (agent, academyId) =>
      agent.post(`/academies/${academyId}/kpis/corrections`).send({ kpi: 'progress', academicYear: '2024/25', term: 'autumn', value: 75, reason: 'Moderated' }),
  },
  'POST /academies/:id/inspections': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: true },
    send: (agent, academyId) => agent.post(`/academies/${academyId}/inspections`).send({ inspectedOn: '2023-05-10', framework: 'eif-2019', overallEffectiveness: 'good' }),
  },
  'POST /academies/:id/annual-reviews': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: true },
    send: (agent, academyId) => agent.post(`/academies/${academyId}/annual-reviews`).send({ academicYear: '2023/24', capacityToImprove: true, summary: 'Secure leadership.' }),
  },
  'POST /academies/:id/outcomes': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: true },
    send: (agent, academyId) => agent.post(`/academies/${academyId}/outcomes`).send({ academicYear: '2023/24', direction: 'positive' }),
  },
  'POST /academies/:id/risk-assessments': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: true },
    send: (agent, academyId) => agent.post(`/academies/${academyId}/risk-assessments`).send({ assessedOn: '2024-07-01', level: 'low', risks: [] }),
  },
  'POST /academies/:id/baseline': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: true },
    send: (agent, academyId) => agent.post(`/academies/${academyId}/baseline`).send({ assessedOn: '2019-06-01', summary: 'Due diligence.', capacity: 'neutral' }),
  },
  'POST /academies/:id/sip-assignments': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: true },
    send: (agent, academyId) => agent.post(`/academies/${academyId}/sip-assignments`).send({ sipId: 'sip-1', name: 'Jane Doe', approvedOn: '2024-07-10' }),
  },
  'POST /academies/:id/sip-visits': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: true },
    send: (agent, academyId) => agent.post(`/academies/${academyId}/sip-visits`).send({ visitedOn: '2024-10-15', reportSummary: 'Visit report.' }),
  },
  'POST /academies/:id/reviews': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: true },
    send: (agent, academyId) =>
      agent.post(`/academies/${academyId}/reviews`).send({ academicYear: '2024/25', term: 'autumn', completedOn: '2024-11-20', summary: 'Review.' }),
  },
  'GET /academies/:id/tier-recommendation': {
    expected: { kind: 'protected', roles: ['trust-admin', 'standards-committee', 'improvement-director', 'headteacher', 'governor', 'sip'], academyScoped: true },
    send: (agent, academyId) => agent.get(`/academies/${academyId}/tier-recommendation`).query({ academicYear: '2024/25' }),
  },
  'POST /academies/:id/tier-decisions': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: true },
    send: (agent, academyId) => agent.post(`/academies/${academyId}/tier-decisions`).send({ academicYear: '2024/25', tier: 3, rationale: 'Matrix check.' }),
  },
  'GET /academies/:id/tier-history': {
    expected: { kind: 'protected', roles: ['trust-admin', 'standards-committee', 'improvement-director', 'headteacher', 'governor', 'sip'], academyScoped: true },
    send: (agent, academyId) => agent.get(`/academies/${academyId}/tier-history`),
  },
  'GET /tier-decisions': {
    expected: { kind: 'protected', roles: ['trust-admin', 'standards-committee', 'improvement-director'], academyScoped: false },
    send: (agent) => agent.get('/tier-decisions').query({ academicYear: '2024/25' }),
  },
  'GET /compliance': {
    expected: { kind: 'protected', roles: ['trust-admin', 'standards-committee', 'improvement-director', 'finance'], academyScoped: false },
    send: (agent) => agent.get('/compliance').query({ academicYear: '2024/25' }),
  },
  'POST /rate-cards': {
    expected: { kind: 'protected', roles: ['trust-admin', 'finance'], academyScoped: false },
    send: (agent) =>
      agent.post('/rate-cards').send({ academicYear: '2024/25', rates: { 'improvement-director': 35_000, 'hub-lead': 35_000, headteacher: 35_000, teacher: 25_000, 'support-staff': 15_000 } }),
  },
  'GET /finance/rate-card': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director', 'finance'], academyScoped: false },
    send: (agent) => agent.get('/finance/rate-card').query({ academicYear: '2024/25' }),
  },
  'POST /academies/:id/improvement-budgets': {
    expected: { kind: 'protected', roles: ['trust-admin', 'finance'], academyScoped: true },
    send: (agent, academyId) =>
      agent.post(`/academies/${academyId}/improvement-budgets`).send({
        academicYear: '2024/25',
        amountPence: 500_000,
        agreedBy: [
          { name: 'Head', role: 'headteacher' },
          { name: 'Director', role: 'improvement-director' },
          { name: 'Chief', role: 'chief-executive' },
          { name: 'Finance', role: 'finance-director' },
        ],
      }),
  },
  'POST /academies/:id/core-days': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: true },
    send: (agent, academyId) => agent.post(`/academies/${academyId}/core-days`).send({ deliveredOn: '2024-10-08', days: 0.5, description: 'Autumn AIM' }),
  },
  'GET /academies/:id/core-days': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director', 'finance'], academyScoped: true },
    send: (agent, academyId) => agent.get(`/academies/${academyId}/core-days`).query({ academicYear: '2024/25' }),
  },
  'POST /recharges': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director', 'finance'], academyScoped: false },
    send: (agent, academyId) =>
      agent.post('/recharges').send({ supportedAcademyId: academyId, providerRole: 'hub-lead', providerAcademyId: null, days: 0.5, deliveredOn: '2024-11-12', description: 'Hub lead visit' }),
  },
  'POST /recharges/:id/reversal': {
    expected: { kind: 'protected', roles: ['trust-admin', 'finance'], academyScoped: false },
    send: (agent) => agent.post('/recharges/never-logged/reversal').send({ reason: 'Logged in error' }),
  },
  'GET /finance/ledger': {
    expected: { kind: 'protected', roles: ['trust-admin', 'finance', 'headteacher'], academyScoped: true },
    send: (agent, academyId) => agent.get('/finance/ledger').query({ academicYear: '2024/25', academyId }),
  },
  'GET /finance/reconciliation': {
    expected: { kind: 'protected', roles: ['trust-admin', 'finance'], academyScoped: false },
    send: (agent) => agent.get('/finance/reconciliation').query({ academicYear: '2024/25' }),
  },
  'GET /audit': {
    expected: { kind: 'protected', roles: ['trust-admin', 'standards-committee'], academyScoped: false },
    send: (agent, academyId) => agent.get('/audit').query({ academyId, limit: 5 }),
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
    send: (agent, academyId) => agent.get(`/academies/${academyId}/timeline`),
  },
  'GET /academies/:id/kpi-series': {
    expected: { kind: 'protected', roles: EVERY_ROLE, academyScoped: true },
    send: (agent, academyId) => agent.get(`/academies/${academyId}/kpi-series`),
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
  'GET /admin/jobs/:jobId': {
    expected: { kind: 'protected', roles: ['trust-admin'], academyScoped: false },
    send: (agent) => agent.get('/admin/jobs/no-such-job'),
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
  'GET /admin/reports/:reportId': {
    expected: { kind: 'protected', roles: ['trust-admin'], academyScoped: false },
    send: (agent) => agent.get('/admin/reports/no-such-report'),
  },
  // Erasure: a subject the ledger holds nothing about answers 404 to the central team, 403 to every other role.
  'POST /admin/data-subjects/:subjectId/erasure': {
    expected: { kind: 'protected', roles: ['trust-admin'], academyScoped: false },
    send: (agent) => agent.post('/admin/data-subjects/staff:matrix-nobody/erasure').send({ reason: 'Matrix check' }),
  },
  'GET /admin/data-subjects/:subjectId': {
    expected: { kind: 'protected', roles: ['trust-admin'], academyScoped: false },
    send: (agent) => agent.get('/admin/data-subjects/staff:matrix-nobody'),
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
  // Imports: a file with a bad header is refused (400) by whoever may import, before anything is read.
  'POST /imports': {
    expected: { kind: 'protected', roles: ['trust-admin'], academyScoped: false },
    send: (agent) => agent.post('/imports').attach('file', Buffer.from('not,a,kind\n1,2,3\n'), { filename: 'matrix.csv', contentType: 'text/csv' }),
  },
  'POST /imports/checks': {
    expected: { kind: 'protected', roles: ['trust-admin'], academyScoped: false },
    send: (agent) => agent.post('/imports/checks').attach('file', Buffer.from('not,a,kind\n1,2,3\n'), { filename: 'matrix.csv', contentType: 'text/csv' }),
  },
  'GET /imports/templates/:file': {
    expected: { kind: 'protected', roles: ['trust-admin'], academyScoped: false },
    send: (agent) => agent.get('/imports/templates/kpis.csv'),
  },
  // Academy Improvement Meetings: an AIM at each academy (test-support/aim-matrix.ts); `/aims/:aimId` is scoped by the AIM's academy,
  // and another academy's AIM does not exist to a headteacher or governor (404). existence-oracle.e2e-spec.ts checks it answers as an unknown AIM.
  'POST /academies/:id/aims': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: true },
    send: (agent, academyId) => agent.post(`/academies/${academyId}/aims`).send({ date: matrixAim.date, format: 'one-day' }),
  },
  'POST /aims/:aimId/reschedule': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: 'record' },
    send: (agent, academyId) => agent.post(`/aims/${matrixAimOf(academyId)}/reschedule`).send({ date: matrixAim.date, reason: 'Matrix check' }),
  },
  'POST /aims/:aimId/focus': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: 'record' },
    send: (agent, academyId) => agent.post(`/aims/${matrixAimOf(academyId)}/focus`).send({ focus: 'Early reading' }),
  },
  'POST /aims/:aimId/documents': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director', 'headteacher'], academyScoped: 'record' },
    send: (agent, academyId) => agent.post(`/aims/${matrixAimOf(academyId)}/documents`).send({ type: 'sef' }),
  },
  'POST /aims/:aimId/document-checks': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: 'record' },
    send: (agent, academyId) => agent.post(`/aims/${matrixAimOf(academyId)}/document-checks`),
  },
  'POST /aims/:aimId/held': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: 'record' },
    send: (agent, academyId) => agent.post(`/aims/${matrixAimOf(academyId)}/held`).send(matrixHeldBody()),
  },
  'POST /aims/:aimId/report': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: 'record' },
    send: (agent, academyId) => agent.post(`/aims/${matrixAimOf(academyId)}/report`).send({ summary: 'Matrix check.' }),
  },
  'GET /aims/:aimId': {
    expected: { kind: 'protected', roles: ['trust-admin', 'standards-committee', 'improvement-director', 'headteacher', 'governor'], academyScoped: 'record' },
    send: (agent, academyId) => agent.get(`/aims/${matrixAimOf(academyId)}`),
  },
  'GET /academies/:id/aims': {
    expected: { kind: 'protected', roles: ['trust-admin', 'standards-committee', 'improvement-director', 'headteacher', 'governor'], academyScoped: true },
    send: (agent, academyId) => agent.get(`/academies/${academyId}/aims`),
  },
  // Peer reviews: the matrix's visit has every role the policy lets in among its readers (test-support/peer-review-matrix.ts).
  'POST /peer-reviews': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: false },
    send: (agent) => agent.post('/peer-reviews').send(matrixPeerReviewGroup(IN_SCOPE, OUT_OF_SCOPE)),
  },
  'POST /peer-reviews/:groupId/visits': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: false },
    send: (agent) =>
      agent
        .post(`/peer-reviews/${matrixPeerReview.groupId}/visits`)
        .send({ hostAcademyId: OUT_OF_SCOPE, visitDate: matrixPeerReview.visitDate, reviewerIds: [MATRIX_HOST_HEAD], leadHeadteacherId: MATRIX_HOST_HEAD }),
  },
  'POST /peer-reviews/:groupId/visits/:visitId/focus': {
    expected: { kind: 'protected', roles: ['trust-admin', 'headteacher'], academyScoped: false },
    send: (agent) => agent.post(`/peer-reviews/${matrixPeerReview.groupId}/visits/${matrixPeerReview.visitId}/focus`).send({ aspects: [{ aspect: 'Phonics', rag: 'amber' }] }),
  },
  // The policy lets headteachers reach the three routes below, but the matrix headteacher hosts the visit, and
  // a host records neither observations, nor the visit held, nor the report (403 from the domain). Each part
  // a person may play in the visit is tested on them in 'Who may act on a peer review visit' below.
  'POST /peer-reviews/:groupId/visits/:visitId/observations': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: false },
    send: (agent) =>
      agent.post(`/peer-reviews/${matrixPeerReview.groupId}/visits/${matrixPeerReview.visitId}/observations`).send({ observations: ['Seen'], safeguardingConcerns: ['Gate open'] }),
  },
  'POST /peer-reviews/:groupId/visits/:visitId/held': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: false },
    send: (agent) => agent.post(`/peer-reviews/${matrixPeerReview.groupId}/visits/${matrixPeerReview.visitId}/held`).send({ feedback: 'Feedback.', actionsForNextAim: [] }),
  },
  'POST /peer-reviews/:groupId/visits/:visitId/report': {
    expected: { kind: 'protected', roles: ['trust-admin'], academyScoped: false },
    send: (agent) => agent.post(`/peer-reviews/${matrixPeerReview.groupId}/visits/${matrixPeerReview.visitId}/report`).send({ summary: 'Summary.' }),
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
    send: (agent) => agent.get(`/peer-reviews/${matrixPeerReview.groupId}/visits/${matrixPeerReview.visitId}`),
  },
  'GET /safeguarding-concerns': {
    expected: { kind: 'protected', roles: ['trust-admin'], academyScoped: false },
    send: (agent) => agent.get('/safeguarding-concerns'),
  },
  // Database of expertise.
  'POST /expertise': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: false },
    send: (agent, academyId) => agent.post('/expertise').send({ staffId: `matrix-${(nextUrn += 1)}`, name: 'Matrix Teacher', academyId, role: 'teacher', areas: ['phonics'] }),
  },
  'PUT /expertise/:staffId': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: false },
    send: (agent, academyId) => agent.put('/expertise/matrix-never-listed').send({ name: 'Matrix Teacher', academyId, role: 'teacher', areas: ['send'] }),
  },
  'POST /expertise/:staffId/withdrawal': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: false },
    send: (agent) => agent.post('/expertise/matrix-never-listed/withdrawal').send({ reason: 'Matrix check' }),
  },
  'GET /expertise': {
    expected: { kind: 'protected', roles: ['trust-admin', 'improvement-director'], academyScoped: false },
    send: (agent) => agent.get('/expertise').query({ area: 'phonics' }),
  },
};

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

function outcomeOf(expected: Expected, role: Role, academyInToken: boolean): 'allowed' | 403 | 404 {
  if (expected.kind === 'public') return 'allowed';
  if (!expected.roles.includes(role)) return 403;
  const scopedRole = role === 'headteacher' || role === 'governor' || role === 'sip';
  if (expected.academyScoped === false || !scopedRole || academyInToken) return 'allowed';
  return expected.academyScoped === 'record' ? 404 : 403;
}

function expectAllowed(response: request.Response): void {
  expect([401, 403]).not.toContain(response.status);
  expect(response.status).toBeLessThan(500);
}

function expectStatus(response: request.Response, status: 401 | 403 | 404): void {
  expect(response.status).toBe(status);
  expect(response.body).toMatchObject({ statusCode: status });
  if (status === 401) expect(response.headers['www-authenticate']).toMatch(/^Bearer realm=/);
}

describe('Authorisation matrix', () => {
  let api: TestApp;
  const tokens = new Map<string, string>();

  const routeRows = Object.entries(EXPECTED);
  const protectedRoutes = routeRows.filter(([, row]) => row.expected.kind === 'protected');
  const cases = routeRows.flatMap(([route, row]) =>
    EVERY_ROLE.flatMap((role) =>
      [IN_SCOPE, ...(row.expected.kind === 'protected' && row.expected.academyScoped !== false ? [OUT_OF_SCOPE] : [])].map((academyId) => {
        const outcome = outcomeOf(row.expected, role, academyId === IN_SCOPE);
        const where = row.expected.kind === 'protected' && row.expected.academyScoped !== false ? ` on ${academyId === IN_SCOPE ? 'its own' : 'another'} academy` : '';
        return { name: `${route} as ${role}${where} → ${outcome}`, route, role, academyId, outcome };
      }),
    ),
  );

  beforeAll(async () => {
    api = await startTestApp();
    for (const academyId of [IN_SCOPE, OUT_OF_SCOPE]) {
      await registerAcademy(api.server, academyId);
      await api.admin.post(`/academies/${academyId}/kpis`).send({ kpi: 'progress', academicYear: '2024/25', term: 'autumn', value: 70 }).expect(201);
    }
    for (const role of EVERY_ROLE) tokens.set(role, await tokenFor({ roles: [role], academies: [IN_SCOPE], sub: `matrix-${role}` }));
    await setUpMatrixPeerReview(api, IN_SCOPE, OUT_OF_SCOPE);
    await setUpMatrixAims(api, [IN_SCOPE, OUT_OF_SCOPE]);
  }, 60_000);

  afterAll(async () => {
    await api.close();
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
    for (const route of docs) expectAllowed(await request(api.server).get(route.slice('GET '.length)));
  });

  it.each(routeRows.filter(([, row]) => row.expected.kind === 'public').map(([route]) => route))(
    '%s answers without a token, and ignores a bad one',
    async (route) => {
      const row = EXPECTED[route]!;
      expectAllowed(await row.send(request.agent(api.server), IN_SCOPE));
      expectAllowed(await row.send(request.agent(api.server).set('Authorization', 'Bearer not-a-token'), IN_SCOPE));
    },
  );

  describe.each(protectedRoutes.map(([route]) => route))('%s', (route) => {
    const row = (): Row => EXPECTED[route]!;
    const withToken = (token: string) => row().send(request.agent(api.server).set('Authorization', bearer(token)), IN_SCOPE);

    it('401 without a token', async () => {
      expectStatus(await row().send(request.agent(api.server), IN_SCOPE), 401);
    });

    it('401 with a token that is not a JWT, or a header that is not Bearer', async () => {
      expectStatus(await withToken('not.a.token'), 401);
      expectStatus(await row().send(request.agent(api.server).set('Authorization', 'Basic YWRtaW46YWRtaW4='), IN_SCOPE), 401);
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

  it.each(cases.filter((entry) => EXPECTED[entry.route]?.expected.kind === 'protected'))('$name', async ({ route, role, academyId, outcome }) => {
    const response = await EXPECTED[route]!.send(request.agent(api.server).set('Authorization', bearer(tokens.get(role)!)), academyId);
    if (outcome === 'allowed') expectAllowed(response);
    else expectStatus(response, outcome);
  });

  /*
   * Who may act on a peer review visit: the part each person plays in it, which no role table knows (the
   * domain's visit-attendance.ts). The visit is tomorrow, so whoever may act meets the domain's 422 ("not
   * taken place yet"), which is not about access; whoever may not is refused (403); to whoever may not even
   * read the visit it does not exist (404).
   */
  describe('Who may act on a peer review visit', () => {
    const people: Record<string, { sub: string; roles: Role[]; academies: string[] }> = {
      'the host headteacher': { sub: MATRIX_HOST_HEAD, roles: ['headteacher'], academies: [IN_SCOPE] },
      'the lead headteacher': { sub: MATRIX_OTHER_HEAD, roles: ['headteacher'], academies: [OUT_OF_SCOPE] },
      'a visiting headteacher': { sub: MATRIX_VISITOR_HEAD, roles: ['headteacher'], academies: ['710003'] },
      'the facilitating improvement director': { sub: MATRIX_FACILITATOR, roles: ['improvement-director'], academies: [] },
      'a headteacher not on the visit': { sub: 'matrix-outsider-head', roles: ['headteacher'], academies: [IN_SCOPE] },
      'an improvement director who does not facilitate it': { sub: 'matrix-other-director', roles: ['improvement-director'], academies: [] },
    };
    const visitRoute = (act: string): string => `/peer-reviews/${matrixPeerReview.groupId}/visits/${matrixPeerReview.visitId}/${act}`;
    const bodies: Record<string, object> = {
      observations: { observations: ['Seen'], safeguardingConcerns: ['Gate open'] },
      held: { feedback: 'Feedback.', actionsForNextAim: [] },
    };
    it.each<[string, 'observations' | 'held', number]>([
      ['the host headteacher', 'observations', 403],
      ['the host headteacher', 'held', 403],
      ['a visiting headteacher', 'observations', 422],
      ['a visiting headteacher', 'held', 403],
      ['the lead headteacher', 'observations', 422],
      ['the lead headteacher', 'held', 422],
      ['the facilitating improvement director', 'observations', 422],
      ['the facilitating improvement director', 'held', 422],
      ['a headteacher not on the visit', 'observations', 404],
      ['a headteacher not on the visit', 'held', 404],
      ['an improvement director who does not facilitate it', 'observations', 404],
      ['an improvement director who does not facilitate it', 'held', 404],
    ])('%s on …/%s → %i', async (person, act, status) => {
      const token = await tokenFor(people[person]!);
      const response = await request(api.server).post(visitRoute(act)).set('Authorization', bearer(token)).send(bodies[act]);
      expect({ status: response.status, body: response.body as unknown }).toMatchObject({ status, body: { statusCode: status } });
    });
  });
});

describe('What each role sees and how it is recorded', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
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
