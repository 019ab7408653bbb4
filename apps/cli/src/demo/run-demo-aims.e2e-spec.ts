import { isoDateOf, isSchoolDay, parseIsoDate } from '@trust/domain';
import type { AimView } from '@trust/projections';
import { startTestApp, type TestApp } from '../../../api/test/test-support/test-app.js';
import { tokenFor } from '../../../api/test/test-support/tokens.js';
import { loadDemoAims } from './demo-aims.js';
import { runDemo } from './run-demo.js';
import { baseUrlOf, demoRegistrationsOnly } from './test-support/demo-test-setup.js';

describe("the demo's Academy Improvement Meetings, loaded through the API", () => {
  let api: TestApp;
  let baseUrl: string;
  // Registrations only: the rest of the demo is not what this test is about.
  const academies = demoRegistrationsOnly();

  beforeAll(async () => {
    api = await startTestApp();
    baseUrl = baseUrlOf(api);
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  it('loads three AIMs per academy, one with its documents recorded overdue, and a second run appends nothing', async () => {
    const token = await tokenFor({ sub: 'demo-loader', roles: ['trust-admin'] });
    await runDemo({ baseUrl, academies, token, print: () => undefined });
    const printed: string[] = [];
    const total = { requests: 0, appended: 0, replayed: 0 };
    await loadDemoAims({ baseUrl, token, print: (line) => printed.push(line) }, academies, total);
    expect(total.appended).toBeGreaterThan(academies.length * 3);
    expect(printed.at(-1)).toMatch(/^\[aims\] 36 AIMs from \d{4}-\d{2}-\d{2}, \d+ held today, 1 with documents recorded overdue: \d+ events appended/);

    const head = (await api.head()).toString();
    const lists = await Promise.all(
      academies.map(async (academy) => (await api.admin.get(`/academies/${academy.academyId}/aims`).query({ minPosition: head }).expect(200)).body as AimView[]),
    );
    expect(lists.map((aims) => aims.length)).toEqual(academies.map(() => 3));
    const overdue = lists.flat().filter((aim) => aim.overdueDocuments.length > 0);
    expect(overdue).toHaveLength(1);
    expect(overdue[0]?.overdueDocuments).toEqual(['headteacher-report', 'improvement-plan', 'previous-aim-report']);
    const held = lists.flat().filter((aim) => aim.status === 'reported');
    expect(held).toHaveLength(isSchoolDay(parseIsoDate(isoDateOf(new Date()), 'today')) ? academies.length - 1 : 0);
    held.forEach((aim) => expect(aim.outcome?.judgements.length).toBeGreaterThan(0));

    const again = { requests: 0, appended: 0, replayed: 0 };
    await loadDemoAims({ baseUrl, token, print: (line) => printed.push(line) }, academies, again);
    expect(again).toEqual({ requests: 0, appended: 0, replayed: 0 });
    expect(printed.at(-1)).toBe('[aims] already loaded: every academy has its AIMs, nothing appended');
    expect((await api.head()).toString()).toBe(head);
  }, 120_000);
});
