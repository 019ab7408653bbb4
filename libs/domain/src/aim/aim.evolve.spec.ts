import { aimDecider } from './aim.decider.js';
import type { AimEvent } from './aim.events.js';
import type { AimState } from './aim.state.js';
import {
  aimDocumentsOverdue,
  aimDocumentSubmitted,
  aimFocusAgreed,
  aimHeld,
  aimReportPublished,
  aimRescheduled,
  recordedAfterTheFact,
  aimScheduled,
  scheduled,
  scheduledInThePast,
} from './test-support/aim-fixtures.js';

const fold = (events: AimEvent[]): AimState => events.reduce(aimDecider.evolve, aimDecider.initialState());

describe('AIM state', () => {
  it('starts not scheduled, and ignores anything before the AIM is scheduled', () => {
    expect(fold([])).toEqual({ status: 'not-scheduled' });
    expect(fold([aimFocusAgreed(), aimHeld(), aimReportPublished()])).toEqual({ status: 'not-scheduled' });
  });

  it('is scheduled with no documents, nothing overdue and no meeting', () => {
    expect(fold([aimScheduled({ focus: 'Reading' })])).toEqual({
      status: 'scheduled',
      aimId: 'aim-1',
      academyId: '123456',
      academicYear: '2024/25',
      date: '2025-03-26',
      format: 'one-day',
      focus: 'Reading',
      focusAgreed: false,
      documentsDueOn: '2025-03-19',
      recordedAfterTheFact: false,
      documents: new Map(),
      overdue: new Set(),
      heldOn: null,
      reportPublishedOn: null,
    });
  });

  it('knows a meeting recorded after the fact (scheduled once its documents were due), and one read at schema 1 as planned ahead', () => {
    expect(fold([recordedAfterTheFact])).toMatchObject({ recordedAfterTheFact: true });
    expect(fold([aimScheduled({ date: '2025-03-03', documentsDueOn: '2025-02-24', scheduledOn: null })])).toMatchObject({ recordedAfterTheFact: false });
  });

  it('plans a meeting afresh when it is moved', () => {
    expect(fold([recordedAfterTheFact, aimRescheduled()])).toMatchObject({ recordedAfterTheFact: false });
  });

  it('ignores a second scheduling', () => {
    expect(fold([scheduled, aimScheduled({ date: '2025-04-02' })])).toEqual(fold([scheduled]));
  });

  it('takes the agreed focus, the new date and due date, and the latest document of each type', () => {
    const state = fold([
      scheduled,
      aimFocusAgreed({ focus: 'Writing' }),
      aimRescheduled(),
      aimDocumentSubmitted({ documentType: 'previous-aim-report', rag: 'red' }),
      aimDocumentSubmitted({ documentType: 'previous-aim-report', rag: 'amber', submittedOn: '2025-03-12' }),
    ]);
    expect(state).toMatchObject({
      focus: 'Writing',
      focusAgreed: true,
      date: '2025-04-03',
      documentsDueOn: '2025-03-27',
      documents: new Map([['previous-aim-report', { rag: 'amber', submittedOn: '2025-03-12' }]]),
    });
  });

  it('remembers what was recorded overdue, per due date', () => {
    expect(fold([scheduledInThePast, aimDocumentsOverdue({ missing: ['sef', 'lgb-minutes'] })])).toMatchObject({
      overdue: new Set(['2025-03-03|sef', '2025-03-03|lgb-minutes']),
    });
  });

  it('is held once, and its report published once', () => {
    const state = fold([
      scheduledInThePast,
      aimHeld(),
      aimHeld({ heldOn: '2025-03-11' }),
      aimReportPublished(),
      aimReportPublished({ publishedOn: '2025-03-13' }),
    ]);
    expect(state).toMatchObject({ status: 'held', heldOn: '2025-03-10', reportPublishedOn: '2025-03-12' });
  });
});
