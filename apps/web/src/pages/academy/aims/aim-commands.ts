import type { Schemas } from '../../../api/queries';
import { useSession } from '../../../auth/SessionProvider';
import { useCommand } from '../../../forms/use-command';

/** The AIM's commands, each sent with its Idempotency-Key (useCommand). */

export type CommandAnswer = Schemas['CommandAnswer'];
export type ScheduleAimBody = Schemas['ScheduleAimDto'];
export type AgreeAimFocusBody = Schemas['AgreeAimFocusDto'];
export type SubmitAimDocumentBody = Schemas['SubmitAimDocumentDto'];
export type HoldAimBody = Schemas['HoldAimDto'];
export type PublishAimReportBody = Schemas['PublishAimReportDto'];

const keyed = (key: string) => ({ 'Idempotency-Key': key });

export function useScheduleAim(academyId: string) {
  const { api } = useSession();
  return useCommand<ScheduleAimBody, CommandAnswer>((body, key) => api.POST('/academies/{id}/aims', { params: { path: { id: academyId }, header: keyed(key) }, body }));
}

export function useAgreeAimFocus(aimId: string) {
  const { api } = useSession();
  return useCommand<AgreeAimFocusBody, CommandAnswer>((body, key) => api.POST('/aims/{aimId}/focus', { params: { path: { aimId }, header: keyed(key) }, body }));
}

export function useSubmitAimDocument(aimId: string) {
  const { api } = useSession();
  return useCommand<SubmitAimDocumentBody, CommandAnswer>((body, key) => api.POST('/aims/{aimId}/documents', { params: { path: { aimId }, header: keyed(key) }, body }));
}

export function useHoldAim(aimId: string) {
  const { api } = useSession();
  return useCommand<HoldAimBody, CommandAnswer>((body, key) => api.POST('/aims/{aimId}/held', { params: { path: { aimId }, header: keyed(key) }, body }));
}

export function usePublishAimReport(aimId: string) {
  const { api } = useSession();
  return useCommand<PublishAimReportBody, CommandAnswer>((body, key) => api.POST('/aims/{aimId}/report', { params: { path: { aimId }, header: keyed(key) }, body }));
}
