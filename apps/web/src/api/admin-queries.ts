import { useQuery } from '@tanstack/react-query';
import { useSession } from '../auth/SessionProvider';
import { dataOf } from './client';
import type { Schemas } from './queries';

/**
 * The administration page's reads. They are about the ledger's machinery, not the trust's history, so
 * time travel does not apply; each is refreshed live while the page is open.
 */
export const LIVE_REFRESH_MS = 2_000;
/** A job being watched (a rebuild's bar, an import's) is asked for more often. */
export const WATCHED_JOB_REFRESH_MS = 500;

export type ProjectionStatus = Schemas['ProjectionStatusDto'];
export type JobAnswer = Schemas['JobDto'];
export type ReportSummary = Schemas['ReportSummaryDto'];
export type RetentionSchedule = Schemas['RetentionScheduleDto'];

export function useProjections() {
  const { api } = useSession();
  return useQuery({
    queryKey: ['admin', 'projections'],
    queryFn: async () => dataOf(await api.GET('/admin/projections')),
    refetchInterval: LIVE_REFRESH_MS,
  });
}

export function useJobs() {
  const { api } = useSession();
  return useQuery({
    queryKey: ['admin', 'jobs'],
    queryFn: async () => dataOf(await api.GET('/admin/jobs', { params: { query: { limit: '20' } } })),
    refetchInterval: LIVE_REFRESH_MS,
  });
}

/** One job, asked for until it completes or fails. */
export function useJob(jobId: string | null) {
  const { api } = useSession();
  return useQuery({
    queryKey: ['admin', 'job', jobId],
    enabled: jobId !== null,
    queryFn: async () => dataOf(await api.GET('/admin/jobs/{jobId}', { params: { path: { jobId: jobId ?? '' } } })),
    refetchInterval: (query) => (query.state.data?.state === 'completed' || query.state.data?.state === 'failed' ? false : WATCHED_JOB_REFRESH_MS),
  });
}

export function useReports() {
  const { api } = useSession();
  return useQuery({
    queryKey: ['admin', 'reports'],
    queryFn: async () => dataOf(await api.GET('/admin/reports', { params: { query: { limit: '20' } } })),
    refetchInterval: LIVE_REFRESH_MS,
  });
}

/** The retention schedule: each category of personal data, its years, and the earliest academic year kept today. */
export function useRetentionSchedule() {
  const { api } = useSession();
  return useQuery({
    queryKey: ['admin', 'retention'],
    queryFn: async () => dataOf(await api.GET('/admin/retention')),
  });
}
