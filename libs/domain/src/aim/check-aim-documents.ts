import { parseDateNotInFuture } from '../evidence/not-in-future.js';
import type { DecisionContext } from '../shared/decider.js';
import { aimDeadline } from './aim-deadline.js';
import type { CheckAimDocuments } from './aim.commands.js';
import type { AimEvent } from './aim.events.js';
import { overdueKey, scheduledAim, type AimState } from './aim.state.js';
import { parseRecordId } from './record-id.js';

/**
 * Documents missing at the deadline are recorded as overdue (docs/DOMAIN.md, "Academy Improvement
 * Meetings"). Sent by the deadline job, so it must be safe to repeat: a document already recorded overdue
 * for the current due date is not recorded again, and nothing is recorded before the due date or once the
 * meeting is held. After a reschedule the new due date is checked afresh.
 */
export function checkAimDocuments(
  command: CheckAimDocuments,
  state: AimState,
  { now }: DecisionContext,
): AimEvent[] {
  const aimId = parseRecordId(command.aimId, 'aimId');
  const checkedOn = parseDateNotInFuture(command.checkedOn, 'checkedOn', now);

  const aim = scheduledAim(state, aimId);
  const deadline = aimDeadline(aim);
  if (deadline === null || checkedOn < deadline.dueOn) {
    return [];
  }
  const missing = deadline.missing.filter((documentType) => !aim.overdue.has(overdueKey(deadline.dueOn, documentType)));
  if (missing.length === 0) {
    return [];
  }
  return [
    {
      type: 'AimDocumentsOverdue',
      data: { aimId, academyId: aim.academyId, missing, dueOn: deadline.dueOn, checkedOn },
    },
  ];
}
