import { SignJWT, type JWTPayload } from 'jose';
import request from 'supertest';
import { bodySchemaOf, routesOf, type OpenApiDocument } from './fuzz/openapi.js';
import { commandAnswer, errorAnswer, registerAcademy, startTestApp, type TestApp } from './test-support/test-app.js';
import { bearer, TEST_JWT_SECRET } from './test-support/tokens.js';

/*
 * The rules every input obeys over HTTP: dates are real days within the ledger's window (bodies and query
 * strings alike), money is bounded, free text is text, nesting is bounded, tokens' claims are text. Each
 * refusal is a 400 naming the field (401 for a token) and stores nothing.
 */

const ACADEMY = '750001';
const TODAY = '2025-09-08';
const OUTSIDE_THE_WINDOW = ['0000-01-01', '0001-01-01', '1899-12-31', '1900-01-01', '3000-01-01'];
const NOT_A_DAY = ['2025-02-30', '2025-13-01'];

const AGREED_BY = [
  { name: 'Ann Head', role: 'headteacher' },
  { name: 'Ian Director', role: 'improvement-director' },
  { name: 'Cath Executive', role: 'chief-executive' },
  { name: 'Fred Finance', role: 'finance-director' },
];

/** A write with a date field: a body the route accepts, and the field to break. */
interface DatedWrite {
  path: string;
  body: Record<string, unknown>;
  field: string;
}

const DATED_WRITES: DatedWrite[] = [
  { path: '/academies', body: { academyId: '750099', name: 'Dated Academy', phase: 'primary', hub: 'North', joinedOn: '2019-09-01' }, field: 'joinedOn' },
  { path: `/academies/${ACADEMY}/baseline`, body: { assessedOn: '2019-06-12', summary: 'Reading below national.', capacity: 'taker' }, field: 'assessedOn' },
  { path: `/academies/${ACADEMY}/inspections`, body: { inspectedOn: '2023-05-10', framework: 'eif-2019', overallEffectiveness: 'good' }, field: 'inspectedOn' },
  { path: `/academies/${ACADEMY}/risk-assessments`, body: { assessedOn: '2025-07-01', level: 'medium', risks: [{ title: 'Falling rolls' }] }, field: 'assessedOn' },
  { path: `/academies/${ACADEMY}/sip-assignments`, body: { sipId: 'sip-jane', name: 'Jane Doe', approvedOn: '2025-07-10' }, field: 'approvedOn' },
  { path: `/academies/${ACADEMY}/sip-visits`, body: { visitedOn: '2025-09-03', reportSummary: 'Phonics consistent.' }, field: 'visitedOn' },
  { path: `/academies/${ACADEMY}/reviews`, body: { academicYear: '2024/25', term: 'summer', completedOn: '2025-06-20', summary: 'Coherent.' }, field: 'completedOn' },
  { path: `/academies/${ACADEMY}/aims`, body: { date: '2025-09-10', format: 'one-day' }, field: 'date' },
  { path: `/academies/${ACADEMY}/core-days`, body: { deliveredOn: '2025-09-01', days: 1, description: 'Core day' }, field: 'deliveredOn' },
  {
    path: '/recharges',
    body: { supportedAcademyId: ACADEMY, providerRole: 'improvement-director', providerAcademyId: null, days: 1, deliveredOn: '2025-09-01', description: 'Phonics' },
    field: 'deliveredOn',
  },
];

/** A token signed with the test secret, with any claims at all. */
function signed(claims: JWTPayload, sub: string): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject(sub).setIssuedAt().setExpirationTime('1h').sign(new TextEncoder().encode(TEST_JWT_SECRET));
}

function nested(depth: number, leaf: unknown = 1): unknown {
  let value: unknown = leaf;
  for (let level = 0; level < depth; level++) value = [value];
  return value;
}

