import type { CheckAimDocuments } from './aim.commands.js';
import { AIM_DOCUMENT_TYPES } from './aim-document.js';
import {
  AIM_ID,
  aimDocumentsOverdue,
  aimDocumentSubmitted,
  aimHeld,
  aimRescheduled,
  given,
  recordedAfterTheFact,
  scheduled,
  scheduledInThePast,
} from './test-support/aim-fixtures.js';

const check = (overrides: Partial<CheckAimDocuments> = {}): CheckAimDocuments => ({
  type: 'CheckAimDocuments',
  aimId: AIM_ID,
  checkedOn: '2025-03-12',
  ...overrides,
});

const ALL_SIX = AIM_DOCUMENT_TYPES;

describe('CheckAimDocuments', () => {
  describe('records documents missing at the deadline', () => {
    it('every document, when none was submitted', () => {
      given([scheduledInThePast]).when(check()).then([aimDocumentsOverdue({ checkedOn: '2025-03-12' })]);
    });

    it('on the due date itself', () => {
      given([scheduledInThePast]).when(check({ checkedOn: '2025-03-03' })).then([aimDocumentsOverdue()]);
    });

    it('only those not submitted, in the seed order', () => {
      given([
        scheduledInThePast,
        aimDocumentSubmitted({ documentType: 'sef' }),
        aimDocumentSubmitted({ documentType: 'previous-aim-report', rag: 'green' }),
      ])
        .when(check({ checkedOn: '2025-03-03' }))
        .then([
          aimDocumentsOverdue({
            missing: ['headteacher-report', 'improvement-plan', 'lgb-minutes', 'pupil-premium-strategy'],
          }),
        ]);
    });

    it('only those not already recorded overdue for this due date', () => {
      given([
        scheduledInThePast,
        aimDocumentsOverdue({ missing: ['sef', 'lgb-minutes'] }),
      ])
        .when(check())
        .then([
          aimDocumentsOverdue({
            missing: ['headteacher-report', 'improvement-plan', 'previous-aim-report', 'pupil-premium-strategy'],
            checkedOn: '2025-03-12',
          }),
        ]);
    });

    it('afresh for the new due date after a reschedule', () => {
      given([
        scheduledInThePast,
        aimDocumentsOverdue(),
        aimRescheduled({ date: '2025-03-12', previousDate: '2025-03-10', documentsDueOn: '2025-03-05' }),
        aimDocumentSubmitted({ documentType: 'sef' }),
      ])
        .when(check())
        .then([
          aimDocumentsOverdue({
            missing: ALL_SIX.filter((type) => type !== 'sef'),
            dueOn: '2025-03-05',
            checkedOn: '2025-03-12',
          }),
        ]);
    });
  });

  describe('records nothing (idempotent)', () => {
    it('for a meeting recorded after the fact: its deadline had passed before the ledger knew of it', () => {
      given([recordedAfterTheFact]).when(check()).thenNothing();
    });

    it('a second check of the same deadline', () => {
      given([scheduledInThePast, aimDocumentsOverdue()]).when(check()).thenNothing();
    });

    it('a check after the missing ones were recorded and the rest submitted', () => {
      given([
        scheduledInThePast,
        aimDocumentsOverdue({ missing: ['sef'] }),
        ...ALL_SIX.filter((type) => type !== 'sef').map((documentType) => aimDocumentSubmitted({ documentType })),
      ])
        .when(check())
        .thenNothing();
    });

    it('when every document was submitted', () => {
      given([
        scheduledInThePast,
        ...ALL_SIX.map((documentType) => aimDocumentSubmitted({ documentType })),
      ])
        .when(check())
        .thenNothing();
    });

    it('before the due date', () => {
      given([scheduled]).when(check()).thenNothing();
      given([scheduled]).when(check({ checkedOn: '2025-03-11' })).thenNothing();
    });

    it('before the new due date of a rescheduled AIM, though the old one has passed', () => {
      given([scheduledInThePast, aimRescheduled({ previousDate: '2025-03-10' })]).when(check()).thenNothing();
    });

    it('once the meeting is held', () => {
      given([scheduledInThePast, aimHeld()]).when(check()).thenNothing();
    });
  });

  describe('refused', () => {
    it('an AIM never scheduled (404)', () => {
      given([]).when(check()).thenThrows('not-found');
    });
  });

  describe('invalid', () => {
    it.each([
      ['not a date', 'today'],
      ['in the future', '2025-03-13'],
    ])('checkedOn %s', (_label, checkedOn) => {
      given([scheduledInThePast]).when(check({ checkedOn })).thenThrows('invalid', 'checkedOn');
    });
  });
});
