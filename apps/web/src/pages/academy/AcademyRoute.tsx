import { Text } from '@mantine/core';
import { lazy, Suspense, useMemo } from 'react';
import { useParams } from 'react-router';
import { useAcademyCard, useAims, useCompliance, useKpiSeries, useTierHistory, useTimeline } from '../../api/queries';
import { useSession } from '../../auth/SessionProvider';
import { useYear } from '../../components/YearSelect';

const AcademyPage = lazy(() => import('./AcademyPage'));

/**
 * The Academy page's route, in the console's first script: it asks the API for everything the page shows
 * (the same queries, with the same keys and time travel, as the page's sections) while the page's own
 * script is still on its way, so the answers and the code arrive together instead of one after the other.
 */
export function AcademyRoute() {
  const { urn = '' } = useParams();
  const { may } = useSession();
  const [year] = useYear();
  useAcademyCard(urn);
  useKpiSeries(urn);
  useTierHistory(urn);
  useAims(urn, may('aims.list'));
  useCompliance(year, may('compliance.read'), urn);
  useTimeline(urn, 0);
  // Its own boundary: this route is shown (its queries sent) while the page's script loads, not held back with it.
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
