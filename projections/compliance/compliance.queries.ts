import type pg from 'pg';
import { academicYearEnd, academicYearStart, AIMS_PER_YEAR, CORE_DAYS_PER_YEAR, tierConsequences, type ImprovementPlanStatus, type KpiName, type SupportKind, type SupportTier, type TierConsequences } from '@trust/domain';
import { effectiveBy, LIVE, validAt, type ReadAt } from '@trust/projection-runner';
import type { ImprovementPlanView, SupportAmounts } from '../improvement-plans/improvement-plans.js';
import { listImprovementPlans } from '../improvement-plans/improvement-plans.queries.js';

/**
 * Tier 2's "bespoke improvement strategy" (seed 000: "Time limited period to implement bespoke improvement
 * strategy. KPIs identified through academy development plan and monitored through academy card"): the
 * academy's improvement plan for the year, its priorities and the KPIs each targets.
 */
export interface ImprovementStrategy {
  /** Where the plan stands; `none` when the academy has no plan for the year (with `on`, none drafted by then). */
  plan: ImprovementPlanStatus | 'none';
  priorities: { priorityId: string; title: string; kpis: KpiName[] }[];
}

/** One support commitment of the plan, planned against delivered. */
export interface CommittedSupportEntry {
  commitmentId: string;
  priorityId: string;
  kind: SupportKind;
  planned: SupportAmounts;
  delivered: SupportAmounts;
  undelivered: SupportAmounts;
  deliveredInFull: boolean;
}

/** The support committed in the academy's plan for the year, and what of it was not delivered. */
export interface CommittedSupport {
  planned: SupportAmounts;
  delivered: SupportAmounts;
  /** Committed and not (yet) delivered, commitment by commitment (a commitment delivered beyond its plan does not make up for another). */
  undelivered: SupportAmounts;
  commitments: CommittedSupportEntry[];
}

/** One academy's year against what its tier requires (GET /compliance). */
export interface ComplianceEntry {
  academyId: string;
  name: string;
  /** The tier in force for the year (its latest decision); null while none is decided. */
  tier: SupportTier | null;
  decisionId: string | null;
  /** School Improvement Partner visits: at least 1 a year for Tier 1, 3 for Tiers 2 and 3; null with no tier. */
  sipVisits: { required: number | null; held: number };
  /** Trust-commissioned reviews: 1 a year for Tiers 1 and 2, 3 (termly) for Tier 3; null with no tier. */
  reviews: { required: number | null; cadence: TierConsequences['commissionedReviews']['cadence'] | null; held: number };
  /** Academy Improvement Meetings: 3 expected a year; held, those held in the year. */
  aims: { expected: number; held: number };
  /** Core improvement director days: up to 6 a year, not recharged; used, the days logged plus the days of the AIMs held. */
  coreDays: { entitled: number; used: number };
  /** The support the tier brings (seed 000); null with no tier. */
  supportPackage: { lead: TierConsequences['lead']; trustSupport: readonly string[] } | null;
  /** Tier 2's bespoke improvement strategy: the plan's priorities for the year (or no plan); null for another tier or none. */
  improvementStrategy: ImprovementStrategy | null;
  /** The support committed in the academy's improvement plan for the year, planned against delivered (with `on`, dated by then). */
  committedSupport: CommittedSupport;
}

export interface ComplianceAnswer {
  academicYear: string;
  /** Every academy that had joined the trust by the end of the year, by URN. */
  academies: ComplianceEntry[];
}

type Row = {
  academy_id: string;
  name: string;
  tier: SupportTier | null;
  decision_id: string | null;
  sip_visits_held: number;
  reviews_held: number;
  aims_held: number;
  core_days_used: string;
};

/**
 * What each academy held in `academicYear` (a valid `YYYY/YY`) against what its tier requires, as known
 * at `at.position` (the rows valid then). With `at.on`, as it stood on that day: the academies that had
 * joined by then (and by the end of the year), the visits, reviews, AIMs and core days dated on or
 * before it (counted in SQL from the dated facts), and the tier only once the year has begun (a
 * decision takes effect on 1 September of its year). With `academyId`, that academy's entry alone. Each
 * entry carries, from the improvement-plans read model at the same `at`, the support committed in the academy's
 * plan for the year against what delivered it, and for Tier 2 its bespoke improvement strategy (the plan's priorities).
 */
