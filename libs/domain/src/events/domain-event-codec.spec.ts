import type { StoredEventShape } from '../shared/stored-event.js';
import type { DomainEvent } from './domain-event.js';
import { domainEventCatalogue } from './domain-event-catalogue.js';
import { domainEventCodec } from './domain-event-codec.js';
import { EventCodecError } from './event-codec-error.js';

const examples: DomainEvent[] = [
  {
    type: 'AcademyRegistered',
    data: {
      academyId: '123456',
      name: 'Oakfield Primary Academy',
      phase: 'primary',
      hub: 'North',
      joinedOn: '2021-09-01',
      predecessorUrns: ['654321'],
    },
  },
  { type: 'KpiTargetSet', data: { academyId: '123456', academicYear: '2024/25', kpi: 'curriculum', target: 2 } },
  {
    type: 'KpiRecorded',
    data: {
      academyId: '123456',
      academicYear: '2024/25',
      term: 'spring',
      kpi: 'attendance',
      value: 94.2,
      nationalAverage: 93.5,
      source: 'published',
    },
  },
  {
    type: 'KpiRecorded',
    data: {
      academyId: '123456',
      academicYear: '2024/25',
      term: 'autumn',
      kpi: 'progress',
      value: 78.5,
      nationalAverage: null,
      source: 'academy-data',
    },
  },
  {
    type: 'KpiCorrected',
    data: {
      academyId: '123456',
      academicYear: '2024/25',
      term: 'autumn',
      kpi: 'progress',
      value: 81,
      previousValue: 78.5,
      reason: 'Validated data',
    },
  },
];

