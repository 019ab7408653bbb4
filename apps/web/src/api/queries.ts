import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useSession } from '../auth/SessionProvider';
import { useTimeTravel, type TimeTravel } from '../time-travel/time-travel';
import { dataOf, type ApiClient } from './client';
import type { components } from './openapi';

export type Schemas = components['schemas'];

/**
 * Every read the console makes, each keyed by what it asks and by the time travel of the page, so a past
 * view is never answered from the cache of the present (or of another past), and each sent with exactly
 * those `asOf` and `on`.
 */
function travelQuery(travel: TimeTravel): { asOf?: string; on?: string } {
  return { ...(travel.asOf === undefined ? {} : { asOf: travel.asOf }), ...(travel.on === undefined ? {} : { on: travel.on }) };
}

export function useAcademies() {
  const { api } = useSession();
  const { travel } = useTimeTravel();
  return useQuery({
    queryKey: ['academies', travel],
    queryFn: async () => dataOf(await api.GET('/academies', { params: { query: travelQuery(travel) } })),
  });
}

/** The academy's card: a query of its own so the Academy page's route can send it before the page's code arrives. */
export function academyCardQuery(api: ApiClient, academyId: string, travel: TimeTravel) {
  return queryOptions({
    queryKey: ['card', academyId, travel],
    queryFn: async () => dataOf(await api.GET('/academies/{id}/card', { params: { path: { id: academyId }, query: travelQuery(travel) } })),
  });
}

export function useAcademyCard(academyId: string) {
  const { api } = useSession();
  const { travel } = useTimeTravel();
  return useQuery(academyCardQuery(api, academyId, travel));
}

export function kpiSeriesQuery(api: ApiClient, academyId: string, travel: TimeTravel) {
  return queryOptions({
    queryKey: ['kpi-series', academyId, travel],
    queryFn: async () => dataOf(await api.GET('/academies/{id}/kpi-series', { params: { path: { id: academyId }, query: travelQuery(travel) } })),
  });
}

export function useKpiSeries(academyId: string) {
  const { api } = useSession();
  const { travel } = useTimeTravel();
  return useQuery(kpiSeriesQuery(api, academyId, travel));
}

export function tierHistoryQuery(api: ApiClient, academyId: string, travel: TimeTravel) {
  return queryOptions({
    queryKey: ['tier-history', academyId, travel],
    queryFn: async () => dataOf(await api.GET('/academies/{id}/tier-history', { params: { path: { id: academyId }, query: travelQuery(travel) } })),
  });
}

export function useTierHistory(academyId: string, enabled = true) {
  const { api } = useSession();
  const { travel } = useTimeTravel();
  return useQuery({ ...tierHistoryQuery(api, academyId, travel), enabled });
}

/** What the tier criteria recommend for the year on the evidence recorded now (or in effect by `decidedOn`): always current, so no time travel. */
export function useTierRecommendation(academyId: string, academicYear: string | null, decidedOn: string | null) {
  const { api } = useSession();
  return useQuery({
    queryKey: ['tier-recommendation', academyId, academicYear, decidedOn],
    enabled: academicYear !== null,
    queryFn: async () =>
      dataOf(
        await api.GET('/academies/{id}/tier-recommendation', {
          params: { path: { id: academyId }, query: { academicYear: academicYear ?? '', ...(decidedOn === null ? {} : { decidedOn }) } },
        }),
      ),
  });
}

/** `minPosition` (the position a command was recorded at) makes the API wait until its read model has that write. */
function readingYourWrite(minPosition: string | undefined): { minPosition?: string } {
  return minPosition === undefined ? {} : { minPosition };
}

/**
 * While a read is asked again after a write (the same read with a later minPosition), the answer shown stays
 * (so the forms beside it stay put); never an answer of another record, or of another time travel.
 */
function keepWhileReadingYourWrite<T>(subject: string, travel: TimeTravel) {
  return (previous: T | undefined, previousQuery: { queryKey: readonly unknown[] } | undefined): T | undefined =>
    previousQuery !== undefined && previousQuery.queryKey[1] === subject && JSON.stringify(previousQuery.queryKey[2]) === JSON.stringify(travel) ? previous : undefined;
}

