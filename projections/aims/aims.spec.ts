import { evolveAims, type Aims } from './aims.js';
import { AIM_ID, held, overdue, reportPublished, rescheduled, scheduled, submitted } from './test-support/aim-events.js';
import type { DomainEvent } from '@trust/domain';

function fold(events: DomainEvent[]): Aims {
  return events.reduce<Aims>((aims, event, index) => evolveAims(aims, event, BigInt(index + 1)), new Map());
}

describe('aims read model (fold)', () => {
  it('given a scheduled AIM, lists its six documents as not yet submitted and nothing overdue', () => {
    const aim = fold([scheduled()]).get(AIM_ID);
    expect(aim).toMatchObject({ academyId: '123456', date: '2025-03-26', documentsDueOn: '2025-03-19', status: 'scheduled', overdueDocuments: [], outcome: null });
    expect(aim?.documents.map((document) => [document.type, document.submitted])).toEqual([
      ['headteacher-report', false],
      ['sef', false],
      ['improvement-plan', false],
      ['lgb-minutes', false],
      ['previous-aim-report', false],
      ['pupil-premium-strategy', false],
    ]);
  });

  it('when documents are submitted and the check finds others missing, flags those overdue', () => {
    const aim = fold([scheduled(), submitted('sef'), submitted('previous-aim-report'), overdue(['headteacher-report', 'lgb-minutes'])]).get(AIM_ID);
    expect(aim?.overdueDocuments).toEqual(['headteacher-report', 'lgb-minutes']);
    expect(aim?.documents.find((document) => document.type === 'previous-aim-report')).toEqual({
      type: 'previous-aim-report',
      submitted: true,
      rag: 'amber',
      submittedOn: '2025-03-18',
      overdue: false,
    });
    expect(aim?.overdueChecks).toEqual([{ dueOn: '2025-03-19', checkedOn: '2025-03-19', missing: ['headteacher-report', 'lgb-minutes'] }]);
  });

  it('when rescheduled, keeps the earlier date in its history and checks the new due date afresh', () => {
    const aim = fold([scheduled(), overdue(['sef']), rescheduled('2025-04-02')]).get(AIM_ID);
    expect(aim).toMatchObject({ date: '2025-04-02', documentsDueOn: '2025-03-26', overdueDocuments: [] });
    expect(aim?.reschedules).toEqual([{ date: '2025-04-02', previousDate: '2025-03-26', reason: 'Inspection that week', rescheduledOn: '2025-03-20' }]);
    expect(aim?.overdueChecks).toHaveLength(1);
  });

  it('when held and reported, gives the outcome and the report', () => {
    const aim = fold([scheduled(), held(), reportPublished()]).get(AIM_ID);
    expect(aim?.status).toBe('reported');
    expect(aim?.outcome).toMatchObject({ heldOn: '2025-03-26', priorities: [{ priority: 'Early reading', rag: 'amber' }] });
    expect(aim?.report).toEqual({ publishedOn: '2025-03-28', summary: 'A good AIM.' });
  });

  it('the same event applied twice changes nothing', () => {
    const once = fold([scheduled(), submitted('sef')]);
    expect(evolveAims(once, submitted('sef'), 2n)).toBe(once);
    expect(evolveAims(once, scheduled(), 3n)).toBe(once);
  });

  it('ignores events of an AIM never scheduled, and events of other read models', () => {
    const none: Aims = new Map();
    expect(evolveAims(none, submitted('sef'), 1n)).toBe(none);
    expect(evolveAims(none, { type: 'OutcomeRecorded', data: { academyId: '123456', academicYear: '2023/24', direction: 'positive' } }, 1n)).toBe(none);
  });
});
