import { isoDateOf } from '@trust/domain';
import { startTestApp, type TestApp } from '../../../api/test/test-support/test-app.js';
import { tokenFor } from '../../../api/test/test-support/tokens.js';
import { buildDemoExpertise } from './demo-expertise.js';
import { buildDemoPeerReviews } from './demo-peer-reviews.js';
import { runDemo } from './run-demo.js';
import { baseUrlOf, demoRegistrationsOnly } from './test-support/demo-test-setup.js';

describe('the demo\'s peer reviews and database of expertise, loaded through the API', () => {
  let api: TestApp;
  let baseUrl: string;
  // Registrations only: the peer reviews and the expertise name the academies, nothing else of them.
  const academies = demoRegistrationsOnly();

  beforeAll(async () => {
    api = await startTestApp();
    baseUrl = baseUrlOf(api);
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  it('loads two groups\' diaries from today and twenty staff, and a second run appends nothing', async () => {
    const token = await tokenFor({ sub: 'demo-loader', roles: ['trust-admin'] });
    const printed: string[] = [];
    const first = await runDemo({ baseUrl, academies, improvementCycle: true, token, print: (line) => printed.push(line) });
    // Run on a wall clock: a visit is recorded only when the first one falls today (a school day).
    const groups = buildDemoPeerReviews(academies, isoDateOf(new Date()));
    const held = groups.flatMap((group) => group.visits).filter((visit) => visit.held !== null).length;
    expect(printed.some((line) => line.startsWith('[peer reviews] 2 groups, 24 visits from'))).toBe(true);
    expect(printed).toContain('[expertise] 20 staff listed, 1 withdrawn: 21 events appended, 0 already loaded');
    const head = await api.head();

    const second = await runDemo({ baseUrl, academies, improvementCycle: true, token, print: () => undefined });
    expect(second.appended).toBe(0);
    expect(await api.head()).toBe(head);
    expect(first.appended).toBeGreaterThan(second.appended);

    const concerns = await api.admin.get('/safeguarding-concerns').query({ minPosition: head.toString() }).expect(200);
    expect(concerns.body).toHaveLength(held);
    const phonics = await api.admin.get('/expertise').query({ area: 'phonics', minPosition: head.toString() }).expect(200);
    const { entries, withdrawn } = buildDemoExpertise(academies);
    const listed = entries.filter((entry) => entry.areas.includes('phonics') && !withdrawn.some((gone) => gone.staffId === entry.staffId));
    expect((phonics.body as unknown[]).length).toBeGreaterThanOrEqual(listed.length);
  }, 60_000);
});
