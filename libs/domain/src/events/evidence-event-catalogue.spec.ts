import type { AcademyEvent } from '../academy/academy.events.js';
import {
  EXPECTED_REPORT_CARD_GRADES,
  GOOD_EIF_2024_GRADES,
  annualReviewRecorded,
  baselineAssessed,
  commissionedReviewCompleted,
  eif2019Recorded,
  eif2024Recorded,
  outcomeRecorded,
  reportCardRecorded,
  riskAssessed,
  sipAssigned,
  sipVisitRecorded,
} from '../evidence/test-support/evidence-fixtures.js';
import type { StoredEventShape } from '../shared/stored-event.js';
import { domainEventCodec } from './domain-event-codec.js';
import { EventCodecError } from './event-codec-error.js';

const examples: AcademyEvent[] = [
  eif2019Recorded(),
  eif2024Recorded(),
  eif2024Recorded({ grades: { ...GOOD_EIF_2024_GRADES, 'early-years': 'inadequate', 'sixth-form': 'outstanding' } }),
  reportCardRecorded(),
  reportCardRecorded({
    grades: { ...EXPECTED_REPORT_CARD_GRADES, 'early-years': 'urgent-improvement' },
    safeguarding: 'not-met',
  }),
  annualReviewRecorded(),
  annualReviewRecorded({ capacityToImprove: false }),
  outcomeRecorded({ direction: 'negative' }),
  riskAssessed(),
  riskAssessed({ level: 'high', risks: [{ title: 'Finance', owner: null }] }),
  riskAssessed({ risks: [] }),
  baselineAssessed(),
  sipAssigned(),
  sipVisitRecorded(),
  commissionedReviewCompleted(),
  commissionedReviewCompleted({ commitmentId: 'c-reviews' }),
];

const stored = (type: string, data: Record<string, unknown>): StoredEventShape => ({ type, schemaVersion: 1, data });

describe('evidence events in the codec', () => {
  it.each(examples.map((event) => [event.type, event] as const))('round-trips %s through JSON', (_type, event) => {
    const encoded = domainEventCodec.encode(event);
    expect(encoded).toMatchObject({ type: event.type, schemaVersion: event.type === 'CommissionedReviewCompleted' ? 2 : 1 });
    const fromDatabase = JSON.parse(JSON.stringify(encoded)) as StoredEventShape;
    expect(domainEventCodec.decode(fromDatabase)).toEqual(event);
  });

  it('reads an eif-2019 inspection without grades, and one of eif-2024 without the optional areas', () => {
    const decoded = domainEventCodec.decode(stored('InspectionRecorded', eif2024Recorded().data));
    expect(decoded.type === 'InspectionRecorded' && decoded.data).not.toHaveProperty(['grades', 'early-years']);
    expect(domainEventCodec.decode(stored('InspectionRecorded', eif2019Recorded().data)).data).not.toHaveProperty('grades');
  });

  const base = { academyId: '123456', inspectedOn: '2024-11-06' };
  it.each<[string, StoredEventShape, string]>([
    [
      'an unknown framework',
      stored('InspectionRecorded', { ...base, framework: 'eif-2015', overallEffectiveness: 'good' }),
      'InspectionRecorded v1: data.framework must be one of eif-2019, eif-2024, report-card-2025, found "eif-2015"',
    ],
    [
      'an eif-2024 inspection with no grades',
      stored('InspectionRecorded', { ...base, framework: 'eif-2024' }),
      'InspectionRecorded v1: data.grades must be an object, found nothing',
    ],
    [
      'an eif-2024 inspection missing a core area',
      stored('InspectionRecorded', {
        ...base,
        framework: 'eif-2024',
        grades: { 'quality-of-education': 'good', 'behaviour-and-attitudes': 'good', 'personal-development': 'good' },
      }),
      'InspectionRecorded v1: data.grades.leadership-and-management must be one of outstanding, good, requires-improvement, inadequate, found nothing',
    ],
    [
      'an optional area graded off the scale',
      stored('InspectionRecorded', { ...base, framework: 'eif-2024', grades: { ...GOOD_EIF_2024_GRADES, 'sixth-form': 'exceptional' } }),
      'InspectionRecorded v1: data.grades.sixth-form must be absent or one of outstanding, good, requires-improvement, inadequate, found "exceptional"',
    ],
    [
      'a report card with no safeguarding',
      stored('InspectionRecorded', { ...base, framework: 'report-card-2025', grades: EXPECTED_REPORT_CARD_GRADES }),
      'InspectionRecorded v1: data.safeguarding must be one of met, not-met, found nothing',
    ],
    [
      'a capacity to improve that is not a boolean',
      stored('AnnualReviewRecorded', { ...annualReviewRecorded().data, capacityToImprove: 'yes' }),
      'AnnualReviewRecorded v1: data.capacityToImprove must be true or false, found "yes"',
    ],
    [
      'a risk with no title',
      stored('RiskAssessed', { ...riskAssessed().data, risks: [{ owner: null }] }),
      'RiskAssessed v1: data.risks[0].title must be a string, found nothing',
    ],
    [
      'a risk owner left out rather than null',
      stored('RiskAssessed', { ...riskAssessed().data, risks: [{ title: 'Finance' }] }),
      'RiskAssessed v1: data.risks[0].owner must be a string or null, found nothing',
    ],
    [
      'a direction outside the list',
      stored('OutcomeRecorded', { ...outcomeRecorded().data, direction: 'flat' }),
      'OutcomeRecorded v1: data.direction must be one of positive, negative, found "flat"',
    ],
    [
      'a capacity outside the list',
      stored('BaselineAssessed', { ...baselineAssessed().data, capacity: 'donor' }),
      'BaselineAssessed v1: data.capacity must be one of giver, taker, neutral, found "donor"',
    ],
    [
      'a term outside the list',
      stored('CommissionedReviewCompleted', { ...commissionedReviewCompleted().data, term: 'winter' }),
      'CommissionedReviewCompleted v2: data.term must be one of autumn, spring, summer, found "winter"',
    ],
  ])('refuses %s', (_label, event, message) => {
    expect(() => domainEventCodec.decode(event)).toThrow(new EventCodecError(message));
  });

  it('reads a v1 CommissionedReviewCompleted as v2, delivering no support commitment it named, the stored data untouched', () => {
    const { commitmentId: _dropped, ...v1 } = commissionedReviewCompleted().data as { commitmentId: string | null };
    const data = structuredClone(v1);
    expect(domainEventCodec.decode({ type: 'CommissionedReviewCompleted', schemaVersion: 1, data })).toEqual({
      type: 'CommissionedReviewCompleted',
      data: { ...v1, commitmentId: null },
    });
    expect(data).toEqual(v1);
  });
});
