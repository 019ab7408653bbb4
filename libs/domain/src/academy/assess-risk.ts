import type { DecisionContext } from '../shared/decider.js';
import type { AssessRisk } from '../evidence/evidence.commands.js';
import { parseDateNotInFuture } from '../evidence/not-in-future.js';
import { parseRisks } from '../evidence/parse-risks.js';
import { RISK_LEVELS } from '../evidence/risk-level.js';
import { parseAcademyId } from '../values/academy-id.js';
import { parseOneOf } from '../values/one-of.js';
import type { AcademyEvent } from './academy.events.js';
import { registeredAcademy, type AcademyState } from './academy.state.js';

/** The risk register is reassessed whenever the academy's position changes: each assessment is kept, the latest counts. */
export function assessRisk(command: AssessRisk, state: AcademyState, { now }: DecisionContext): AcademyEvent[] {
  const academyId = parseAcademyId(command.academyId, 'academyId');
  const assessedOn = parseDateNotInFuture(command.assessedOn, 'assessedOn', now);
  const level = parseOneOf(RISK_LEVELS, command.level, 'level');
  const risks = parseRisks(command.risks);

  registeredAcademy(state, academyId);
  return [{ type: 'RiskAssessed', data: { academyId, assessedOn, level, risks } }];
}
