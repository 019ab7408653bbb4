import type { Schemas } from '../../../api/queries';
import { useSession } from '../../../auth/SessionProvider';
import { useCommand } from '../../../forms/use-command';
import { planYearSegment } from './plan-words';

/** The improvement plan's commands, each sent with its Idempotency-Key (useCommand). */

export type CommandAnswer = Schemas['CommandAnswer'];
export type DraftPlanBody = Schemas['DraftImprovementPlanDto'];
export type AddPriorityBody = Schemas['AddPlanPriorityDto'];
export type AmendPriorityBody = Schemas['AmendPlanPriorityDto'];
export type AddActionBody = Schemas['AddPlanActionDto'];
export type AmendActionBody = Schemas['AmendPlanActionDto'];
export type RatePriorityBody = Schemas['RatePlanPriorityDto'];
export type ConfirmPlanBody = Schemas['ConfirmImprovementPlanDto'];
export type CommitSupportBody = Schemas['CommitPlanSupportDto'];
export type OwnerBody = Schemas['PlanOwnerDto'];
/** Closing's body, left out or naming the day the year was closed. */
export type ClosePlanYearBody = Schemas['CloseImprovementPlanYearDto'];

/** The plan a command is on: the academy's, for the academic year (`2025/26`). */
export interface PlanKey {
  academyId: string;
  academicYear: string;
}

const keyed = (key: string) => ({ 'Idempotency-Key': key });
const planPath = ({ academyId, academicYear }: PlanKey) => ({ id: academyId, academicYear: planYearSegment(academicYear) });

export function useDraftPlan(academyId: string) {
  const { api } = useSession();
  return useCommand<DraftPlanBody, CommandAnswer>((body, key) => api.POST('/academies/{id}/improvement-plans', { params: { path: { id: academyId }, header: keyed(key) }, body }));
}

export function useAddPriority(plan: PlanKey) {
  const { api } = useSession();
  return useCommand<AddPriorityBody, CommandAnswer>((body, key) =>
    api.POST('/academies/{id}/improvement-plans/{academicYear}/priorities', { params: { path: planPath(plan), header: keyed(key) }, body }),
  );
}

export function useAmendPriority(plan: PlanKey, priorityId: string) {
  const { api } = useSession();
  return useCommand<AmendPriorityBody, CommandAnswer>((body, key) =>
    api.POST('/academies/{id}/improvement-plans/{academicYear}/priorities/{priorityId}/amendments', { params: { path: { ...planPath(plan), priorityId }, header: keyed(key) }, body }),
  );
}

export function useAddAction(plan: PlanKey, priorityId: string) {
  const { api } = useSession();
  return useCommand<AddActionBody, CommandAnswer>((body, key) =>
    api.POST('/academies/{id}/improvement-plans/{academicYear}/priorities/{priorityId}/actions', { params: { path: { ...planPath(plan), priorityId }, header: keyed(key) }, body }),
  );
}

/** An action's amendment, the action named in the body sent (so each action's change has an Idempotency-Key of its own). */
export function useAmendAction(plan: PlanKey, priorityId: string) {
  const { api } = useSession();
  return useCommand<{ actionId: string; body: AmendActionBody }, CommandAnswer>(({ actionId, body }, key) =>
    api.POST('/academies/{id}/improvement-plans/{academicYear}/priorities/{priorityId}/actions/{actionId}/amendments', {
      params: { path: { ...planPath(plan), priorityId, actionId }, header: keyed(key) },
      body,
    }),
  );
}

export function useRatePriority(plan: PlanKey, priorityId: string) {
  const { api } = useSession();
  return useCommand<RatePriorityBody, CommandAnswer>((body, key) =>
    api.POST('/academies/{id}/improvement-plans/{academicYear}/priorities/{priorityId}/ratings', { params: { path: { ...planPath(plan), priorityId }, header: keyed(key) }, body }),
  );
}

export function useConfirmPlan(plan: PlanKey) {
  const { api } = useSession();
  return useCommand<ConfirmPlanBody, CommandAnswer>((body, key) =>
    api.POST('/academies/{id}/improvement-plans/{academicYear}/confirmation', { params: { path: planPath(plan), header: keyed(key) }, body }),
  );
}

/**
 * Closing sends the day it was closed when given, and no body otherwise. The plan's key with that day stands in
 * for the body, so a second click reuses the first's Idempotency-Key, and another day (or none) gets its own.
 */
export function useClosePlanYear(plan: PlanKey) {
  const { api } = useSession();
  return useCommand<PlanKey & ClosePlanYearBody, CommandAnswer>(({ closedOn }, key) =>
    api.POST('/academies/{id}/improvement-plans/{academicYear}/closure', {
      params: { path: planPath(plan), header: keyed(key) },
      ...(closedOn === undefined || closedOn === null ? {} : { body: { closedOn } }),
    }),
  );
}

export function useCommitSupport(plan: PlanKey) {
  const { api } = useSession();
  return useCommand<CommitSupportBody, CommandAnswer>((body, key) =>
    api.POST('/academies/{id}/improvement-plans/{academicYear}/support-commitments', { params: { path: planPath(plan), header: keyed(key) }, body }),
  );
}
