import { evidenceEventCatalogue } from '../events/evidence-event-catalogue.js';
import type { EvidenceEvent } from '../evidence/evidence.events.js';
import { evolveEvidence, initialEvidenceState } from '../evidence/evidence.state.js';
import type { AcademyEvent } from './academy.events.js';
import { figureKey, targetKey, type AcademyState } from './academy.state.js';

export const initialAcademyState = (): AcademyState => ({ status: 'not-registered' });

export function evolveAcademy(state: AcademyState, event: AcademyEvent): AcademyState {
  if (isEvidenceEvent(event)) {
    // What the decider remembers of each piece of evidence is evolveEvidence's to say.
    return state.status === 'registered' ? { ...state, evidence: evolveEvidence(state.evidence, event) } : state;
  }
  switch (event.type) {
    case 'AcademyRegistered':
      if (state.status === 'registered') {
        return state;
      }
      return {
        status: 'registered',
        academyId: event.data.academyId,
        targets: new Map(),
        figures: new Map(),
        evidence: initialEvidenceState(),
      };
    case 'KpiTargetSet': {
      if (state.status !== 'registered') {
        return state;
      }
      const { academicYear, kpi, target } = event.data;
      return { ...state, targets: new Map(state.targets).set(targetKey(academicYear, kpi), target) };
    }
    case 'KpiRecorded':
    case 'KpiCorrected': {
      if (state.status !== 'registered') {
        return state;
      }
      const { academicYear, term, kpi, value } = event.data;
      return { ...state, figures: new Map(state.figures).set(figureKey(academicYear, term, kpi), value) };
    }
    // A tier decision changes nothing the academy's other commands depend on: the tier decider folds it.
    case 'TierAssigned':
      return state;
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}

/** Whether the event records evidence: the evidence catalogue has an entry for each such type and no other. */
function isEvidenceEvent(event: AcademyEvent): event is EvidenceEvent {
  return Object.hasOwn(evidenceEventCatalogue, event.type);
}
