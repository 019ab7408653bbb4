import type pg from 'pg';
import type { PlanActor, RagRating, RatingSource, SupportKind } from '@trust/domain';
import { LIVE, validAt, type ReadAt } from '@trust/projection-runner';
import {
  planKey,
  planOn,
  type DeliveryKind,
  type ImprovementPlanView,
  type StoredAction,
  type StoredCommitment,
  type StoredDelivery,
  type StoredPlan,
  type StoredPlanRecords,
  type StoredPriority,
  type StoredRating,
} from './improvement-plans.js';

/** Rows of the read model's tables as read (positions as text, so numeric(39,0) positions stay exact; dates as YYYY-MM-DD). */
export interface PlanRow {
  plan: StoredPlan;
}
export interface PriorityRow {
  priority: StoredPriority;
}
export interface ActionRow {
  action: StoredAction;
}
export interface RatingRow {
  rating_id: string;
  academy_id: string;
  academic_year: string;
  priority_id: string;
  rating: RagRating;
  rated_on: string;
  source_kind: RatingSource['kind'];
  aim_id: string | null;
  visit_id: string | null;
  rated_by: PlanActor | null;
  comment: string | null;
  withdrawn: boolean;
  position: string;
}
export interface CommitmentRow {
  academy_id: string;
  academic_year: string;
  commitment_id: string;
  priority_id: string;
  kind: SupportKind;
  core_days: string;
  development_days: string;
  reviews: string;
  committed_by: PlanActor;
  committed_on: string;
  position: string;
}
export interface DeliveryRow {
  delivery_id: string;
  academy_id: string;
  academic_year: string;
  commitment_id: string;
  kind: DeliveryKind;
  amount: string;
  delivered_on: string;
  recharge_id: string | null;
  reversed: boolean;
  position: string;
}

/** Each table's SELECT, its FROM naming the table last so the caller gives it the alias `t`. */
export const SELECT = {
  plans: 'SELECT t.plan FROM improvement_plans',
  priorities: 'SELECT t.priority FROM improvement_plan_priorities',
  actions: 'SELECT t.action FROM improvement_plan_actions',
  ratings: `SELECT t.rating_id, t.academy_id, t.academic_year, t.priority_id, t.rating, to_char(t.rated_on, 'YYYY-MM-DD') AS rated_on, t.source_kind,
                   t.aim_id, t.visit_id, t.rated_by, t.comment, t.withdrawn, t.position::text AS position
              FROM improvement_plan_ratings`,
  commitments: `SELECT t.academy_id, t.academic_year, t.commitment_id, t.priority_id, t.kind, t.core_days::text AS core_days,
                       t.development_days::text AS development_days, t.reviews::text AS reviews, t.committed_by,
                       to_char(t.committed_on, 'YYYY-MM-DD') AS committed_on, t.position::text AS position
                  FROM improvement_plan_commitments`,
  deliveries: `SELECT t.delivery_id, t.academy_id, t.academic_year, t.commitment_id, t.kind, t.amount::text AS amount,
                      to_char(t.delivered_on, 'YYYY-MM-DD') AS delivered_on, t.recharge_id, t.reversed, t.position::text AS position
                 FROM improvement_plan_deliveries`,
} as const;

export const planOfRow = (row: PlanRow): StoredPlan => row.plan;
export const priorityOfRow = (row: PriorityRow): StoredPriority => row.priority;
export const actionOfRow = (row: ActionRow): StoredAction => row.action;

export function ratingOfRow(row: RatingRow): StoredRating {
  const source: RatingSource =
    row.source_kind === 'aim'
      ? { kind: 'aim', aimId: row.aim_id ?? '', visitId: null }
      : row.source_kind === 'peer-visit'
        ? { kind: 'peer-visit', aimId: null, visitId: row.visit_id ?? '' }
        : { kind: 'direct', aimId: null, visitId: null };
  return {
    ratingId: row.rating_id,
    academyId: row.academy_id,
    academicYear: row.academic_year,
    priorityId: row.priority_id,
    rating: row.rating,
    ratedOn: row.rated_on,
    ratedBy: row.rated_by,
    comment: row.comment,
    source,
    withdrawn: row.withdrawn,
    position: row.position,
  };
}

