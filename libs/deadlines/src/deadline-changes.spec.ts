import type { DomainEvent } from '@trust/domain';
import { deadlineChangesOf } from './deadline-changes.js';
import { checkTime, deadlineJobId } from './deadline.js';

const scheduled: DomainEvent = {
  type: 'AimScheduled',
  data: { aimId: 'aim-1', academyId: '123456', academicYear: '2024/25', date: '2025-03-26', format: 'one-day', focus: null, documentsDueOn: '2025-03-19', scheduledOn: '2025-03-01' },
};

describe('deadlines from events', () => {
  it('given an AIM scheduled well ahead, its documents are checked at the end of their due date', () => {
    expect(deadlineChangesOf(scheduled, new Date('2025-03-01T10:00:00Z'))).toEqual([
      { kind: 'due', deadline: { kind: 'aim-documents', subjectId: 'aim-1', dueOn: '2025-03-19', runAt: new Date('2025-03-20T00:00:00Z') } },
    ]);
  });

  it('given an AIM arranged less than a week ahead, the check waits for the end of the day it was arranged', () => {
    expect(checkTime('2025-03-19', new Date('2025-03-24T16:30:00Z'))).toEqual(new Date('2025-03-25T00:00:00Z'));
    // Just after midnight in London summer time is still the day before in UTC: London's day counts.
    expect(checkTime('2025-06-01', new Date('2025-06-09T23:30:00Z'))).toEqual(new Date('2025-06-11T00:00:00Z'));
  });

  it('given a meeting or a visit recorded after the fact, nothing is chased: its deadline had passed before it was set', () => {
    const pastAim: DomainEvent = {
      type: 'AimScheduled',
      data: { aimId: 'aim-1', academyId: '123456', academicYear: '2024/25', date: '2024-11-11', format: 'one-day', focus: null, documentsDueOn: '2024-11-04', scheduledOn: '2025-03-01' },
    };
    expect(deadlineChangesOf(pastAim, new Date('2025-03-01T10:00:00Z'))).toEqual([{ kind: 'settled', deadlineKind: 'aim-documents', subjectId: 'aim-1', dueOn: null }]);
    const visit = (scheduledOn: string | null): DomainEvent => ({
      type: 'ReviewVisitScheduled',
      data: { visitId: 'visit-1', groupId: 'north', academicYear: '2024/25', hostAcademyId: '123456', hostHeadteacherId: 'ht-oak', leadHeadteacherId: 'ht-ash', reviewerIds: ['ht-elm'], facilitatorUserId: null, visitDate: '2024-11-12', visitNumber: 1, focusDueOn: '2024-11-05', reportDueOn: '2024-11-19', scheduledOn },
    });
    expect(deadlineChangesOf(visit('2025-03-01'), new Date('2025-03-01T10:00:00Z'))).toEqual([]);
    // Stored at schema 1, before the day was kept: in the diary as it always was.
    expect(deadlineChangesOf(visit(null), new Date('2025-03-01T10:00:00Z'))).toEqual([{ kind: 'visit-scheduled', visitId: 'visit-1', groupId: 'north', reportDueOn: '2024-11-19' }]);
  });

  it('when rescheduled, the deadline moves to the new due date', () => {
    const rescheduled: DomainEvent = {
      type: 'AimRescheduled',
      data: { aimId: 'aim-1', academyId: '123456', academicYear: '2024/25', date: '2025-04-02', previousDate: '2025-03-26', documentsDueOn: '2025-03-26', reason: 'Inspection', rescheduledOn: '2025-03-10' },
    };
    expect(deadlineChangesOf(rescheduled, new Date('2025-03-10T09:00:00Z'))).toEqual([
      { kind: 'due', deadline: { kind: 'aim-documents', subjectId: 'aim-1', dueOn: '2025-03-26', runAt: new Date('2025-03-27T00:00:00Z') } },
    ]);
  });

  it('an overdue record settles that due date; a held meeting settles the AIM', () => {
    const overdue: DomainEvent = { type: 'AimDocumentsOverdue', data: { aimId: 'aim-1', academyId: '123456', missing: ['sef'], dueOn: '2025-03-19', checkedOn: '2025-03-20' } };
    expect(deadlineChangesOf(overdue, new Date('2025-03-20T09:00:00Z'))).toEqual([{ kind: 'settled', deadlineKind: 'aim-documents', subjectId: 'aim-1', dueOn: '2025-03-19' }]);
  });

  it('a recorded peer review visit sets its report deadline from the diary; other events set nothing', () => {
    const recordedAt = new Date('2025-02-04T15:00:00Z');
    const recorded: DomainEvent = {
      type: 'ReviewVisitRecorded',
      data: { visitId: 'visit-1', hostAcademyId: '123456', visitDate: '2025-02-04', recordedBy: { personId: 'ht-lead', role: 'lead' }, observations: ['x'], feedback: 'y', actionsForNextAim: [], recordedOn: '2025-02-04' },
    };
    expect(deadlineChangesOf(recorded, recordedAt)).toEqual([{ kind: 'visit-recorded', visitId: 'visit-1', recordedAt }]);
    expect(deadlineChangesOf({ type: 'KpiTargetSet', data: { academyId: '123456', academicYear: '2024/25', kpi: 'progress', target: 80 } }, recordedAt)).toEqual([]);
  });

  it('names one job per deadline and due date', () => {
    expect(deadlineJobId({ kind: 'aim-documents', subjectId: 'aim-1', dueOn: '2025-03-19' })).toBe('deadline-aim-documents-aim-1-2025-03-19');
  });
});
