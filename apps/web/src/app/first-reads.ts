import type { QueryClient } from '@tanstack/react-query';
import { createApiClient } from '../api/client';
import { readKnownUser, readSession } from '../auth/session-store';
import type { Me } from '../auth/SessionProvider';
import { defaultYear } from '../components/YearSelect';
import { sendAcademyPageReads } from '../api/academy-page-reads';
import { timeTravelOf } from '../time-travel/time-travel';

const ACADEMY_PAGE = /^\/app\/academies\/([^/]+)\/?$/;

/**
 * When the console opens on an academy's page (a link, a bookmark, a refresh), its reads are sent before
 * React first renders, and the page's scripts (its charts' too) are fetched: the first render finds them on their way. Only
 * for a signed-in browser that knows its permissions from its last visit; otherwise the route sends them.
 * A refusal (say, an expired token) is cached like any answer, and the page asks again when it mounts.
 * Resolves once the page's scripts are loaded (nobody need wait for it: the console does not).
 */
export async function sendFirstReads(queryClient: QueryClient, address: Location): Promise<void> {
  const match = ACADEMY_PAGE.exec(address.pathname);
  const session = readSession();
  if (match === null || session === null) return;
  const me = readKnownUser<Me>(session.token);
  if (me === undefined) return;
  const api = createApiClient({ token: () => session.token, expired: () => undefined }, address.origin);
  const params = new URLSearchParams(address.search);
  const travel = timeTravelOf(params);
  const given = params.get('year');
  const year = given !== null && /^\d{4}\/\d{2}$/.test(given) ? given : defaultYear(travel);
  const may = (permission: string): boolean => me.permissions.includes(permission);
  sendAcademyPageReads(queryClient, api, decodeURIComponent(match[1]!), travel, year, may);
  await Promise.all([import('../pages/academy/AcademyPage'), import('../pages/academy/KpiTrendsSection')]);
}