describe('domain event codec', () => {
  it('stores every event type under an explicit name, at its schema version (KpiRecorded, AimScheduled, ReviewVisitScheduled, ReviewVisitRecorded and SafeguardingConcernFlagged at 2, every other at 1)', () => {
    expect(
      Object.entries(domainEventCatalogue).map(([type, entry]) => [type, entry.storedName, entry.schemaVersion]),
    ).toEqual([
      ['AcademyRegistered', 'AcademyRegistered', 1],
      ['KpiTargetSet', 'KpiTargetSet', 1],
      ['KpiRecorded', 'KpiRecorded', 2],
      ['KpiCorrected', 'KpiCorrected', 1],
      ['InspectionRecorded', 'InspectionRecorded', 1],
      ['AnnualReviewRecorded', 'AnnualReviewRecorded', 1],
      ['OutcomeRecorded', 'OutcomeRecorded', 1],
      ['RiskAssessed', 'RiskAssessed', 1],
      ['BaselineAssessed', 'BaselineAssessed', 1],
      ['SipAssigned', 'SipAssigned', 1],
      ['SipVisitRecorded', 'SipVisitRecorded', 1],
      ['CommissionedReviewCompleted', 'CommissionedReviewCompleted', 2],
      ['TierAssigned', 'TierAssigned', 2],
      ['RateCardSet', 'RateCardSet', 1],
      ['ImprovementBudgetAgreed', 'ImprovementBudgetAgreed', 1],
      ['CoreDayLogged', 'CoreDayLogged', 2],
      ['RechargeLogged', 'RechargeLogged', 2],
      ['RechargeReversed', 'RechargeReversed', 2],
      ['AimScheduled', 'AimScheduled', 2],
      ['AimFocusAgreed', 'AimFocusAgreed', 1],
      ['AimRescheduled', 'AimRescheduled', 1],
      ['AimDocumentSubmitted', 'AimDocumentSubmitted', 1],
      ['AimDocumentsOverdue', 'AimDocumentsOverdue', 1],
      ['AimHeld', 'AimHeld', 3],
      ['AimReportPublished', 'AimReportPublished', 1],
      ['PeerReviewGroupFormed', 'PeerReviewGroupFormed', 1],
      ['ReviewVisitScheduled', 'ReviewVisitScheduled', 2],
      ['VisitFocusSet', 'VisitFocusSet', 3],
      ['ReviewVisitRecorded', 'ReviewVisitRecorded', 2],
      ['VisitObservationsRecorded', 'VisitObservationsRecorded', 1],
      ['SafeguardingConcernFlagged', 'SafeguardingConcernFlagged', 2],
      ['PeerReviewReportSubmitted', 'PeerReviewReportSubmitted', 1],
      ['PeerReviewReportOverdue', 'PeerReviewReportOverdue', 1],
      ['ExpertiseRegistered', 'ExpertiseRegistered', 1],
      ['ExpertiseUpdated', 'ExpertiseUpdated', 1],
      ['ExpertiseWithdrawn', 'ExpertiseWithdrawn', 1],
      ['PersonalDataErased', 'PersonalDataErased', 1],
      ['RetentionApplied', 'RetentionApplied', 1],
      ['ImprovementPlanDrafted', 'ImprovementPlanDrafted', 1],
      ['PlanPriorityAdded', 'PlanPriorityAdded', 1],
      ['PlanPriorityAmended', 'PlanPriorityAmended', 1],
      ['PlanActionAdded', 'PlanActionAdded', 1],
      ['PlanActionAmended', 'PlanActionAmended', 1],
      ['PlanPriorityRated', 'PlanPriorityRated', 1],
      ['ImprovementPlanConfirmed', 'ImprovementPlanConfirmed', 1],
      ['ImprovementPlanYearClosed', 'ImprovementPlanYearClosed', 1],
      ['PlanSupportCommitted', 'PlanSupportCommitted', 1],
    ]);
  });

  it.each(examples)('round-trips $type through JSON', (event) => {
    const stored = domainEventCodec.encode(event);
    expect(stored.type).toBe(event.type);
    expect(stored.schemaVersion).toBe(event.type === 'KpiRecorded' ? 2 : 1);
    const fromDatabase = JSON.parse(JSON.stringify(stored)) as StoredEventShape;
    expect(domainEventCodec.decode(fromDatabase)).toEqual(event);
  });

  it.each<[string, StoredEventShape]>([
    [
      'a KPI outside the list',
      { type: 'KpiTargetSet', schemaVersion: 1, data: { academyId: '123456', academicYear: '2024/25', kpi: 'attainment', target: 2 } },
    ],
    [
      'a term outside the list',
      {
        type: 'KpiRecorded',
        schemaVersion: 1,
        data: { academyId: '123456', academicYear: '2024/25', term: 'winter', kpi: 'progress', value: 1, nationalAverage: null },
      },
    ],
    [
      'a phase outside the list',
      {
        type: 'AcademyRegistered',
        schemaVersion: 1,
        data: { academyId: '123456', name: 'n', phase: 'nursery', hub: 'h', joinedOn: '2021-09-01', predecessorUrns: [] },
      },
    ],
    [
      'predecessor URNs that are not strings',
      {
        type: 'AcademyRegistered',
        schemaVersion: 1,
        data: { academyId: '123456', name: 'n', phase: 'primary', hub: 'h', joinedOn: '2021-09-01', predecessorUrns: [654321] },
      },
    ],
    ['an unknown type', { type: 'KpiDeleted', schemaVersion: 1, data: {} }],
    [
      'a version newer than known',
      { type: 'KpiTargetSet', schemaVersion: 2, data: { academyId: '123456', academicYear: '2024/25', kpi: 'progress', target: 2 } },
    ],
    [
      'a v2 KpiRecorded without its source',
      {
        type: 'KpiRecorded',
        schemaVersion: 2,
        data: { academyId: '123456', academicYear: '2024/25', term: 'autumn', kpi: 'progress', value: 1, nationalAverage: null },
      },
    ],
    [
      'a KpiRecorded newer than v2',
      {
        type: 'KpiRecorded',
        schemaVersion: 3,
        data: { academyId: '123456', academicYear: '2024/25', term: 'autumn', kpi: 'progress', value: 1, nationalAverage: null, source: 'published' },
      },
    ],
  ])('refuses %s', (_label, stored) => {
    expect(() => domainEventCodec.decode(stored)).toThrow(EventCodecError);
  });

  describe('KpiRecorded v1 (stored before the source was asked for)', () => {
    const v1 = { academyId: '123456', academicYear: '2024/25', term: 'autumn', kpi: 'progress', value: 78.5, nationalAverage: null };

    it('reads as v2 with the source not recorded, never a guess', () => {
      expect(domainEventCodec.decode({ type: 'KpiRecorded', schemaVersion: 1, data: v1 })).toEqual({
        type: 'KpiRecorded',
        data: { ...v1, source: 'not-recorded' },
      });
    });

    it('leaves the stored data as it was', () => {
      const data = structuredClone(v1);
      domainEventCodec.decode({ type: 'KpiRecorded', schemaVersion: 1, data });
      expect(data).toEqual(v1);
    });

    it('keeps a source a v1 row happened to carry out of it: the upcaster decides, not stray data', () => {
      expect(domainEventCodec.decode({ type: 'KpiRecorded', schemaVersion: 1, data: { ...v1, source: 'published' } }).data).toMatchObject({ source: 'not-recorded' });
    });

    it('is written at v2 from now on', () => {
      expect(domainEventCodec.encode({ type: 'KpiRecorded', data: { ...v1, term: 'autumn', kpi: 'progress', source: 'published' } })).toMatchObject({
        schemaVersion: 2,
        data: { source: 'published' },
      });
    });
  });
});
