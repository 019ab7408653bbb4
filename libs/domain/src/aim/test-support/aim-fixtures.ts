import { deciderSpec } from '../../test-support/decider-spec.js';
import { aimDecider } from '../aim.decider.js';
import type {
  AimDocumentsOverdueData,
  AimDocumentSubmittedData,
  AimEvent,
  AimFocusAgreedData,
  AimHeldData,
  AimRescheduledData,
  AimReportPublishedData,
  AimScheduledData,
} from '../aim.events.js';

/** Fixtures for the AIM decider specs: "now" is Wednesday 12 March 2025. */

export const NOW = new Date('2025-03-12T12:00:00Z');
export const TODAY = '2025-03-12';

export const given = deciderSpec(aimDecider, { now: NOW });

export const AIM_ID = 'aim-1';
export const ACADEMY_ID = '123456';

/** By default, a one-day AIM on Wednesday 26 March 2025, scheduled today, its documents due on Wednesday 19 March. */
export function aimScheduled(data: Partial<AimScheduledData> = {}): AimEvent {
  return {
    type: 'AimScheduled',
    data: {
      aimId: AIM_ID,
      academyId: ACADEMY_ID,
      academicYear: '2024/25',
      date: '2025-03-26',
      format: 'one-day',
      focus: null,
      documentsDueOn: '2025-03-19',
      scheduledOn: TODAY,
      ...data,
    },
  };
}

export const scheduled = aimScheduled();

/** An AIM on Monday 10 March 2025, two days ago, scheduled on 1 March: its documents were due on Monday 3 March. */
export const scheduledInThePast = aimScheduled({ date: '2025-03-10', documentsDueOn: '2025-03-03', scheduledOn: '2025-03-01' });

/** A meeting of Monday 3 March 2025 entered only today, after the fact: its documents were due on 24 February. */
export const recordedAfterTheFact = aimScheduled({ date: '2025-03-03', documentsDueOn: '2025-02-24' });

export function aimFocusAgreed(data: Partial<AimFocusAgreedData> = {}): AimEvent {
  return {
    type: 'AimFocusAgreed',
    data: { aimId: AIM_ID, academyId: ACADEMY_ID, focus: 'Early reading in Key Stage 1', agreedOn: TODAY, ...data },
  };
}

/** By default, moves the default AIM to Thursday 3 April 2025. */
export function aimRescheduled(data: Partial<AimRescheduledData> = {}): AimEvent {
  return {
    type: 'AimRescheduled',
    data: {
      aimId: AIM_ID,
      academyId: ACADEMY_ID,
      academicYear: '2024/25',
      date: '2025-04-03',
      previousDate: '2025-03-26',
      documentsDueOn: '2025-03-27',
      reason: 'Headteacher on jury service',
      rescheduledOn: TODAY,
      ...data,
    },
  };
}

export function aimDocumentSubmitted(data: Partial<AimDocumentSubmittedData> = {}): AimEvent {
  return {
    type: 'AimDocumentSubmitted',
    data: {
      aimId: AIM_ID,
      academyId: ACADEMY_ID,
      documentType: 'sef',
      rag: null,
      submittedOn: TODAY,
      ...data,
    },
  };
}

export function aimDocumentsOverdue(data: Partial<AimDocumentsOverdueData> = {}): AimEvent {
  return {
    type: 'AimDocumentsOverdue',
    data: {
      aimId: AIM_ID,
      academyId: ACADEMY_ID,
      missing: [
        'headteacher-report',
        'sef',
        'improvement-plan',
        'lgb-minutes',
        'previous-aim-report',
        'pupil-premium-strategy',
      ],
      dueOn: '2025-03-03',
      checkedOn: '2025-03-03',
      ...data,
    },
  };
}

export const ATTENDEES = [
  { name: 'Ian Director', role: 'improvement-director', chair: true },
  { name: 'Ann Head', role: 'headteacher', chair: false },
  { name: 'Gill Chair', role: 'chair-of-governors', chair: false },
] as const;

export const JUDGEMENTS = [
  { heading: 'quality-of-education', judgement: 'good', comment: 'Phonics is taught consistently well.' },
  { heading: 'leadership-and-management', judgement: 'requires-improvement', comment: 'Middle leaders are new.' },
] as const;

export const PRIORITIES = [
  { priority: 'Raise attainment in Key Stage 2 writing', rag: 'amber' },
  { priority: 'Improve attendance of disadvantaged pupils', rag: 'red' },
] as const;

export const NEXT_STEPS = [
  'Moderate writing with the hub by May',
  'Attendance officer to track persistent absence weekly',
];

/** The held default past AIM (scheduledInThePast), on its day. */
export function aimHeld(data: Partial<AimHeldData> = {}): AimEvent {
  return {
    type: 'AimHeld',
    data: {
      aimId: AIM_ID,
      academyId: ACADEMY_ID,
      academicYear: '2024/25',
      format: 'one-day',
      heldOn: '2025-03-10',
      attendees: ATTENDEES.map((attendee) => ({ ...attendee, staffId: null })),
      judgements: JUDGEMENTS.map((judgement) => ({ ...judgement })),
      priorities: PRIORITIES.map((priority) => ({ ...priority, planPriorityId: null })),
      nextSteps: [...NEXT_STEPS],
      ...data,
    },
  };
}

export function aimReportPublished(data: Partial<AimReportPublishedData> = {}): AimEvent {
  return {
    type: 'AimReportPublished',
    data: {
      aimId: AIM_ID,
      academyId: ACADEMY_ID,
      publishedOn: TODAY,
      summary: 'Good progress on reading; writing and attendance remain priorities.',
      ...data,
    },
  };
}

/** Strings that are not text of 1–`max` characters once trimmed. */
export const badTexts = (max: number): [string, unknown][] => [
  ['empty', ''],
  ['only spaces', '   '],
  [`longer than ${max} characters`, 'x'.repeat(max + 1)],
  ['not a string', 42],
];
