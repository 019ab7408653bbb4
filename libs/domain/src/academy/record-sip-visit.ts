import type { DecisionContext } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import type { RecordSipVisit } from '../evidence/evidence.commands.js';
import { parseDateNotInFuture } from '../evidence/not-in-future.js';
import { parseSummary } from '../evidence/summary.js';
import { parseAcademyId } from '../values/academy-id.js';
import type { AcademyEvent } from './academy.events.js';
import { registeredAcademy, type AcademyState } from './academy.state.js';

/**
 * Seed 000: "The School Improvement Partner will produce a report for the Local Governing and Trust
 * Standards Board after each visit." A visit is the assigned partner's, so one must be assigned.
 */
export function recordSipVisit(command: RecordSipVisit, state: AcademyState, { now }: DecisionContext): AcademyEvent[] {
  const academyId = parseAcademyId(command.academyId, 'academyId');
  const visitedOn = parseDateNotInFuture(command.visitedOn, 'visitedOn', now);
  const reportSummary = parseSummary(command.reportSummary, 'reportSummary');

  const { sip, sipVisitDates } = registeredAcademy(state, academyId).evidence;
  if (sip === null) {
    throw DomainError.refused(
      `academy ${academyId} has no School Improvement Partner assigned; assign one before recording a visit`,
    );
  }
  if (sipVisitDates.has(visitedOn)) {
    throw DomainError.conflict(`a School Improvement Partner visit to academy ${academyId} on ${visitedOn} is already recorded`);
  }
  return [{ type: 'SipVisitRecorded', data: { academyId, sipId: sip.sipId, visitedOn, reportSummary } }];
}
