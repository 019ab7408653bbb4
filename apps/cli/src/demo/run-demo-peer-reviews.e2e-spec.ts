import { startTestApp, type TestApp } from '../../../api/test/test-support/test-app.js';
import { tokenFor } from '../../../api/test/test-support/tokens.js';
import { buildDemoExpertise, loadDemoExpertise } from './demo-expertise.js';
import type { DemoCounts } from './demo-post.js';
import { loadDemoPeerReviews } from './load-demo-peer-reviews.js';
import { runDemo } from './run-demo.js';
import { baseUrlOf, demoRegistrationsOnly } from './test-support/demo-test-setup.js';

describe('the demo\'s peer reviews and database of expertise, loaded through the API', () => {
  let api: TestApp;
  let baseUrl: string;
  // Registrations only: the peer reviews and the expertise name the academies, nothing else of them.
  const academies = demoRegistrationsOnly();

  // Tuesday 10 March 2026: the peer reviews of 2024/25 are the past, this year's diary runs to July.
  const today = '2026-03-10';

  beforeAll(async () => {
    api = await startTestApp({ clock: () => new Date(`${today}T10:00:00.000Z`) });
    baseUrl = baseUrlOf(api);
  }, 60_000);

  afterAll(async () => {
    await api.close();
  });

  // The demo's peer reviews and expertise, as runDemo loads them after the academies (its AIMs are another test's).
  async function loadPeerReviewsAndExpertise(token: string, print: (line: string) => void): Promise<DemoCounts> {
    const total: DemoCounts = { requests: 0, appended: 0, replayed: 0 };
    const api = { baseUrl, token, print };
    await loadDemoPeerReviews(api, academies, total, today);
    await loadDemoExpertise(api, academies, total);
    return total;
  }

  it("loads two groups' past year and their diaries ahead, and twenty staff, and a second run appends nothing", async () => {
    const token = await tokenFor({ sub: 'demo-loader', roles: ['trust-admin'] });
    const printed: string[] = [];
    await runDemo({ baseUrl, academies, token, print: () => undefined });
    const first = await loadPeerReviewsAndExpertise(token, (line) => printed.push(line));
    expect(printed).toContainEqual(
      expect.stringMatching(/^\[peer reviews\] 2 groups of 2024\/25 \(24 visits recorded after the fact\), 2 groups of 2025\/26 \(24 visits planned from 2026-03-10\): \d+ events appended, 0 already loaded$/),
    );
    expect(printed).toContain('[expertise] 20 staff listed, 1 withdrawn: 21 events appended, 0 already loaded');
    const head = await api.head();

    const second = await loadPeerReviewsAndExpertise(token, (line) => printed.push(line));
    expect(printed).toContain("[peer reviews] already loaded: the groups' diaries hold their visits, nothing appended");
    expect(second.appended).toBe(0);
    expect(await api.head()).toBe(head);
    expect(first.appended).toBeGreaterThan(second.appended);

    const concerns = await api.admin.get('/safeguarding-concerns').query({ minPosition: head.toString() }).expect(200);
    expect(concerns.body).toHaveLength(1);
    const phonics = await api.admin.get('/expertise').query({ area: 'phonics', minPosition: head.toString() }).expect(200);
    const { entries, withdrawn } = buildDemoExpertise(academies);
    const listed = entries.filter((entry) => entry.areas.includes('phonics') && !withdrawn.some((gone) => gone.staffId === entry.staffId));
    expect((phonics.body as unknown[]).length).toBeGreaterThanOrEqual(listed.length);
  }, 300_000);
});
