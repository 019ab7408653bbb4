import { useImprovementPlan } from '../../../api/queries';
import { useSession } from '../../../auth/SessionProvider';

/** A priority of a plan, as a meeting's or a visit's form offers it. */
export interface PlanChoice {
  priorityId: string;
  title: string;
}

/**
 * What an AIM's or a peer review visit's form offers as its priorities: while the academy's plan for the year
 * is read, nothing yet (`loading`); with a plan, its priorities to choose from (the API then refuses free text);
 * with none (or none the user may read), null: free text, as before plans.
 */
export function usePlanPriorityChoices(academyId: string, academicYear: string): { loading: boolean; priorities: PlanChoice[] | null } {
  const { me, may } = useSession();
  const readable = may('improvement-plans.read');
  const plan = useImprovementPlan(academyId, academicYear, readable);
  // Who the user is comes first: until then, whether they may read the plan is not known.
  if (me === undefined) return { loading: true, priorities: null };
  if (!readable || plan.error !== null) return { loading: false, priorities: null };
  if (plan.data === undefined) return { loading: true, priorities: null };
  return { loading: false, priorities: plan.data === null ? null : plan.data.priorities.map(({ priorityId, title }) => ({ priorityId, title })) };
}
