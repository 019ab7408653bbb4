import type { Decider } from '../shared/decider.js';
import { agreeAimFocus } from './agree-aim-focus.js';
import type { AimCommand } from './aim.commands.js';
import type { AimEvent } from './aim.events.js';
import { evolveAim, initialAimState } from './aim.evolve.js';
import type { AimState } from './aim.state.js';
import { checkAimDocuments } from './check-aim-documents.js';
import { holdAim } from './hold-aim.js';
import { publishAimReport } from './publish-aim-report.js';
import { rescheduleAim } from './reschedule-aim.js';
import { scheduleAim } from './schedule-aim.js';
import { submitAimDocument } from './submit-aim-document.js';

/** One Academy Improvement Meeting's stream (`aim-<aimId>`): scheduled, prepared for, held, reported. */
export const aimDecider: Decider<AimCommand, AimEvent, AimState> = {
  initialState: initialAimState,
  evolve: evolveAim,
  decide(command, state, context) {
    switch (command.type) {
      case 'ScheduleAim':
        return scheduleAim(command, state, context);
      case 'AgreeAimFocus':
        return agreeAimFocus(command, state, context);
      case 'RescheduleAim':
        return rescheduleAim(command, state, context);
      case 'SubmitAimDocument':
        return submitAimDocument(command, state, context);
      case 'CheckAimDocuments':
        return checkAimDocuments(command, state, context);
      case 'HoldAim':
        return holdAim(command, state, context);
      case 'PublishAimReport':
        return publishAimReport(command, state, context);
      default: {
        const _exhaustive: never = command;
        return _exhaustive;
      }
    }
  },
};
