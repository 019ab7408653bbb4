import { Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useMemo } from 'react';
import { useParams } from 'react-router';
import { useSession } from '../../auth/SessionProvider';
import { useYear } from '../../components/YearSelect';
import { useTimeTravel } from '../../time-travel/time-travel';
import { sendAcademyPageReads } from '../../api/academy-page-reads';

const AcademyPage = lazy(() => import('./AcademyPage'));

/**
 * The Academy page's route, in the console's first script: it sends every read the page makes (the same
 * queries as its sections) while the page's own script is still on its way, so the answers and the code
 * arrive together instead of one after the other.
 */
export function AcademyRoute() {
  const { urn = '' } = useParams();
  const { api, may } = useSession();
  const { travel } = useTimeTravel();
  const [year] = useYear();
  const queryClient = useQueryClient();
  useEffect(() => sendAcademyPageReads(queryClient, api, urn, travel, year, may), [queryClient, api, urn, travel, year, may]);
  // Its own boundary: this route is shown (its reads sent) while the page's script loads, not held back with it.
  // The page re-renders on its own queries: the same element each time, so this route's don't redo it.
  return useMemo(
    () => (
      <Suspense fallback={<Text role="status">Loading the academy…</Text>}>
        <AcademyPage />
      </Suspense>
    ),
    [],
  );
}
