import type { DecisionContext } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import type { RecordCommissionedReview } from '../evidence/evidence.commands.js';
import { reviewTermKey } from '../evidence/evidence.state.js';
import { parseAcademicYearNotInFuture, parseDateNotInFuture } from '../evidence/not-in-future.js';
import { parseSummary } from '../evidence/summary.js';
import { linkPlanCommitment, parseCommitmentId } from '../improvement-plan/plan-look-up.js';
import { academicYearOf } from '../values/academic-year.js';
import { parseAcademyId } from '../values/academy-id.js';
import { parseTerm } from '../values/term.js';
import type { AcademyEvent } from './academy.events.js';
import { registeredAcademy, type AcademyState } from './academy.state.js';

/**
 * Seed 000, "Trust Commissioned Reviews": annual, and termly for a Tier 3 academy; so at most one a term. It
 * may name the support commitment of the academy's plan it delivers ("Commission additional reviews").
 */
export function recordCommissionedReview(
  command: RecordCommissionedReview,
  state: AcademyState,
  { now }: DecisionContext,
): AcademyEvent[] {
  const academyId = parseAcademyId(command.academyId, 'academyId');
  const academicYear = parseAcademicYearNotInFuture(command.academicYear, 'academicYear', now);
  const term = parseTerm(command.term, 'term');
  const completedOn = parseDateNotInFuture(command.completedOn, 'completedOn', now);
  if (academicYearOf(completedOn) !== academicYear) {
    throw DomainError.invalid('completedOn', `must fall in the academic year ${academicYear}`);
  }
  const summary = parseSummary(command.summary, 'summary');
  const commitmentId = parseCommitmentId(command.commitmentId, 'commitmentId');

  const academy = registeredAcademy(state, academyId);
  if (academy.evidence.reviewTerms.has(reviewTermKey(academicYear, term))) {
    throw DomainError.conflict(
      `a trust-commissioned review of academy ${academyId} for ${term} ${academicYear} is already recorded`,
    );
  }
  linkPlanCommitment(commitmentId, command.plan, academyId, academicYear);
  return [{ type: 'CommissionedReviewCompleted', data: { academyId, academicYear, term, completedOn, summary, commitmentId } }];
}
