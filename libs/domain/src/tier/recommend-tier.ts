import { academicYearEnd, academicYearStart, parseAcademicYear, type AcademicYear } from '../values/academic-year.js';
import { yearBefore } from './academic-year-steps.js';
import type { EvidenceSnapshot } from './evidence-snapshot.js';
import { readInspectionForTier } from './inspection-reading.js';
import type { SupportTier } from './support-tier.js';
import type { TierEvidence } from './tier-evidence.js';

/** GET /academies/:id/tier-recommendation, and what a tier decision stores. */
export type TierRecommendation = {
  academicYear: AcademicYear;
  /** Null when evidence is missing and no Tier 3 descriptor is present. */
  recommendedTier: SupportTier | null;
  /** Sentences citing the evidence behind the recommendation. */
  reasons: string[];
  /** The evidence not yet recorded that the policy needs. */
  missing: string[];
  evidence: EvidenceSnapshot;
};

/**
 * The tier criteria of seed 000 (docs/DOMAIN.md, "Support tiers") applied to the evidence known so far, for
 * the academic year Y being decided.
 *
 * The evidence read:
 * - outcomes: the latest year is Y−1, the last whose outcomes can be known when Y starts; "negative
 *   outcomes for two or more consecutive years" means Y−1 and Y−2 both negative (an older run of
 *   negative years broken by a positive Y−1 is not the current trend);
 * - the latest inspection dated by the end of Y (latest by date; of two on one date, the later recorded);
 * - the latest annual review of a year up to Y (by academic year, then recording order);
 * - the latest risk assessment dated by the end of Y (by date, then recording order).
 * Evidence dated after Y cannot inform Y's tier, so a decision for a past year reads what applied then.
 *
 * Given the day a decision was made (`decidedOn`), only evidence in effect by that day counts, by the dates
 * the `on` axis reads (effectiveDateOf): an inspection or a risk assessment dated on or before it, an
 * outcome or an annual review of a year begun by then. A decision recorded later than it was made cites
 * no evidence that did not yet exist; without `decidedOn`, everything recorded so far counts, as for a
 * decision made today (nothing recorded is dated after today).
 *
 * Seed 000, "Tier 3 Criteria (Any One Descriptor)": any one Tier 3 descriptor present recommends Tier 3
 * even while other evidence is missing (`missing` still lists it). Tiers 1 and 2 need complete evidence,
 * since a missing item could hold a Tier 3 descriptor: an outcome for Y−1, an inspection, an annual
 * review, a risk assessment, and the outcome for Y−2 when Y−1's is negative (it decides Tier 2 or 3).
 */
export function recommendTier(evidence: TierEvidence, academicYear: string, decidedOn: string | null = null): TierRecommendation {
  const year = parseAcademicYear(academicYear, 'academicYear');
  const snapshot = snapshotFor(evidence, year, decidedOn);
  const latestYear = yearBefore(year);
  const yearBeforeLatest = yearBefore(latestYear);
  const latestOutcome = snapshot.outcomes.find((outcome) => outcome.academicYear === latestYear);
  const earlierOutcome = snapshot.outcomes.find((outcome) => outcome.academicYear === yearBeforeLatest);

  const tier3: string[] = [];
  const tier2: string[] = [];
  const tier1: string[] = [];
  const missing: string[] = [];

  if (latestOutcome === undefined) {
    missing.push(`outcome for ${latestYear}`);
  } else if (latestOutcome.direction === 'positive') {
    tier1.push(`Outcomes were positive in ${latestYear}, the latest year.`);
  } else if (earlierOutcome === undefined) {
    missing.push(`outcome for ${yearBeforeLatest} (outcomes were negative in ${latestYear}; the year before decides Tier 2 or 3)`);
  } else if (earlierOutcome.direction === 'negative') {
    tier3.push(`Outcomes were negative in ${yearBeforeLatest} and ${latestYear}: two consecutive years.`);
  } else {
    tier2.push(`Outcomes were negative in ${latestYear}, the latest year, after positive outcomes in ${yearBeforeLatest}.`);
  }

  if (snapshot.inspection === null) {
    missing.push('inspection');
  } else {
    const reading = readInspectionForTier(snapshot.inspection);
    (reading.belowGood ? tier3 : tier1).push(...reading.sentences);
  }

  const review = snapshot.annualReview;
  if (review === null) {
    missing.push('annual review');
  } else if (review.capacityToImprove) {
    tier1.push(`The annual review of ${review.academicYear} found capacity to improve.`);
  } else {
    tier3.push(`The annual review of ${review.academicYear} found no capacity to improve.`);
  }

  const risk = snapshot.riskAssessment;
  if (risk === null) {
    missing.push('risk assessment');
  } else {
    const sentence = `The risk register assessed on ${risk.assessedOn} rates the risk of school improvement failure ${risk.level}.`;
    switch (risk.level) {
      case 'high':
        tier3.push(sentence);
        break;
      case 'medium':
        tier2.push(sentence);
        break;
      case 'low':
        tier1.push(sentence);
        break;
      default: {
        const _exhaustive: never = risk.level;
        return _exhaustive;
      }
    }
  }

  const recommend = (recommendedTier: SupportTier | null, reasons: string[]): TierRecommendation => ({
    academicYear: year,
    recommendedTier,
    reasons,
    missing,
    evidence: snapshot,
  });
  if (tier3.length > 0) {
    return recommend(3, tier3);
  }
  if (missing.length > 0) {
    return recommend(null, [
      'No tier can be recommended until the missing evidence is recorded: none of the evidence recorded meets a Tier 3 descriptor.',
    ]);
  }
  return tier2.length > 0 ? recommend(2, tier2) : recommend(1, tier1);
}

