import { parseSummary } from '../evidence/summary.js';
import type { DecisionContext } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import type { PublishAimReport } from './aim.commands.js';
import type { AimEvent } from './aim.events.js';
import { scheduledAim, type AimState } from './aim.state.js';
import { dayItCameIn } from './recorded-after-the-fact.js';
import { parseRecordId } from './record-id.js';

/**
 * The AIM report, once the meeting is held: the next AIM's "previous AIM report". Published on the day the
 * clock says, not a day the sender names, unless the meeting was recorded after the fact: then the day it
 * was published, from the meeting's day to today.
 */
export function publishAimReport(command: PublishAimReport, state: AimState, { now }: DecisionContext): AimEvent[] {
  const aimId = parseRecordId(command.aimId, 'aimId');
  const summary = parseSummary(command.summary, 'summary');

  const aim = scheduledAim(state, aimId);
  if (aim.status !== 'held' || aim.heldOn === null) {
    throw DomainError.refused(`AIM ${aimId} has not been held, so it has no report to publish`);
  }
  if (aim.reportPublishedOn !== null) {
    throw DomainError.conflict(`the report of AIM ${aimId} was already published on ${aim.reportPublishedOn}`);
  }
  // A meeting is never held in the future, so today is never before it.
  const publishedOn = dayItCameIn(command.publishedOn, 'publishedOn', { afterTheFact: aim.recordedAfterTheFact, earliest: aim.heldOn, now });
  return [{ type: 'AimReportPublished', data: { aimId, academyId: aim.academyId, publishedOn, summary } }];
}
