/** Reads the finance forms make beside the pages' own: the rate card that prices a recharge, an academy's core days left, and waiting for the ledger to show a command. */
import { useQuery } from '@tanstack/react-query';
import { dataOf, type ApiClient } from './client';
import { useSession } from '../auth/SessionProvider';

/** The rates that would price a recharge of the year: its own rate card, or the default rates. */
export function useRateCard(academicYear: string | null) {
  const { api, may } = useSession();
  return useQuery({
    queryKey: ['rate-card', academicYear],
    enabled: academicYear !== null && may('rate-cards.read'),
    queryFn: async () => dataOf(await api.GET('/finance/rate-card', { params: { query: { academicYear: academicYear ?? '' } } })),
  });
}

/**
 * Waits (the API's own `minPosition`, up to 5 s) until the ledger's read model has applied a command, so the
 * reads the form's success refreshes show it. Only for those who may read the reconciliation; a wait that
 * runs out changes nothing but what the refreshed page shows first.
 */
export async function untilLedgerHas(api: ApiClient, may: (permission: string) => boolean, academicYear: string, position: string): Promise<void> {
  if (!may('reconciliation.read')) return;
  await api.GET('/finance/reconciliation', { params: { query: { academicYear, minPosition: position } } });
}

/** An academy's core days of a year (entitled, logged, taken by AIMs, left), counted as logging one counts them. */
export function useCoreDays(academyId: string, academicYear: string) {
  const { api, may } = useSession();
  return useQuery({
    queryKey: ['core-days', academyId, academicYear],
    enabled: academyId !== '' && may('core-days.read'),
    queryFn: async () => dataOf(await api.GET('/academies/{id}/core-days', { params: { path: { id: academyId }, query: { academicYear } } })),
  });
}
