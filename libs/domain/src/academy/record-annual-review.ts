import type { DecisionContext } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import type { RecordAnnualReview } from '../evidence/evidence.commands.js';
import { parseAcademicYearNotInFuture } from '../evidence/not-in-future.js';
import { parseSummary } from '../evidence/summary.js';
import { parseAcademyId } from '../values/academy-id.js';
import type { AcademyEvent } from './academy.events.js';
import { registeredAcademy, type AcademyState } from './academy.state.js';

export function recordAnnualReview(
  command: RecordAnnualReview,
  state: AcademyState,
  { now }: DecisionContext,
): AcademyEvent[] {
  const academyId = parseAcademyId(command.academyId, 'academyId');
  const academicYear = parseAcademicYearNotInFuture(command.academicYear, 'academicYear', now);
  const capacityToImprove: unknown = command.capacityToImprove;
  if (typeof capacityToImprove !== 'boolean') {
    throw DomainError.invalid('capacityToImprove', 'must be true or false');
  }
  const summary = parseSummary(command.summary, 'summary');

  const academy = registeredAcademy(state, academyId);
  if (academy.evidence.annualReviewYears.has(academicYear)) {
    throw DomainError.conflict(`the annual review of ${academicYear} is already recorded for academy ${academyId}`);
  }
  return [{ type: 'AnnualReviewRecorded', data: { academyId, academicYear, capacityToImprove, summary } }];
}
