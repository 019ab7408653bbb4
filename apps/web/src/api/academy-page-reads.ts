import type { QueryClient } from '@tanstack/react-query';
import { academyCardQuery, aimsQuery, complianceQuery, improvementPlanQuery, kpiSeriesQuery, tierHistoryQuery, timelineQuery } from './queries';
import type { ApiClient } from './client';
import type { TimeTravel } from '../time-travel/time-travel';

/**
 * Sends every read the Academy page makes when it opens, with the keys its sections use (an answer already
 * cached and fresh is not asked again): its route calls this, and so does the console's first script when
 * it opens on an academy, so the answers are on their way while the page's code loads. A read the user's
 * role may not make is left out, as the page leaves it out.
 */
export function sendAcademyPageReads(queryClient: QueryClient, api: ApiClient, urn: string, travel: TimeTravel, year: string, may: (permission: string) => boolean): void {
  void queryClient.prefetchQuery(academyCardQuery(api, urn, travel));
  void queryClient.prefetchQuery(kpiSeriesQuery(api, urn, travel));
  if (may('tier-history.read')) void queryClient.prefetchQuery(tierHistoryQuery(api, urn, travel));
  if (may('aims.list')) void queryClient.prefetchQuery(aimsQuery(api, urn, travel));
  if (may('compliance.read')) void queryClient.prefetchQuery(complianceQuery(api, year, travel, urn));
  if (may('improvement-plans.read')) void queryClient.prefetchQuery(improvementPlanQuery(api, urn, year, travel));
  void queryClient.prefetchQuery(timelineQuery(api, urn, travel.asOf, 0));
}