export function aimsQuery(api: ApiClient, academyId: string, travel: TimeTravel, minPosition?: string) {
  return queryOptions({
    queryKey: ['aims', academyId, travel, ...(minPosition === undefined ? [] : [minPosition])],
    queryFn: async () => dataOf(await api.GET('/academies/{id}/aims', { params: { path: { id: academyId }, query: { ...travelQuery(travel), ...readingYourWrite(minPosition) } } })),
  });
}

export function useAims(academyId: string, enabled = true, minPosition?: string) {
  const { api } = useSession();
  const { travel } = useTimeTravel();
  return useQuery({ ...aimsQuery(api, academyId, travel, minPosition), enabled, placeholderData: keepWhileReadingYourWrite(academyId, travel) });
}

/** One AIM with its documents, outcome and report. */
export function useAim(aimId: string, minPosition?: string) {
  const { api } = useSession();
  const { travel } = useTimeTravel();
  return useQuery({
    queryKey: ['aim', aimId, travel, ...(minPosition === undefined ? [] : [minPosition])],
    placeholderData: keepWhileReadingYourWrite(aimId, travel),
    queryFn: async () => dataOf(await api.GET('/aims/{aimId}', { params: { path: { aimId }, query: { ...travelQuery(travel), ...readingYourWrite(minPosition) } } })),
  });
}

/**
 * An academy's improvement plan for an academic year, or null when it has none (the API's 404: none drafted,
 * by `on`, or known at `asOf`): having no plan is a state of the academy, not a failure to read.
 */
export function improvementPlanQuery(api: ApiClient, academyId: string, academicYear: string, travel: TimeTravel, minPosition?: string) {
  return queryOptions({
    queryKey: ['improvement-plan', academyId, travel, academicYear, ...(minPosition === undefined ? [] : [minPosition])],
    queryFn: async () => {
      const answer = await api.GET('/academies/{id}/improvement-plans/{academicYear}', {
        // The plan's routes write its year as its stream does: 2025-26.
        params: { path: { id: academyId, academicYear: academicYear.replace('/', '-') }, query: { ...travelQuery(travel), ...readingYourWrite(minPosition) } },
      });
      if (answer.response.status === 404) return null;
      return dataOf(answer);
    },
  });
}

export function useImprovementPlan(academyId: string, academicYear: string, enabled = true, minPosition?: string) {
  const { api } = useSession();
  const { travel } = useTimeTravel();
  return useQuery({
    ...improvementPlanQuery(api, academyId, academicYear, travel, minPosition),
    enabled,
    // While the plan is read again after a write, the one shown stays; never another academy's, year's or time travel's.
    placeholderData: (previous, previousQuery) =>
      previousQuery !== undefined && previousQuery.queryKey[1] === academyId && JSON.stringify(previousQuery.queryKey[2]) === JSON.stringify(travel) && previousQuery.queryKey[3] === academicYear
        ? previous
        : undefined,
  });
}

export const TIMELINE_PAGE = 20;

/** One page of the academy's replay (as recorded only: the timeline has no `on`) and the number of events in all. */
export function timelineQuery(api: ApiClient, academyId: string, asOf: string | undefined, offset: number) {
  return queryOptions({
    queryKey: ['timeline', academyId, { asOf }, offset],
    placeholderData: keepPreviousData,
    queryFn: async () => {
      const answer = await api.GET('/academies/{id}/timeline', {
        params: { path: { id: academyId }, query: { ...(asOf === undefined ? {} : { asOf }), limit: String(TIMELINE_PAGE), offset: String(offset) } },
      });
      return { entries: dataOf(answer), total: Number(answer.response.headers.get('X-Total-Count') ?? '0') };
    },
  });
}

export function useTimeline(academyId: string, offset: number) {
  const { api } = useSession();
  const { travel } = useTimeTravel();
  return useQuery(timelineQuery(api, academyId, travel.asOf, offset));
}

export function useTierDecisions(academicYear: string, enabled = true) {
  const { api } = useSession();
  const { travel } = useTimeTravel();
  return useQuery({
    queryKey: ['tier-decisions', academicYear, travel],
    enabled,
    queryFn: async () => dataOf(await api.GET('/tier-decisions', { params: { query: { academicYear, ...travelQuery(travel) } } })),
  });
}

