import type { AcademyEvent } from '../academy/academy.events.js';
import type { StoredEventShape } from '../shared/stored-event.js';
import { tierAssigned } from '../tier/test-support/tier-fixtures.js';
import { domainEventCodec } from './domain-event-codec.js';
import { EventCodecError } from './event-codec-error.js';

const examples: [string, AcademyEvent][] = [
  ['a decision as recommended', tierAssigned()],
  [
    'an override superseding an earlier decision, on a report card 2025 inspection',
    tierAssigned({
      decisionId: 'decision-2',
      tier: 3,
      recommendedTier: 2,
      override: true,
      rationale: 'Safeguarding concerns raised at the last visit.',
      supersedes: 'decision-1',
      evidence: {
        outcomes: [
          { academicYear: '2023/24', direction: 'negative', position: '12' },
          { academicYear: '2022/23', direction: 'positive', position: '9' },
        ],
        inspection: {
          inspectedOn: '2025-02-12',
          framework: 'report-card-2025',
          grades: {
            inclusion: 'expected-standard',
            'curriculum-and-teaching': 'expected-standard',
            achievement: 'needs-attention',
            'attendance-and-behaviour': 'expected-standard',
            'personal-development-and-wellbeing': 'strong-standard',
            'leadership-and-governance': 'expected-standard',
            'sixth-form': 'expected-standard',
          },
          safeguarding: 'met',
          position: '30',
        },
        annualReview: { academicYear: '2023/24', capacityToImprove: true, summary: 'Capacity', position: '14' },
        riskAssessment: { assessedOn: '2024-07-01', level: 'medium', risks: [{ title: 'Finance', owner: null }], position: '15' },
      },
    }),
  ],
  [
    'a Tier 3 decision with evidence missing',
    tierAssigned({
      tier: 3,
      recommendedTier: 3,
      missing: ['outcome for 2023/24', 'inspection', 'annual review'],
      evidence: {
        outcomes: [],
        inspection: null,
        annualReview: null,
        riskAssessment: { assessedOn: '2024-07-01', level: 'high', risks: [], position: '2' },
      },
    }),
  ],
];

const storedTierAssigned = (changes: Record<string, unknown>, schemaVersion = 2): StoredEventShape => {
  const event = tierAssigned();
  return { type: 'TierAssigned', schemaVersion, data: { ...event.data, ...changes } };
};

/** A decision as v1 stored it: before `decidedOn` was kept. */
const storedV1 = (changes: Record<string, unknown> = {}): StoredEventShape => {
  const { decidedOn: _decidedOn, ...v1 } = tierAssigned().data as Record<string, unknown>;
  return { type: 'TierAssigned', schemaVersion: 1, data: { ...v1, ...changes } };
};

describe('TierAssigned in the codec', () => {
  it.each(examples)('round-trips %s through JSON', (_label, event) => {
    const encoded = domainEventCodec.encode(event);
    expect(encoded).toMatchObject({ type: 'TierAssigned', schemaVersion: 2 });
    const fromDatabase = JSON.parse(JSON.stringify(encoded)) as StoredEventShape;
    expect(domainEventCodec.decode(fromDatabase)).toEqual(event);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a tier outside 1–3', { tier: 4 }, 'TierAssigned v2: data.tier must be one of 1, 2, 3, found 4'],
    ['a tier as a string', { recommendedTier: '2' }, 'TierAssigned v2: data.recommendedTier must be one of 1, 2, 3, found "2"'],
    ['an override that is not a boolean', { override: 0 }, 'TierAssigned v2: data.override must be true or false, found 0'],
    ['no decider', { decidedBy: null }, 'TierAssigned v2: data.decidedBy must be an object, found null'],
    [
      'an evidence item without its position',
      { evidence: { outcomes: [{ academicYear: '2023/24', direction: 'positive' }], inspection: null, annualReview: null, riskAssessment: null } },
      'TierAssigned v2: data.evidence.outcomes[0].position must be a string, found nothing',
    ],
    [
      'an evidence inspection of the wrong shape',
      { evidence: { outcomes: [], inspection: 'good', annualReview: null, riskAssessment: null } },
      'TierAssigned v2: data.evidence.inspection must be an object or null, found "good"',
    ],
  ])('refuses %s', (_label, changes, message) => {
    expect(() => domainEventCodec.decode(storedTierAssigned(changes))).toThrow(new EventCodecError(message));
  });

  it('reads a v1 decision as made on the day it was recorded, on the London calendar', () => {
    expect(domainEventCodec.decode(storedV1())).toEqual(tierAssigned({ decidedOn: '2024-09-05' }));
    // 23:30 UTC on 31 August is 00:30 on 1 September in London (summer time).
    const afterMidnight = domainEventCodec.decode(storedV1({ decidedAt: '2024-08-31T23:30:00.000Z' }));
    expect(afterMidnight.type === 'TierAssigned' && afterMidnight.data.decidedOn).toBe('2024-09-01');
    // In winter London keeps UTC.
    const winterEvening = domainEventCodec.decode(storedV1({ decidedAt: '2025-01-15T23:30:00.000Z' }));
    expect(winterEvening.type === 'TierAssigned' && winterEvening.data.decidedOn).toBe('2025-01-15');
  });

  it('never changes the v1 data it upcasts', () => {
    const stored = storedV1();
    const before = structuredClone(stored);
    domainEventCodec.decode(stored);
    expect(stored).toEqual(before);
  });

  it.each<[string, unknown, string]>([
    ['no decidedAt', undefined, 'nothing'],
    ['a decidedAt that is no instant', 'last Tuesday', '"last Tuesday"'],
    ['a decidedAt that is a number', 1725528600000, '1725528600000'],
  ])('refuses a v1 decision with %s', (_label, decidedAt, found) => {
    const { decidedAt: _decidedAt, ...rest } = storedV1().data;
    const stored: StoredEventShape = { type: 'TierAssigned', schemaVersion: 1, data: decidedAt === undefined ? rest : { ...rest, decidedAt } };
    expect(() => domainEventCodec.decode(stored)).toThrow(
      new EventCodecError(`cannot upcast TierAssigned v1 of decision decision-1: decidedAt must be an ISO 8601 instant, found ${found}`),
    );
  });
});
