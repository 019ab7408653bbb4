import type { EvidenceCommand } from '../evidence/evidence.commands.js';
import type { Decider } from '../shared/decider.js';
import type { AcademyCommand } from './academy.commands.js';
import type { AcademyEvent } from './academy.events.js';
import { evolveAcademy, initialAcademyState } from './academy.evolve.js';
import type { AcademyState } from './academy.state.js';
import { assessRisk } from './assess-risk.js';
import { assignSip } from './assign-sip.js';
import { correctKpi } from './correct-kpi.js';
import { recordAnnualReview } from './record-annual-review.js';
import { recordBaseline } from './record-baseline.js';
import { recordCommissionedReview } from './record-commissioned-review.js';
import { recordInspection } from './record-inspection.js';
import { recordKpi } from './record-kpi.js';
import { recordOutcome } from './record-outcome.js';
import { recordSipVisit } from './record-sip-visit.js';
import { registerAcademy } from './register-academy.js';
import { setKpiTarget } from './set-kpi-target.js';

/**
 * The academy's stream: registration, KPIs and evidence. A tier decision is on the same stream but is
 * decided by tierDecisionDecider, which also folds each event's position (see tier/tier-decision.decider.ts).
 */
export const academyDecider: Decider<AcademyCommand | EvidenceCommand, AcademyEvent, AcademyState> = {
  initialState: initialAcademyState,
  evolve: evolveAcademy,
  decide(command, state, context) {
    switch (command.type) {
      case 'RegisterAcademy':
        return registerAcademy(command, state, context);
      case 'SetKpiTarget':
        return setKpiTarget(command, state);
      case 'RecordKpi':
        return recordKpi(command, state);
      case 'CorrectKpi':
        return correctKpi(command, state);
      case 'RecordInspection':
        return recordInspection(command, state, context);
      case 'RecordAnnualReview':
        return recordAnnualReview(command, state, context);
      case 'RecordOutcome':
        return recordOutcome(command, state, context);
      case 'AssessRisk':
        return assessRisk(command, state, context);
      case 'RecordBaseline':
        return recordBaseline(command, state, context);
      case 'AssignSip':
        return assignSip(command, state, context);
      case 'RecordSipVisit':
        return recordSipVisit(command, state, context);
      case 'RecordCommissionedReview':
        return recordCommissionedReview(command, state, context);
      default: {
        const _exhaustive: never = command;
        return _exhaustive;
      }
    }
  },
};
