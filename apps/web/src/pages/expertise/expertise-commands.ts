import type { Schemas } from '../../api/queries';
import { useSession } from '../../auth/SessionProvider';
import { useCommand } from '../../forms/use-command';

/** The database of expertise's commands, each sent with its Idempotency-Key (useCommand). */

export type CommandAnswer = Schemas['CommandAnswer'];
export type RegisterExpertiseBody = Schemas['RegisterExpertiseDto'];
export type ExpertiseProfileBody = Schemas['ExpertiseProfileDto'];
export type WithdrawExpertiseBody = Schemas['WithdrawExpertiseDto'];

const keyed = (key: string) => ({ 'Idempotency-Key': key });

export function useRegisterExpertise() {
  const { api } = useSession();
  return useCommand<RegisterExpertiseBody, CommandAnswer>((body, key) => api.POST('/expertise', { params: { header: keyed(key) }, body }));
}

export function useUpdateExpertise(staffId: string) {
  const { api } = useSession();
  return useCommand<ExpertiseProfileBody, CommandAnswer>((body, key) => api.PUT('/expertise/{staffId}', { params: { path: { staffId }, header: keyed(key) }, body }));
}

export function useWithdrawExpertise(staffId: string) {
  const { api } = useSession();
  return useCommand<WithdrawExpertiseBody, CommandAnswer>((body, key) => api.POST('/expertise/{staffId}/withdrawal', { params: { path: { staffId }, header: keyed(key) }, body }));
}
