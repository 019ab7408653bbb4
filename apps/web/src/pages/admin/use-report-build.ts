import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { WATCHED_JOB_REFRESH_MS } from '../../api/admin-queries';
import { dataOf } from '../../api/client';
import { useSession } from '../../auth/SessionProvider';
import { useCommand } from '../../forms/use-command';
import type { ReportRequest } from './report-request';

/** A report as built: where, and its hash. */
export interface BuiltReport {
  id: string;
  position: string;
  contentHash: string;
}

/**
 * Asks for a report to be built (POST /admin/reports) and follows it until it is (GET
 * /admin/reports/:reportId answers 202 while it is being built, 409 when it failed).
 */
export function useReportBuild() {
  const { api } = useSession();
  const [reportId, setReportId] = useState<string | null>(null);
  const create = useCommand((request: ReportRequest) => api.POST('/admin/reports', { body: request }));
  const built = useQuery({
    queryKey: ['admin', 'report', reportId],
    enabled: reportId !== null,
    queryFn: async (): Promise<BuiltReport | { pending: true }> => {
      const answer = dataOf(await api.GET('/admin/reports/{reportId}', { params: { path: { reportId: reportId ?? '' } } }));
      return typeof answer === 'object' && 'contentHash' in answer ? { id: answer.id, position: answer.position, contentHash: answer.contentHash } : { pending: true };
    },
    refetchInterval: (query) => (query.state.data !== undefined && !('pending' in query.state.data) ? false : query.state.error !== null ? false : WATCHED_JOB_REFRESH_MS),
    retry: false,
  });
  const report = built.data !== undefined && !('pending' in built.data) ? built.data : null;
  return {
    build: async (request: ReportRequest): Promise<void> => {
      const answer = await create.send(request);
      if (answer !== null) setReportId(answer.reportId);
    },
    command: create,
    /** Asked for and not built yet. */
    building: reportId !== null && report === null && built.error === null,
    report,
    failure: built.error,
  };
}