/** The year's compliance of every academy, or of one (`academyId`: its page reads its own line only). */
export function complianceQuery(api: ApiClient, academicYear: string, travel: TimeTravel, academyId?: string) {
  return queryOptions({
    queryKey: ['compliance', academicYear, academyId ?? null, travel],
    queryFn: async () =>
      dataOf(await api.GET('/compliance', { params: { query: { academicYear, ...(academyId === undefined ? {} : { academyId }), ...travelQuery(travel) } } })),
  });
}

export function useCompliance(academicYear: string, enabled = true, academyId?: string) {
  const { api } = useSession();
  const { travel } = useTimeTravel();
  return useQuery({ ...complianceQuery(api, academicYear, travel, academyId), enabled });
}

export function useReconciliation(academicYear: string) {
  const { api } = useSession();
  const { travel } = useTimeTravel();
  return useQuery({
    queryKey: ['reconciliation', academicYear, travel],
    queryFn: async () => dataOf(await api.GET('/finance/reconciliation', { params: { query: { academicYear, ...travelQuery(travel) } } })),
  });
}

export interface LedgerFilter {
  academyId?: string;
  from?: string;
  to?: string;
}

export const LEDGER_PAGE = 25;

export function useLedger(academicYear: string, filter: LedgerFilter, offset: number) {
  const { api } = useSession();
  const { travel } = useTimeTravel();
  return useQuery({
    queryKey: ['ledger', academicYear, filter, offset, travel],
    placeholderData: keepPreviousData,
    queryFn: async () => {
      const answer = await api.GET('/finance/ledger', {
        params: { query: { academicYear, ...filter, ...travelQuery(travel), limit: String(LEDGER_PAGE), offset: String(offset) } },
      });
      const lines = dataOf(answer);
      // JSON is asked for (the CSV is the download): a string here would be the API ignoring Accept.
      if (typeof lines === 'string') throw new Error('the ledger answered CSV where JSON was asked for');
      return { lines, total: Number(answer.response.headers.get('X-Total-Count') ?? '0') };
    },
  });
}

/** The same query as the ledger table, as the API's CSV download (every line, unpaged). */
export function ledgerCsvUrl(academicYear: string, filter: LedgerFilter, travel: TimeTravel): string {
  const params = new URLSearchParams({ academicYear });
  for (const [key, value] of Object.entries({ ...filter, ...travelQuery(travel) })) if (value !== undefined && value !== '') params.set(key, value);
  return `/finance/ledger?${params.toString()}`;
}

/** A search of the database of expertise: an area (known or any text), and the academy to be supported (its own staff left out, its hub's first). */
export interface ExpertiseSearch {
  area: string;
  excludeAcademyId?: string;
  hub?: string;
}

/** The search's matches (the directory knows no past: no time travel); `minPosition` reads a write just made. */
export function useExpertiseSearch(search: ExpertiseSearch | null, minPosition?: string) {
  const { api } = useSession();
  return useQuery({
    queryKey: ['expertise', search, ...(minPosition === undefined ? [] : [minPosition])],
    enabled: search !== null,
    placeholderData: (previous, previousQuery) => (previousQuery !== undefined && JSON.stringify(previousQuery.queryKey[1]) === JSON.stringify(search) ? previous : undefined),
    queryFn: async () => dataOf(await api.GET('/expertise', { params: { query: { area: search?.area ?? '', ...search, ...readingYourWrite(minPosition) } } })),
  });
}

/** The peer review groups the user may see, with their diaries (the read model knows no past: no time travel). */
export function usePeerReviewGroups(minPosition?: string) {
  const { api } = useSession();
  return useQuery({
    queryKey: ['peer-review-groups', ...(minPosition === undefined ? [] : [minPosition])],
    placeholderData: keepPreviousData,
    queryFn: async () => dataOf(await api.GET('/peer-reviews', { params: { query: readingYourWrite(minPosition) } })),
  });
}

/** One visit with its confidential contents: to those who may not read it, the API answers 404. */
export function usePeerReviewVisit(groupId: string, visitId: string, minPosition?: string) {
  const { api } = useSession();
  return useQuery({
    queryKey: ['peer-review-visit', visitId, groupId, ...(minPosition === undefined ? [] : [minPosition])],
    placeholderData: (previous, previousQuery) => (previousQuery !== undefined && previousQuery.queryKey[1] === visitId ? previous : undefined),
    queryFn: async () => dataOf(await api.GET('/peer-reviews/{groupId}/visits/{visitId}', { params: { path: { groupId, visitId }, query: readingYourWrite(minPosition) } })),
  });
}
