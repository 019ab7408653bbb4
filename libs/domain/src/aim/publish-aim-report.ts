import { parseDateNotInFuture } from '../evidence/not-in-future.js';
import { parseSummary } from '../evidence/summary.js';
import type { DecisionContext } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import type { PublishAimReport } from './aim.commands.js';
import type { AimEvent } from './aim.events.js';
import { scheduledAim, type AimState } from './aim.state.js';
import { parseRecordId } from './record-id.js';

/** The AIM report, once the meeting is held: the next AIM's "previous AIM report". */
export function publishAimReport(command: PublishAimReport, state: AimState, { now }: DecisionContext): AimEvent[] {
  const aimId = parseRecordId(command.aimId, 'aimId');
  const publishedOn = parseDateNotInFuture(command.publishedOn, 'publishedOn', now);
  const summary = parseSummary(command.summary, 'summary');

  const aim = scheduledAim(state, aimId);
  if (aim.status !== 'held' || aim.heldOn === null) {
    throw DomainError.refused(`AIM ${aimId} has not been held, so it has no report to publish`);
  }
  if (aim.reportPublishedOn !== null) {
    throw DomainError.conflict(`the report of AIM ${aimId} was already published on ${aim.reportPublishedOn}`);
  }
  if (publishedOn < aim.heldOn) {
    throw DomainError.refused(`AIM ${aimId} was held on ${aim.heldOn}, so its report cannot be published before then`);
  }
  return [{ type: 'AimReportPublished', data: { aimId, academyId: aim.academyId, publishedOn, summary } }];
}
