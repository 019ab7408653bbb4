import { OUTCOME_DIRECTIONS } from '../evidence/outcome-direction.js';
import { RISK_LEVELS } from '../evidence/risk-level.js';
import type { EvidenceSnapshot } from '../tier/evidence-snapshot.js';
import { SUPPORT_TIERS } from '../tier/support-tier.js';
import type { TierEvent } from '../tier/tier.events.js';
import { tierTakesEffectOn } from '../tier/tier-takes-effect.js';
import { isoDateOf } from '../values/iso-date.js';
import type { DatedEventCatalogue, Upcaster } from './event-catalogue.js';
import { EventCodecError } from './event-codec-error.js';
import type { EventDataReader } from './event-data-reader.js';
import { readInspection, readRisks } from './evidence-event-catalogue.js';

/**
 * TierAssigned v1 was always recorded as it was made: the day it was made is the day of its `decidedAt`
 * on the trust's (London) calendar, so one recorded at 00:30 on a summer morning is of that day.
 */
const decidedOnTheDayRecorded: Upcaster = (v1) => {
  const decidedAt = v1['decidedAt'];
  const instant = typeof decidedAt === 'string' ? new Date(decidedAt) : null;
  if (instant === null || Number.isNaN(instant.getTime())) {
    throw new EventCodecError(`cannot upcast TierAssigned v1 of decision ${String(v1['decisionId'])}: decidedAt must be an ISO 8601 instant, found ${JSON.stringify(decidedAt) ?? 'nothing'}`);
  }
  return { ...v1, decidedOn: isoDateOf(instant) };
};

export const tierEventCatalogue: DatedEventCatalogue<TierEvent> = {
  TierAssigned: {
    storedName: 'TierAssigned',
    // v2 added `decidedOn`, the day the decision was made, which may be before it was recorded.
    schemaVersion: 2,
    upcasters: [decidedOnTheDayRecorded],
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
        decidedOn: data.string('decidedOn'),
        decidedAt: data.string('decidedAt'),
        supersedes: data.nullableString('supersedes'),
      };
    },
    // A decision takes effect from the later of its year's first day and the day it was made.
    effectiveDate: (data) => tierTakesEffectOn(data.academicYear, data.decidedOn),
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
