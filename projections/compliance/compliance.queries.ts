import type pg from 'pg';
import { academicYearEnd, CORE_DAYS_PER_YEAR, tierConsequences, type SupportTier, type TierConsequences } from '@trust/domain';
import { LIVE, validAt, type ReadAt } from '@trust/projection-runner';

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
  /** Core improvement director days: up to 6 a year, not recharged. */
  coreDays: { entitled: number; used: number };
  /** The support the tier brings (seed 000); null with no tier. */
  supportPackage: { lead: TierConsequences['lead']; trustSupport: readonly string[] } | null;
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
  core_days_used: string;
};

/**
 * What each academy held in `academicYear` (a valid `YYYY/YY`) against what its tier requires, as known
 * at `at.position` (the rows valid then). With `at.on`, only the academies that had joined by that day
 * (and by the end of the year); the year's counts are those known at `at.position`, not cut at `on`.
 */
export async function complianceOf(db: pg.Pool | pg.PoolClient, academicYear: string, at: ReadAt = LIVE): Promise<ComplianceAnswer> {
  const yearEnd = academicYearEnd(academicYear);
  const params: unknown[] = [academicYear, at.on !== null && at.on < yearEnd ? at.on : yearEnd];
  const academyValid = validAt('a', at.position, params);
  const yearValid = validAt('y', at.position, params);
  const { rows } = await db.query<Row>(
    `SELECT a.academy_id, a.name, y.tier, y.decision_id,
            coalesce(y.sip_visits_held, 0) AS sip_visits_held, coalesce(y.reviews_held, 0) AS reviews_held,
            coalesce(y.core_days_used, 0)::text AS core_days_used
       FROM compliance_academies a
       LEFT JOIN compliance_years y ON y.academy_id = a.academy_id AND y.academic_year = $1 AND ${yearValid}
      WHERE a.joined_on <= $2::date AND ${academyValid}
      ORDER BY a.academy_id COLLATE "C"`,
    params,
  );
  return { academicYear, academies: rows.map(entryOf) };
}

function entryOf(row: Row): ComplianceEntry {
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
    coreDays: { entitled: CORE_DAYS_PER_YEAR, used: Number(row.core_days_used) },
    supportPackage: consequences === null ? null : { lead: consequences.lead, trustSupport: consequences.trustSupport },
  };
}
