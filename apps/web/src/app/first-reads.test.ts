import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeKnownUser, writeSession } from '../auth/session-store';
import { sendFirstReads } from './first-reads';

function address(path: string): Location {
  const url = new URL(path, 'http://127.0.0.1:3000');
  return { pathname: url.pathname, search: url.search, origin: url.origin } as Location;
}

describe('the console opening on an academy sends the page\'s reads before its first render', () => {
  let requests: string[];

  beforeEach(() => {
    requests = [];
    window.localStorage.clear();
    vi.stubGlobal('fetch', async (input: Request) => {
      const url = new URL(input.url);
      requests.push(`${url.pathname}${url.search} ${input.headers.get('Authorization') ?? ''}`);
      return new Response('{}', { status: 200, headers: { 'Content-Type': 'application/json' } });
    });
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  function signedInAs(permissions: string[]): void {
    writeSession({ token: 'the-token', kind: 'development' });
    writeKnownUser('the-token', { sub: 'u', name: 'U', roles: ['trust-admin'], academies: [], permissions });
  }

  it('asks for the card, trends, tier history, meetings, compliance and the improvement plan of the year in the address, and the timeline, as travelled', async () => {
    signedInAs(['tier-history.read', 'aims.list', 'compliance.read', 'improvement-plans.read']);
    await sendFirstReads(new QueryClient(), address('/app/academies/100001?year=2024/25&asOf=2025-01-20T12:00:00Z'));
    await vi.waitFor(() => expect(requests).toHaveLength(7));
    expect(requests.sort()).toEqual(
      [
        '/academies/100001/card?asOf=2025-01-20T12%3A00%3A00Z',
        '/academies/100001/kpi-series?asOf=2025-01-20T12%3A00%3A00Z',
        '/academies/100001/tier-history?asOf=2025-01-20T12%3A00%3A00Z',
        '/academies/100001/aims?asOf=2025-01-20T12%3A00%3A00Z',
        '/compliance?academicYear=2024%2F25&academyId=100001&asOf=2025-01-20T12%3A00%3A00Z',
        '/academies/100001/improvement-plans/2024-25?asOf=2025-01-20T12%3A00%3A00Z',
        '/academies/100001/timeline?asOf=2025-01-20T12%3A00%3A00Z&limit=20&offset=0',
      ]
        .map((path) => `${path} Bearer the-token`)
        .sort(),
    );
  });

  it('leaves out what the role may not read, as the page does', async () => {
    signedInAs([]);
    await sendFirstReads(new QueryClient(), address('/app/academies/100001'));
    await vi.waitFor(() => expect(requests).toHaveLength(3));
    expect(requests.map((request) => request.split('?')[0]!.split(' ')[0]).sort()).toEqual(['/academies/100001/card', '/academies/100001/kpi-series', '/academies/100001/timeline']);
  });

  it('sends nothing on another page, signed out, or before the browser knows who it is', async () => {
    /** How many reads the page queued: a read is queued before it is sent, so none queued is none sent, now or later. */
    const queued = async (path: string): Promise<number> => {
      const queryClient = new QueryClient();
      await sendFirstReads(queryClient, address(path));
      return queryClient.getQueryCache().getAll().length;
    };
    signedInAs(['aims.list']);
    expect(await queued('/app/finance')).toBe(0);
    window.localStorage.clear();
    expect(await queued('/app/academies/100001')).toBe(0);
    writeSession({ token: 'the-token', kind: 'development' });
    expect(await queued('/app/academies/100001')).toBe(0);
    expect(requests).toEqual([]);

    signedInAs([]);
    expect(await queued('/app/academies/100001')).toBe(3);
    await vi.waitFor(() => expect(requests).toHaveLength(3));
  });
});