export async function complianceOf(db: pg.Pool | pg.PoolClient, academicYear: string, at: ReadAt = LIVE, academyId?: string): Promise<ComplianceAnswer> {
  const yearEnd = academicYearEnd(academicYear);
  const tierInForce = at.on === null || at.on >= academicYearStart(academicYear);
  const params: unknown[] = [academicYear, at.on !== null && at.on < yearEnd ? at.on : yearEnd, tierInForce];
  const academyValid = validAt('a', at.position, params);
  const yearValid = validAt('y', at.position, params);
  const factValid = `${validAt('f', at.position, params)} AND ${effectiveBy('f', at.on, params)}`;
  // One academy only (its page), so a large trust is not read whole for one line.
  let oneAcademy = { facts: '', academies: '' };
  if (academyId !== undefined) {
    params.push(academyId);
    oneAcademy = { facts: ` AND f.academy_id = $${params.length}`, academies: ` AND a.academy_id = $${params.length}` };
  }
  const { rows } = await db.query<Row>(
    `WITH counts AS (
       SELECT f.academy_id,
              count(*) FILTER (WHERE f.kind = 'sip-visit')::int AS sip_visits_held,
              count(*) FILTER (WHERE f.kind = 'commissioned-review')::int AS reviews_held,
              count(*) FILTER (WHERE f.kind = 'aim-held')::int AS aims_held,
              sum(f.core_days) FILTER (WHERE f.kind IN ('core-day', 'aim-held')) AS core_days_used
         FROM compliance_facts f
        WHERE f.academic_year = $1 AND ${factValid}${oneAcademy.facts}
        GROUP BY f.academy_id
     )
     SELECT a.academy_id, a.name,
            CASE WHEN $3::boolean THEN y.tier END AS tier, CASE WHEN $3::boolean THEN y.decision_id END AS decision_id,
            coalesce(c.sip_visits_held, 0) AS sip_visits_held, coalesce(c.reviews_held, 0) AS reviews_held,
            coalesce(c.aims_held, 0) AS aims_held, coalesce(c.core_days_used, 0)::text AS core_days_used
       FROM compliance_academies a
       LEFT JOIN compliance_years y ON y.academy_id = a.academy_id AND y.academic_year = $1 AND ${yearValid}
       LEFT JOIN counts c ON c.academy_id = a.academy_id
      WHERE a.joined_on <= $2::date AND ${academyValid}${oneAcademy.academies}
      ORDER BY a.academy_id COLLATE "C"`,
    params,
  );
  const plans = new Map((await listImprovementPlans(db, academicYear, at, academyId)).map((plan) => [plan.academyId, plan]));
  return { academicYear, academies: rows.map((row) => entryOf(row, plans.get(row.academy_id) ?? null)) };
}

const NO_SUPPORT: SupportAmounts = { coreDays: 0, developmentDays: 0, reviews: 0 };

const sumAmounts = (amounts: readonly SupportAmounts[]): SupportAmounts =>
  amounts.reduce((sum, each) => ({ coreDays: sum.coreDays + each.coreDays, developmentDays: sum.developmentDays + each.developmentDays, reviews: sum.reviews + each.reviews }), NO_SUPPORT);

function committedSupportOf(plan: ImprovementPlanView | null): CommittedSupport {
  const commitments = (plan?.commitments ?? []).map(({ commitmentId, priorityId, kind, planned, delivered, undelivered, deliveredInFull }) => ({
    commitmentId,
    priorityId,
    kind,
    planned,
    delivered,
    undelivered,
    deliveredInFull,
  }));
  return {
    planned: sumAmounts(commitments.map((commitment) => commitment.planned)),
    delivered: sumAmounts(commitments.map((commitment) => commitment.delivered)),
    undelivered: sumAmounts(commitments.map((commitment) => commitment.undelivered)),
    commitments,
  };
}

function strategyOf(tier: SupportTier | null, plan: ImprovementPlanView | null): ImprovementStrategy | null {
  if (tier !== 2) return null;
  if (plan === null) return { plan: 'none', priorities: [] };
  return { plan: plan.status, priorities: plan.priorities.map(({ priorityId, title, targets }) => ({ priorityId, title, kpis: targets.map((target) => target.kpi) })) };
}

function entryOf(row: Row, plan: ImprovementPlanView | null): ComplianceEntry {
  const consequences = row.tier === null ? null : tierConsequences(row.tier);
  return {
    academyId: row.academy_id,
    name: row.name,
    tier: row.tier,
    decisionId: row.decision_id,
    sipVisits: { required: consequences?.minimumSipVisits ?? null, held: row.sip_visits_held },
    reviews: {
      required: consequences?.commissionedReviews.required ?? null,
      cadence: consequences?.commissionedReviews.cadence ?? null,
      held: row.reviews_held,
    },
    aims: { expected: AIMS_PER_YEAR, held: row.aims_held },
    coreDays: { entitled: CORE_DAYS_PER_YEAR, used: Number(row.core_days_used) },
    supportPackage: consequences === null ? null : { lead: consequences.lead, trustSupport: consequences.trustSupport },
    improvementStrategy: strategyOf(row.tier, plan),
    committedSupport: committedSupportOf(plan),
  };
}
