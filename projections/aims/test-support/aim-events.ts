import type { DomainEvent } from '@trust/domain';

/** AIM events for the aims read model's tests: a one-day AIM on Wednesday 26 March 2025 at academy 123456. */

export const AIM_ID = 'aim-1';
export const ACADEMY_ID = '123456';

export const scheduled = (aimId = AIM_ID, academyId = ACADEMY_ID, date = '2025-03-26'): DomainEvent => ({
  type: 'AimScheduled',
  data: { aimId, academyId, academicYear: '2024/25', date, format: 'one-day', focus: 'Reading', documentsDueOn: addDays(date, -7), scheduledOn: addDays(date, -30) },
});

export const submitted = (documentType: 'sef' | 'previous-aim-report', aimId = AIM_ID): DomainEvent => ({
  type: 'AimDocumentSubmitted',
  data: { aimId, academyId: ACADEMY_ID, documentType, rag: documentType === 'sef' ? null : 'amber', submittedOn: '2025-03-18' },
});

export const overdue = (missing: ('headteacher-report' | 'sef' | 'lgb-minutes')[], dueOn = '2025-03-19'): DomainEvent => ({
  type: 'AimDocumentsOverdue',
  data: { aimId: AIM_ID, academyId: ACADEMY_ID, missing, dueOn, checkedOn: dueOn },
});

export const rescheduled = (date = '2025-04-02'): DomainEvent => ({
  type: 'AimRescheduled',
  data: {
    aimId: AIM_ID,
    academyId: ACADEMY_ID,
    academicYear: '2024/25',
    date,
    previousDate: '2025-03-26',
    documentsDueOn: addDays(date, -7),
    reason: 'Inspection that week',
    rescheduledOn: '2025-03-20',
  },
});

export const held = (): DomainEvent => ({
  type: 'AimHeld',
  data: {
    aimId: AIM_ID,
    academyId: ACADEMY_ID,
    academicYear: '2024/25',
    format: 'one-day',
    heldOn: '2025-03-26',
    attendees: [{ name: 'Dee Director', role: 'improvement-director', chair: true, staffId: null }],
    judgements: [{ heading: 'quality-of-education', judgement: 'good', comment: 'Secure curriculum.' }],
    priorities: [{ priority: 'Early reading', rag: 'amber', planPriorityId: null }],
    nextSteps: ['Phonics training for Year 1 staff'],
  },
});

export const reportPublished = (): DomainEvent => ({
  type: 'AimReportPublished',
  data: { aimId: AIM_ID, academyId: ACADEMY_ID, publishedOn: '2025-03-28', summary: 'A good AIM.' },
});

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