export function commitmentOfRow(row: CommitmentRow): StoredCommitment {
  return {
    academyId: row.academy_id,
    academicYear: row.academic_year,
    commitmentId: row.commitment_id,
    priorityId: row.priority_id,
    kind: row.kind,
    coreDays: Number(row.core_days),
    developmentDays: Number(row.development_days),
    reviews: Number(row.reviews),
    committedBy: row.committed_by,
    committedOn: row.committed_on,
    position: row.position,
  };
}

export function deliveryOfRow(row: DeliveryRow): StoredDelivery {
  return {
    deliveryId: row.delivery_id,
    academyId: row.academy_id,
    academicYear: row.academic_year,
    commitmentId: row.commitment_id,
    kind: row.kind,
    amount: Number(row.amount),
    deliveredOn: row.delivered_on,
    rechargeId: row.recharge_id,
    reversed: row.reversed,
    position: row.position,
  };
}

/** Which plans a read is about: one academy's of one year, or every academy's of one year. */
interface PlanSelection {
  academicYear: string;
  academyId?: string | undefined;
}

/**
 * Every record of the selected plans, as stored at `position` (the current versions when null), by plan.
 * A few short queries on indexes: a plan has tens of records, a year of a trust thousands.
 */
async function loadPlans(db: pg.Pool | pg.PoolClient, { academicYear, academyId }: PlanSelection, position: ReadAt['position']): Promise<StoredPlanRecords[]> {
  const params: unknown[] = [academicYear, academyId ?? null];
  const where = `t.academic_year = $1 AND ($2::text IS NULL OR t.academy_id = $2) AND ${validAt('t', position, params)}`;
  // One query at a time: the embedded database (PGlite) is one session, and a client runs one query at once anyway.
  const plans = await db.query<PlanRow>(`${SELECT.plans} t WHERE ${where} ORDER BY t.academy_id COLLATE "C"`, params);
  const priorities = await db.query<PriorityRow>(`${SELECT.priorities} t WHERE ${where}`, params);
  const actions = await db.query<ActionRow>(`${SELECT.actions} t WHERE ${where}`, params);
  const ratings = await db.query<RatingRow>(`${SELECT.ratings} t WHERE ${where}`, params);
  const commitments = await db.query<CommitmentRow>(`${SELECT.commitments} t WHERE ${where}`, params);
  const deliveries = await db.query<DeliveryRow>(`${SELECT.deliveries} t WHERE ${where}`, params);
  const byPlan = new Map<string, StoredPlanRecords>();
  for (const row of plans.rows) {
    const plan = planOfRow(row);
    byPlan.set(planKey(plan.academyId, plan.academicYear), { plan, priorities: [], actions: [], ratings: [], commitments: [], deliveries: [] });
  }
  const into = <T extends { academyId: string; academicYear: string }>(records: T[], add: (plan: StoredPlanRecords, record: T) => void): void => {
    for (const record of records) {
      const plan = byPlan.get(planKey(record.academyId, record.academicYear));
      if (plan !== undefined) add(plan, record);
    }
  };
  into(priorities.rows.map(priorityOfRow), (plan, priority) => plan.priorities.push(priority));
  into(actions.rows.map(actionOfRow), (plan, action) => plan.actions.push(action));
  into(ratings.rows.map(ratingOfRow), (plan, rating) => plan.ratings.push(rating));
  into(commitments.rows.map(commitmentOfRow), (plan, commitment) => plan.commitments.push(commitment));
  into(deliveries.rows.map(deliveryOfRow), (plan, delivery) => plan.deliveries.push(delivery));
  return [...byPlan.values()];
}

/**
 * One academy's plan for one academic year (`YYYY/YY`), as known at `at.position` and as it stood on `at.on`
 * (see ReadAt); null when it was not drafted by then.
 */
export async function findImprovementPlan(db: pg.Pool | pg.PoolClient, academyId: string, academicYear: string, at: ReadAt = LIVE): Promise<ImprovementPlanView | null> {
  const [records] = await loadPlans(db, { academicYear, academyId }, at.position);
  return records === undefined ? null : planOn(records, at.on);
}

/** Every academy's plan for one academic year (that academy's alone with `academyId`), by URN; at `at` (see ReadAt). */
export async function listImprovementPlans(db: pg.Pool | pg.PoolClient, academicYear: string, at: ReadAt = LIVE, academyId?: string): Promise<ImprovementPlanView[]> {
  return (await loadPlans(db, { academicYear, academyId }, at.position)).flatMap((records) => {
    const plan = planOn(records, at.on);
    return plan === null ? [] : [plan];
  });
}