describe('Input rules over HTTP', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ clock: () => new Date(`${TODAY}T09:00:00.000Z`) });
    await registerAcademy(api.server, ACADEMY);
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  async function refused(path: string, body: unknown, field: string): Promise<void> {
    const head = await api.head();
    const response = await api.admin.post(path).send(body as object);
    expect({ path, status: response.status, fields: errorAnswer(response).fields }).toEqual({ path, status: 400, fields: [field] });
    expect(await api.head()).toBe(head);
  }

  describe('dates', () => {
    it.each(DATED_WRITES.flatMap((write) => [...OUTSIDE_THE_WINDOW, ...NOT_A_DAY].map((date) => [write.path, write.field, date, write] as const)))(
      'POST %s refuses %s = %s with a 400 naming it, storing nothing',
      async (path, field, date, write) => {
        await refused(path, { ...write.body, [field]: date }, field);
      },
    );

    it('says what the window is', async () => {
      const response = await api.admin.post('/academies').send({ ...DATED_WRITES[0]?.body, joinedOn: '0000-01-01' }).expect(400);
      expect(errorAnswer(response).message).toEqual(['joinedOn: must be a day from 1990-09-01 to 2100-08-31']);
    });

    it('accepts the first day of the window', async () => {
      await api.admin.post('/academies').send({ academyId: '750098', name: 'Old Academy', phase: 'primary', hub: 'North', joinedOn: '1990-09-01' }).expect(201);
    });

    it.each([
      ['/audit', 'from', '2025-02-30'],
      ['/audit', 'to', '2025-02-30'],
      ['/audit', 'from', '0000-01-01'],
      ['/audit', 'to', '3000-01-01T00:00:00Z'],
      ['/audit', 'from', '2025-01-01T24:00:00Z'],
      ['/safeguarding-concerns', 'from', '2025-02-30'],
      ['/safeguarding-concerns', 'from', '0001-01-01'],
      ['/academies', 'on', '0000-01-01'],
      ['/academies', 'on', '1899-12-31'],
      ['/academies', 'on', '3000-01-01'],
      ['/academies', 'asOf', '0000-01-01T00:00:00Z'],
      ['/academies', 'asOf', '2025-02-30T09:00:00Z'],
      ['/academies', 'asOf', '3000-01-01T00:00:00Z'],
      [`/academies/${ACADEMY}/card`, 'on', '2025-02-30'],
      ['/tier-decisions', 'asOf', '1899-12-31T23:59:59Z'],
      ['/compliance', 'academicYear', '0000/01'],
      ['/finance/reconciliation', 'academicYear', '1899/00'],
      ['/tier-decisions', 'academicYear', '3000/01'],
    ])('GET %s refuses %s=%s with a 400 naming it', async (path, name, value) => {
      const needsYear = ['/compliance', '/finance/reconciliation'].includes(path);
      const response = await api.admin.get(path).query({ ...(needsYear ? { academicYear: '2024/25' } : {}), [name]: value });
      expect({ status: response.status, fields: errorAnswer(response).fields }).toEqual({ status: 400, fields: [name] });
    });

    it('POST /admin/reports refuses an impossible year, date or instant, naming it', async () => {
      await refused('/admin/reports', { type: 'compliance', academicYear: '0000/01' }, 'academicYear');
      await refused('/admin/reports', { type: 'tier-decisions', on: '2025-02-30' }, 'on');
      await refused('/admin/reports', { type: 'tier-decisions', on: '0001-01-01' }, 'on');
      await refused('/admin/reports', { type: 'tier-decisions', asOf: '0000-01-01T00:00:00Z' }, 'asOf');
    });

    it('POST /admin/reports refuses an unknown field, naming it', async () => {
      await refused('/admin/reports', { type: 'academy-cards', colour: 'red' }, 'colour');
    });
  });

  describe('money', () => {
    it.each([[2 ** 53 - 1], [100_000_001]])('refuses an improvement budget of %p pence, naming amountPence', async (amountPence) => {
      await refused(`/academies/${ACADEMY}/improvement-budgets`, { academicYear: '2024/25', amountPence, agreedBy: AGREED_BY }, 'amountPence');
    });

    it('accepts one of exactly one million pounds', async () => {
      await api.admin.post(`/academies/${ACADEMY}/improvement-budgets`).send({ academicYear: '2024/25', amountPence: 100_000_000, agreedBy: AGREED_BY }).expect(201);
    });
  });

  describe('free text', () => {
    it.each([
      ['a right-to-left override', 'Oak\u202eymedacA'],
      ['an isolate', 'Oak \u2066Academy\u2069'],
      ['a terminal escape', 'Oak \u001b[2J Academy'],
      ['a C1 control', 'Oak\u0085Academy'],
      ['only zero-width spaces', '\u200b\u200b\u200b'],
      ['NUL', 'Oak\u0000'],
    ])('refuses a name with %s, naming it', async (_label, name) => {
      await refused('/academies', { academyId: '750097', name, phase: 'primary', hub: 'North', joinedOn: '2019-09-01' }, 'name');
    });

    it('names a nested field', async () => {
      await refused(`/academies/${ACADEMY}/risk-assessments`, { assessedOn: '2025-07-01', level: 'low', risks: [{ title: 'Fine' }, { title: 'Hidden\u202e' }] }, 'risks.1.title');
    });

    it('keeps line breaks, tabs and accents', async () => {
      const summary = 'Zoë Ångström visited.\nReading:\tsecure.\r\nŁódź partnership next.';
      const answer = commandAnswer(await api.admin.post(`/academies/${ACADEMY}/sip-assignments`).send({ sipId: 'sip-zoe', name: 'Zoë Ångström', approvedOn: '2025-09-01' }).expect(201));
      expect(answer.events).toEqual(['SipAssigned']);
      await api.admin.post(`/academies/${ACADEMY}/sip-visits`).send({ visitedOn: '2025-09-02', reportSummary: summary }).expect(201);
      const stored = (await api.streamEvents(`academy-${ACADEMY}`)).filter((event) => event.type === 'SipVisitRecorded').at(-1);
      expect((stored?.data as { reportSummary?: string }).reportSummary).toBe(summary);
    });
  });

  describe('nesting', () => {
    it('refuses arrays nested 2,000 deep in a field with a 400 naming it', async () => {
      await refused('/academies', { academyId: '750096', name: nested(2_000), phase: 'primary', hub: 'North', joinedOn: '2019-09-01' }, 'name');
    });

    it('refuses nesting deep inside a field, naming the field it is in', async () => {
      await refused(`/academies/${ACADEMY}/risk-assessments`, { assessedOn: '2025-07-01', level: 'low', risks: [{ title: 'a', owner: { x: nested(3_000) } }] }, 'risks');
    });

    it('answers 400 on every write route of the OpenAPI document, never 500', async () => {
      const document = (await api.admin.get('/docs/openapi.json').expect(200)).body as OpenApiDocument;
      const problems: string[] = [];
      for (const route of routesOf(document, 'post')) {
        const path = route.path.replace('{id}', ACADEMY).replace(/\{\w+\}/g, '00000000-0000-4000-8000-000000000000');
        const field = Object.keys(bodySchemaOf(document, route.operation)?.properties ?? {})[0] ?? 'anything';
        const response = await api.admin.post(path).set('Content-Type', 'application/json').send(JSON.stringify({ [field]: nested(2_000) }));
        if (response.status !== 400) problems.push(`POST ${route.path}: ${response.status}`);
      }
      expect(problems).toEqual([]);
    });
  });

  describe('tokens', () => {
    it.each([
      ['a sub holding NUL', {}, 'dee\u0000'],
      ['a sub holding a lone surrogate', {}, 'dee\ud800'],
      ['a sub holding a control character', {}, 'dee\u001b[2J'],
      ['a sub of 4,000 characters', {}, 'd'.repeat(4_000)],
      ['a name holding NUL', { name: 'Dee\u0000' }, 'dee'],
      ['a name holding a lone surrogate', { name: 'Dee\udc00' }, 'dee'],
      ['a name holding a right-to-left override', { name: 'Dee\u202e' }, 'dee'],
      ['a name of 4,000 characters', { name: 'D'.repeat(4_000) }, 'dee'],
      ['a role holding NUL', { roles: ['trust-admin', 'x\u0000'] }, 'dee'],
      ['1,000 roles', { roles: Array.from({ length: 1_000 }, (_unused, index) => `role-${index}`) }, 'dee'],
      ['an academy holding a lone surrogate', { academies: ['\ud800'] }, 'dee'],
      ['1,000 academies', { academies: Array.from({ length: 1_000 }, (_unused, index) => String(100_000 + index)) }, 'dee'],
    ])('answers 401 to a token with %s, on a write and a read', async (_label, claims, sub) => {
      const token = await signed({ roles: ['trust-admin'], ...claims }, sub);
      const head = await api.head();
      const write = await request(api.server).post(`/academies/${ACADEMY}/sip-visits`).set('Authorization', bearer(token)).send({ visitedOn: '2025-09-04', reportSummary: 'Visit.' });
      const read = await request(api.server).get('/academies').set('Authorization', bearer(token));
      expect([write.status, read.status]).toEqual([401, 401]);
      expect(await api.head()).toBe(head);
    });
  });
});