/**
 * The items of evidence that count for academic year `year` (by `decidedOn`, when given), with their
 * positions.
 */
function snapshotFor(evidence: TierEvidence, year: AcademicYear, decidedOn: string | null): EvidenceSnapshot {
  const yearEnd = academicYearEnd(year);
  // The last day whose evidence counts: the end of the year, or the day of the decision when earlier.
  const datedBy = decidedOn !== null && decidedOn < yearEnd ? decidedOn : yearEnd;
  const begunBy = (academicYear: string): boolean => decidedOn === null || academicYearStart(academicYear) <= decidedOn;
  const latestYear = yearBefore(year);
  const outcomeYears = [latestYear, yearBefore(latestYear)];
  return {
    outcomes: outcomeYears.flatMap((outcomeYear) =>
      evidence.outcomes.filter((outcome) => outcome.academicYear === outcomeYear && begunBy(outcome.academicYear)),
    ),
    inspection: latest(evidence.inspections.filter((inspection) => inspection.inspectedOn <= datedBy), (i) => i.inspectedOn),
    annualReview: latest(
      evidence.annualReviews.filter((review) => review.academicYear <= year && begunBy(review.academicYear)),
      (r) => r.academicYear,
    ),
    riskAssessment: latest(evidence.riskAssessments.filter((risk) => risk.assessedOn <= datedBy), (r) => r.assessedOn),
  };
}

/**
 * The evidence a snapshot taken without a day (`later`) cites where the snapshot of a decision's day
 * (`then`) has none, described for a refusal ("the inspection of 2024-03-06"): evidence recorded for
 * the year but dated after the decision was made.
 */
export function evidenceOnlyLater(then: EvidenceSnapshot, later: EvidenceSnapshot): string[] {
  return [
    ...later.outcomes
      .filter((outcome) => !then.outcomes.some((known) => known.academicYear === outcome.academicYear))
      .map((outcome) => `the outcome for ${outcome.academicYear}`),
    ...(then.inspection === null && later.inspection !== null ? [`the inspection of ${later.inspection.inspectedOn}`] : []),
    ...(then.annualReview === null && later.annualReview !== null ? [`the annual review of ${later.annualReview.academicYear}`] : []),
    ...(then.riskAssessment === null && later.riskAssessment !== null ? [`the risk assessment of ${later.riskAssessment.assessedOn}`] : []),
  ];
}

/** The item with the greatest key (ISO dates and academic years compare as strings); of equals, the last recorded. */
function latest<T>(items: readonly T[], key: (item: T) => string): T | null {
  return items.reduce<T | null>((found, item) => (found === null || key(item) >= key(found) ? item : found), null);
}
