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

const storedTierAssigned = (changes: Record<string, unknown>): StoredEventShape => {
  const event = tierAssigned();
  return { type: 'TierAssigned', schemaVersion: 1, data: { ...event.data, ...changes } };
};

describe('TierAssigned in the codec', () => {
  it.each(examples)('round-trips %s through JSON', (_label, event) => {
    const encoded = domainEventCodec.encode(event);
    expect(encoded).toMatchObject({ type: 'TierAssigned', schemaVersion: 1 });
    const fromDatabase = JSON.parse(JSON.stringify(encoded)) as StoredEventShape;
    expect(domainEventCodec.decode(fromDatabase)).toEqual(event);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a tier outside 1–3', { tier: 4 }, 'TierAssigned v1: data.tier must be one of 1, 2, 3, found 4'],
    ['a tier as a string', { recommendedTier: '2' }, 'TierAssigned v1: data.recommendedTier must be one of 1, 2, 3, found "2"'],
    ['an override that is not a boolean', { override: 0 }, 'TierAssigned v1: data.override must be true or false, found 0'],
    ['no decider', { decidedBy: null }, 'TierAssigned v1: data.decidedBy must be an object, found null'],
    [
      'an evidence item without its position',
      { evidence: { outcomes: [{ academicYear: '2023/24', direction: 'positive' }], inspection: null, annualReview: null, riskAssessment: null } },
      'TierAssigned v1: data.evidence.outcomes[0].position must be a string, found nothing',
    ],
    [
      'an evidence inspection of the wrong shape',
      { evidence: { outcomes: [], inspection: 'good', annualReview: null, riskAssessment: null } },
      'TierAssigned v1: data.evidence.inspection must be an object or null, found "good"',
    ],
  ])('refuses %s', (_label, changes, message) => {
    expect(() => domainEventCodec.decode(storedTierAssigned(changes))).toThrow(new EventCodecError(message));
  });
});
