import type { DomainEvent, TierAssignedData } from '@trust/domain';
import { evolveTierHistory, type TierHistory, type TierHistoryEntry } from './tier-history.js';
import { tierAssigned } from '../test-support/tier-assigned.js';

const academyId = '140001';

const EVIDENCE: TierAssignedData['evidence'] = {
  outcomes: [{ academicYear: '2023/24', direction: 'positive', position: '2' }],
  inspection: { inspectedOn: '2023-05-10', framework: 'eif-2019', overallEffectiveness: 'good', position: '3' },
  annualReview: { academicYear: '2023/24', capacityToImprove: true, summary: 'Secure leadership.', position: '4' },
  riskAssessment: { assessedOn: '2024-07-01', level: 'low', risks: [{ title: 'Staff turnover', owner: null }], position: '5' },
};

const decided = (data: Partial<TierAssignedData> = {}): DomainEvent =>
  tierAssigned({
    academyId,
    decisionId: 'decision-1',
    recommendedTier: 1,
    reasons: ['Outcomes were positive in 2023/24, the latest year.'],
    evidence: EVIDENCE,
    ...data,
  });

const entry = (overrides: Partial<TierHistoryEntry> = {}): TierHistoryEntry => ({
  decisionId: 'decision-1',
  academyId,
  academicYear: '2024/25',
  tier: 1,
  recommendedTier: 1,
  override: false,
  rationale: null,
  decidedBy: { userId: 'dee', name: 'Dee Director', role: 'improvement-director' },
  decidedOn: '2024-09-01',
  recordedAt: '2024-09-05T09:30:00.000Z',
  decidedAt: '2024-09-05T09:30:00.000Z',
  evidence: EVIDENCE,
  reasons: ['Outcomes were positive in 2023/24, the latest year.'],
  missing: [],
  supersedes: null,
  supersededBy: null,
  position: '6',
  ...overrides,
});

/** Folds [event, position] pairs into an empty history. */
function given(...events: [DomainEvent, bigint][]): TierHistory {
  return events.reduce<TierHistory>((history, [event, position]) => evolveTierHistory(history, event, position), new Map());
}

describe('evolveTierHistory', () => {
  it('given no decisions, when a tier is decided, then the history holds it with its evidence, reasons, decider and position', () => {
    expect([...given([decided(), 6n]).values()]).toEqual([entry()]);
  });

  it('given a decision, when a revision supersedes it, then both stay and the first names the revision', () => {
    const revision = decided({ decisionId: 'decision-2', tier: 2, override: true, rationale: 'New headteacher.', supersedes: 'decision-1' });
    const history = given([decided(), 6n], [revision, 9n]);
    expect(history.get('decision-1')).toEqual(entry({ supersededBy: 'decision-2' }));
    expect(history.get('decision-2')).toEqual(
      entry({ decisionId: 'decision-2', tier: 2, override: true, rationale: 'New headteacher.', supersedes: 'decision-1', position: '9' }),
    );
  });

  it('keeps the evidence of each decision as it was stored with it, whatever a later decision saw', () => {
    const later = { ...EVIDENCE, riskAssessment: { assessedOn: '2025-01-10', level: 'high' as const, risks: [], position: '8' } };
    const history = given([decided(), 6n], [decided({ decisionId: 'decision-2', tier: 3, recommendedTier: 3, evidence: later, supersedes: 'decision-1' }), 9n]);
    expect(history.get('decision-1')?.evidence).toEqual(EVIDENCE);
    expect(history.get('decision-2')?.evidence.riskAssessment?.position).toBe('8');
  });

  it('given a decision, when the same event arrives again, then the history is unchanged', () => {
    const history = given([decided(), 6n]);
    expect(evolveTierHistory(history, decided(), 6n)).toBe(history);
    expect(evolveTierHistory(history, decided({ tier: 3 }), 7n)).toBe(history);
  });

  it('given a revision already applied, when the superseded decision is seen again, then nothing changes', () => {
    const history = given([decided(), 6n], [decided({ decisionId: 'decision-2', supersedes: 'decision-1' }), 9n]);
    expect(evolveTierHistory(history, decided(), 6n)).toBe(history);
    expect(evolveTierHistory(history, decided({ decisionId: 'decision-2', supersedes: 'decision-1' }), 9n)).toBe(history);
  });

  it('given a revision whose superseded decision is not in the part of the history at hand, then it is added alone', () => {
    const history = given([decided({ decisionId: 'decision-2', supersedes: 'decision-1' }), 9n]);
    expect([...history.keys()]).toEqual(['decision-2']);
  });

  it('ignores every other event, and never changes the history it is given', () => {
    const history = given([decided(), 6n]);
    const snapshot = structuredClone(history);
    const other: DomainEvent = { type: 'RiskAssessed', data: { academyId, assessedOn: '2025-01-10', level: 'high', risks: [] } };
    expect(evolveTierHistory(history, other, 7n)).toBe(history);
    evolveTierHistory(history, decided({ decisionId: 'decision-2', supersedes: 'decision-1' }), 8n);
    expect(history).toEqual(snapshot);
  });
});
