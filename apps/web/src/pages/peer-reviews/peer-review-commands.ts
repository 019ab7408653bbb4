import type { Schemas } from '../../api/queries';
import { useSession } from '../../auth/SessionProvider';
import { useCommand } from '../../forms/use-command';

/** The peer reviews' commands, each sent with its Idempotency-Key (useCommand). */

export type CommandAnswer = Schemas['CommandAnswer'];
export type FormGroupBody = Schemas['FormPeerReviewGroupDto'];
export type ScheduleVisitBody = Schemas['ScheduleReviewVisitDto'];
export type VisitFocusBody = Schemas['SetVisitFocusDto'];
export type ObservationsBody = Schemas['RecordVisitObservationsDto'];
export type VisitHeldBody = Schemas['RecordVisitDto'];
export type VisitReportBody = Schemas['SubmitPeerReviewReportDto'];
export type PeerReviewGroup = Schemas['PeerReviewGroupDto'];
export type PeerReviewVisit = Schemas['PeerReviewVisitDto'];

const keyed = (key: string) => ({ 'Idempotency-Key': key });

export function useFormGroup() {
  const { api } = useSession();
  return useCommand<FormGroupBody, CommandAnswer>((body, key) => api.POST('/peer-reviews', { params: { header: keyed(key) }, body }));
}

export function useScheduleVisit(groupId: string) {
  const { api } = useSession();
  return useCommand<ScheduleVisitBody, CommandAnswer>((body, key) => api.POST('/peer-reviews/{groupId}/visits', { params: { path: { groupId }, header: keyed(key) }, body }));
}

export function useSetVisitFocus(groupId: string, visitId: string) {
  const { api } = useSession();
  return useCommand<VisitFocusBody, CommandAnswer>((body, key) => api.POST('/peer-reviews/{groupId}/visits/{visitId}/focus', { params: { path: { groupId, visitId }, header: keyed(key) }, body }));
}

export function useRecordObservations(groupId: string, visitId: string) {
  const { api } = useSession();
  return useCommand<ObservationsBody, CommandAnswer>((body, key) => api.POST('/peer-reviews/{groupId}/visits/{visitId}/observations', { params: { path: { groupId, visitId }, header: keyed(key) }, body }));
}

export function useRecordVisitHeld(groupId: string, visitId: string) {
  const { api } = useSession();
  return useCommand<VisitHeldBody, CommandAnswer>((body, key) => api.POST('/peer-reviews/{groupId}/visits/{visitId}/held', { params: { path: { groupId, visitId }, header: keyed(key) }, body }));
}

export function useSubmitVisitReport(groupId: string, visitId: string) {
  const { api } = useSession();
  return useCommand<VisitReportBody, CommandAnswer>((body, key) => api.POST('/peer-reviews/{groupId}/visits/{visitId}/report', { params: { path: { groupId, visitId }, header: keyed(key) }, body }));
}
