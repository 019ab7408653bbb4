import { randomUUID } from 'node:crypto';
import {
  domainEventCodec,
  improvementPlanDecider,
  improvementPlanStreamId,
  type ImprovementPlanCommand,
  type ImprovementPlanEvent,
} from '@trust/domain';
import type { TestApp } from './test-app.js';

export interface GivenPlan {
  priorities: readonly { priorityId: string; title: string }[];
  commitments?: readonly { commitmentId: string; priorityId: string }[];
}

/**
 * An academy's improvement plan for a year, put straight into the app's event store as the plan's own decider
 * decides it on `now` (its routes are tested on their own): drafted, its priorities added, its support committed.
 */
export async function givenImprovementPlan(api: TestApp, academyId: string, academicYear: string, plan: GivenPlan, now: Date): Promise<bigint> {
  const key = { academyId, academicYear };
  const commands: ImprovementPlanCommand[] = [
    { type: 'DraftImprovementPlan', ...key },
    ...plan.priorities.map(({ priorityId, title }): ImprovementPlanCommand => ({
      type: 'AddPlanPriority',
      ...key,
      priorityId,
      title,
      evidence: `The evidence for ${title}.`,
      targets: [],
      owners: [{ role: 'senior-leader' }],
    })),
    ...(plan.commitments ?? []).map(({ commitmentId, priorityId }): ImprovementPlanCommand => ({
      type: 'CommitPlanSupport',
      ...key,
      commitmentId,
      priorityId,
      kind: 'additional-reviews',
      coreDays: 1,
      developmentDays: 1,
      reviews: 1,
      committedBy: { userId: 'dee', name: 'Dee Director', role: 'improvement-director' },
    })),
  ];
  let state = improvementPlanDecider.initialState();
  const events: ImprovementPlanEvent[] = [];
  for (const command of commands) {
    const decided = improvementPlanDecider.decide(command, state, { now });
    state = decided.reduce(improvementPlanDecider.evolve, state);
    events.push(...decided);
  }
  const metadata = { actor: { userId: 'dee', role: 'improvement-director' }, correlationId: randomUUID(), causationId: randomUUID(), idempotencyKey: null };
  const appended = await api.store.append(
    improvementPlanStreamId(academyId, academicYear),
    events.map((event) => ({ eventId: randomUUID(), ...domainEventCodec.encode(event), metadata })),
    { expectedVersion: 'no-stream' },
  );
  return appended.lastPosition;
}
