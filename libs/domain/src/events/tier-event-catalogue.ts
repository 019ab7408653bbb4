import { OUTCOME_DIRECTIONS } from '../evidence/outcome-direction.js';
import { RISK_LEVELS } from '../evidence/risk-level.js';
import type { EvidenceSnapshot } from '../tier/evidence-snapshot.js';
import { SUPPORT_TIERS } from '../tier/support-tier.js';
import type { TierEvent } from '../tier/tier.events.js';
import { academicYearStart } from '../values/academic-year.js';
import type { DatedEventCatalogue } from './event-catalogue.js';
import type { EventDataReader } from './event-data-reader.js';
import { readInspection, readRisks } from './evidence-event-catalogue.js';

export const tierEventCatalogue: DatedEventCatalogue<TierEvent> = {
  TierAssigned: {
    storedName: 'TierAssigned',
    schemaVersion: 1,
    upcasters: [],
    read: (data) => {
      const decidedBy = data.object('decidedBy');
      return {
        decisionId: data.string('decisionId'),
        academyId: data.string('academyId'),
        academicYear: data.string('academicYear'),
        tier: data.numberOneOf('tier', SUPPORT_TIERS),
        recommendedTier: data.numberOneOf('recommendedTier', SUPPORT_TIERS),
        override: data.boolean('override'),
        rationale: data.nullableString('rationale'),
        reasons: data.stringArray('reasons'),
        missing: data.stringArray('missing'),
        evidence: readEvidenceSnapshot(data.object('evidence')),
        decidedBy: {
          userId: decidedBy.string('userId'),
          name: decidedBy.string('name'),
          role: decidedBy.string('role'),
        },
        decidedAt: data.string('decidedAt'),
        supersedes: data.nullableString('supersedes'),
      };
    },
    // A decision is for its academic year, from its first day.
    effectiveDate: (data) => academicYearStart(data.academicYear),
  },
};

function readEvidenceSnapshot(evidence: EventDataReader): EvidenceSnapshot {
  const inspection = evidence.nullableObject('inspection');
  const annualReview = evidence.nullableObject('annualReview');
  const riskAssessment = evidence.nullableObject('riskAssessment');
  return {
    outcomes: evidence.objectArray('outcomes').map((outcome) => ({
      academicYear: outcome.string('academicYear'),
      direction: outcome.oneOf('direction', OUTCOME_DIRECTIONS),
      position: outcome.string('position'),
    })),
    inspection: inspection === null ? null : { ...readInspection(inspection), position: inspection.string('position') },
    annualReview:
      annualReview === null
        ? null
        : {
            academicYear: annualReview.string('academicYear'),
            capacityToImprove: annualReview.boolean('capacityToImprove'),
            summary: annualReview.string('summary'),
            position: annualReview.string('position'),
          },
    riskAssessment:
      riskAssessment === null
        ? null
        : {
            assessedOn: riskAssessment.string('assessedOn'),
            level: riskAssessment.oneOf('level', RISK_LEVELS),
            risks: readRisks(riskAssessment),
            position: riskAssessment.string('position'),
          },
  };
}
