import { academyDecider, tierDecisionDecider, type AcademyEvent, type TierAssignedData } from '@trust/domain';
import type { DemoRequest } from '../demo-trust.js';

const DECIDED_BY = { userId: 'demo-loader', name: 'Demo loader', role: 'trust-admin' };

/**
 * The tier decisions the API would record for an academy's requests, in order, with its clock at `now`:
 * a request the API would refuse throws here.
 */
export function decisionsOf(requests: readonly DemoRequest[], now: Date): TierAssignedData[] {
  let state = academyDecider.initialState();
  let tiers = tierDecisionDecider.initialState();
  const decisions: TierAssignedData[] = [];
  requests.forEach(({ command, idempotencyKey }, index) => {
    const events: AcademyEvent[] =
      command.type === 'DecideTier'
        ? tierDecisionDecider.decide({ ...command, decisionId: idempotencyKey, decidedBy: DECIDED_BY }, tiers, { now })
        : academyDecider.decide(command, state, { now });
    state = events.reduce(academyDecider.evolve, state);
    tiers = events.reduce((folded, event) => tierDecisionDecider.evolve(folded, event, String(index + 1)), tiers);
    for (const event of events) if (event.type === 'TierAssigned') decisions.push(event.data);
  });
  return decisions;
}
