import {
  academyDecider,
  improvementPlanDecider,
  improvementPlanLookUp,
  tierDecisionDecider,
  type AcademyEvent,
  type AcademyState,
  type ImprovementPlanCommand,
  type ImprovementPlanEvent,
  type ImprovementPlanLookUp,
  type ImprovementPlanState,
  type TierAssignedData,
  type TierDecisionState,
} from '@trust/domain';
import { resolveIds } from '../demo-ids.js';
import type { DemoPlanCommand, DemoPlanRequest } from '../demo-plans.js';
import type { DemoRequest } from '../demo-trust.js';

export const DEMO_LOADER = { userId: 'demo-loader', name: 'Demo loader', role: 'trust-admin' };

const PLAN_COMMANDS: ReadonlySet<string> = new Set<DemoPlanCommand['type']>([
  'DraftImprovementPlan',
  'AddPlanPriority',
  'AmendPlanPriority',
  'AddPlanAction',
  'AmendPlanAction',
  'RatePlanPriority',
  'ConfirmImprovementPlan',
  'CloseImprovementPlanYear',
  'CommitPlanSupport',
]);

export const isPlanCommand = (command: DemoRequest['command']): command is DemoPlanCommand => PLAN_COMMANDS.has(command.type);

/**
 * The demo's requests decided as the API would, with its clock at `now`: an academy's history by the academy and
 * tier deciders, its plans by the improvement plan decider (one stream per year), a review or plan request naming
 * what an earlier request made given that request's key as the id (as the API derives ids from keys). A request
 * the API would refuse throws here, as does one naming what no earlier request made.
 */
export class DemoLedger {
  /** The id each request made, by its key: here the key itself. */
  readonly ids = new Map<string, string>();
  readonly decisions: TierAssignedData[] = [];
  readonly planEvents: ImprovementPlanEvent[] = [];
  private academy: AcademyState = academyDecider.initialState();
  private tiers: TierDecisionState = tierDecisionDecider.initialState();
  private readonly plans = new Map<string, ImprovementPlanState>();
  private position = 0;

  constructor(private readonly now: Date) {}

  /** The plan of the academy for the year as a decider of another stream is given it. */
  lookUp(academyId: string, academicYear: string): ImprovementPlanLookUp {
    return improvementPlanLookUp(this.plan(academyId, academicYear), academyId, academicYear);
  }

  plan(academyId: string, academicYear: string): ImprovementPlanState {
    return this.plans.get(`${academyId}|${academicYear}`) ?? improvementPlanDecider.initialState();
  }

  /** Decides each request in order; answers the events each appended. */
  run(requests: readonly (DemoRequest | DemoPlanRequest)[]): (AcademyEvent | ImprovementPlanEvent)[][] {
    return requests.map((request) => this.decide(request));
  }

  decide({ command: sent, idempotencyKey }: DemoRequest | DemoPlanRequest): (AcademyEvent | ImprovementPlanEvent)[] {
    const command = resolveIds(sent, this.ids);
    this.position += 1;
    this.ids.set(idempotencyKey, idempotencyKey);
    if (isPlanCommand(command)) {
      const key = `${command.academyId}|${command.academicYear}`;
      const state = this.plans.get(key) ?? improvementPlanDecider.initialState();
      const events = improvementPlanDecider.decide(planCommand(command, idempotencyKey), state, { now: this.now });
      this.plans.set(key, events.reduce(improvementPlanDecider.evolve, state));
      this.planEvents.push(...events);
      return events;
    }
    const events: AcademyEvent[] =
      command.type === 'DecideTier'
        ? tierDecisionDecider.decide({ ...command, decisionId: idempotencyKey, decidedBy: DEMO_LOADER }, this.tiers, { now: this.now })
        : academyDecider.decide(
            command.type === 'RecordCommissionedReview' && command.commitmentId !== undefined ? { ...command, plan: this.lookUp(command.academyId, command.academicYear) } : command,
            this.academy,
            { now: this.now },
          );
    this.academy = events.reduce(academyDecider.evolve, this.academy);
    this.tiers = events.reduce((folded, event) => tierDecisionDecider.evolve(folded, event, String(this.position)), this.tiers);
    for (const event of events) if (event.type === 'TierAssigned') this.decisions.push(event.data);
    return events;
  }
}

/** A plan command as the API makes it: the id of what it adds from its key, who acts from the token. */
function planCommand(command: DemoPlanCommand, key: string): ImprovementPlanCommand {
  switch (command.type) {
    case 'AddPlanPriority':
      return { ...command, priorityId: key };
    case 'AddPlanAction':
      return { ...command, actionId: key };
    case 'RatePlanPriority':
      return { ...command, ratedBy: DEMO_LOADER };
    case 'CommitPlanSupport':
      return { ...command, commitmentId: key, committedBy: DEMO_LOADER };
    case 'DraftImprovementPlan':
    case 'AmendPlanPriority':
    case 'AmendPlanAction':
    case 'ConfirmImprovementPlan':
    case 'CloseImprovementPlanYear':
      return command;
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
}

/**
 * The tier decisions the API would record for an academy's requests, in order, with its clock at `now`:
 * a request the API would refuse throws here.
 */
export function decisionsOf(requests: readonly DemoRequest[], now: Date): TierAssignedData[] {
  const ledger = new DemoLedger(now);
  ledger.run(requests);
  return ledger.decisions;
}
