import { aimDecider } from './aim.decider.js';
import type { AimEvent } from './aim.events.js';
import { aimDeadline } from './aim-deadline.js';
import { AIM_DOCUMENT_TYPES } from './aim-document.js';
import {
  aimDocumentSubmitted,
  aimHeld,
  aimRescheduled,
  scheduled,
  scheduledInThePast,
} from './test-support/aim-fixtures.js';

const deadlineAfter = (events: AimEvent[]): ReturnType<typeof aimDeadline> =>
  aimDeadline(events.reduce(aimDecider.evolve, aimDecider.initialState()));

describe('aimDeadline', () => {
  it('lists every document as missing, due a week before the AIM', () => {
    expect(deadlineAfter([scheduled])).toEqual({
      dueOn: '2025-03-19',
      missing: [...AIM_DOCUMENT_TYPES],
    });
  });

  it('leaves out the documents submitted, and follows a reschedule', () => {
    expect(
      deadlineAfter([
        scheduled,
        aimDocumentSubmitted({ documentType: 'sef' }),
        aimDocumentSubmitted({ documentType: 'lgb-minutes' }),
        aimRescheduled(),
      ]),
    ).toEqual({
      dueOn: '2025-03-27',
      missing: ['headteacher-report', 'improvement-plan', 'previous-aim-report', 'pupil-premium-strategy'],
    });
  });

  it('is null when there is nothing to chase: no AIM, or the meeting held', () => {
    expect(deadlineAfter([])).toBeNull();
    expect(deadlineAfter([scheduledInThePast, aimHeld()])).toBeNull();
  });
});
