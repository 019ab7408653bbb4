import type { SubmitAimDocument } from './aim.commands.js';
import { AIM_DOCUMENT_TYPES } from './aim-document.js';
import {
  AIM_ID,
  aimDocumentSubmitted,
  aimHeld,
  given,
  recordedAfterTheFact,
  scheduled,
  scheduledInThePast,
} from './test-support/aim-fixtures.js';

const submit = (overrides: Partial<SubmitAimDocument> = {}): SubmitAimDocument => ({
  type: 'SubmitAimDocument',
  aimId: AIM_ID,
  documentType: 'sef',
  ...overrides,
});

describe('SubmitAimDocument', () => {
  describe('allowed', () => {
    it.each(['headteacher-report', 'sef', 'improvement-plan', 'lgb-minutes'] as const)(
      'records the %s, not RAG rated',
      (documentType) => {
        given([scheduled]).when(submit({ documentType })).then([aimDocumentSubmitted({ documentType })]);
      },
    );

    it.each(['previous-aim-report', 'pupil-premium-strategy'] as const)('records the %s RAG rated', (documentType) => {
      given([scheduled])
        .when(submit({ documentType, rag: 'amber' }))
        .then([aimDocumentSubmitted({ documentType, rag: 'amber' })]);
    });

    it('takes a null rag as none for a document that is not RAG rated', () => {
      given([scheduled]).when(submit({ rag: null })).then([aimDocumentSubmitted()]);
    });

    it('records a resubmission as a new event, replacing the earlier one', () => {
      given([scheduled, aimDocumentSubmitted({ documentType: 'pupil-premium-strategy', rag: 'red' })])
        .when(submit({ documentType: 'pupil-premium-strategy', rag: 'amber' }))
        .then([aimDocumentSubmitted({ documentType: 'pupil-premium-strategy', rag: 'amber' })]);
    });

    it('records a document after its deadline on the day it comes in (the overdue flag stays in the stream)', () => {
      given([scheduledInThePast]).when(submit()).then([aimDocumentSubmitted({ submittedOn: '2025-03-12' })]);
    });

    it('dates it by the clock when the sender names no day', () => {
      given([scheduledInThePast]).when(submit()).then([aimDocumentSubmitted({ submittedOn: '2025-03-12' })]);
    });

    it('takes the day a document came in for a meeting recorded after the fact', () => {
      given([recordedAfterTheFact])
        .when({ ...submit(), submittedOn: '2025-02-20' })
        .then([aimDocumentSubmitted({ submittedOn: '2025-02-20' })]);
    });
  });

  describe('a named day', () => {
    it('is refused for an AIM planned ahead: a late document cannot be backdated (400)', () => {
      given([scheduledInThePast]).when({ ...submit(), submittedOn: '2025-03-01' }).thenThrows('invalid', 'submittedOn');
    });

    it.each(['2025-03-04', '2025-03-13', '2025-02-30'])('%p is refused after the meeting, in the future or unreal (400)', (submittedOn) => {
      given([recordedAfterTheFact]).when({ ...submit(), submittedOn }).thenThrows('invalid', 'submittedOn');
    });
  });

  describe('refused', () => {
    it('an AIM never scheduled (404)', () => {
      given([]).when(submit()).thenThrows('not-found');
    });

    it('an AIM already held (422)', () => {
      given([scheduledInThePast, aimHeld()]).when(submit()).thenThrows('refused');
    });
  });

  describe('invalid', () => {
    it.each(['minutes', 'SEF', '', null])('type %p, naming the body field', (documentType) => {
      given([scheduled]).when(submit({ documentType: documentType as string })).thenThrows('invalid', 'type');
    });

    it.each(['previous-aim-report', 'pupil-premium-strategy'])('rag missing for the %s', (documentType) => {
      given([scheduled]).when(submit({ documentType })).thenThrows('invalid', 'rag');
      given([scheduled]).when(submit({ documentType, rag: null })).thenThrows('invalid', 'rag');
    });

    it.each(['grey', 'Red', 'blue', ''])('rag %p', (rag) => {
      given([scheduled]).when(submit({ documentType: 'previous-aim-report', rag })).thenThrows('invalid', 'rag');
    });

    it.each(AIM_DOCUMENT_TYPES.filter((type) => type !== 'previous-aim-report' && type !== 'pupil-premium-strategy'))(
      'rag given for the %s, which is not RAG rated',
      (documentType) => {
        given([scheduled]).when(submit({ documentType, rag: 'green' })).thenThrows('invalid', 'rag');
      },
    );
  });
});
