import type pg from 'pg';
import {
  aimDecider,
  aimStreamId,
  domainEventCodec,
  isoDateOf,
  peerReviewGroupDecider,
  peerReviewGroupStreamId,
  peerReviewVisitDecider,
  peerReviewVisitStreamId,
  scheduledReviewVisit,
  type DomainEvent,
  type ScheduledReviewVisit,
} from '@trust/domain';
import { handleCommand, type EventMetadata, type EventStore, type HandledCommand } from '@trust/event-store';
import { deadlineCheckKey, type DeadlineCheckData } from './deadline.js';
import { markChecked } from './pending-deadlines.js';

/** Who records what a deadline check finds: the system, not a user. */
export const DEADLINE_ACTOR = { userId: 'deadline-reactor', role: 'system' } as const;

export interface DeadlineCheckDependencies {
  store: EventStore;
  pool: pg.Pool;
  clock?: () => Date;
}

/** What a check did: the events it recorded (none when nothing was missing, or it had already run). */
export interface DeadlineCheckResult {
  streamId: string;
  events: string[];
  replayed: boolean;
}

/**
 * The deadline job's work: runs the domain's check (CheckAimDocuments, CheckPeerReviewReport) through the
 * command pipeline, with the expected version and an idempotency key made from the deadline, so a retried
 * or duplicated job records nothing twice (and the decider itself records a document overdue once per due
 * date). A check on or after the due date leaves nothing to schedule again.
 */
export async function runDeadlineCheck(data: DeadlineCheckData, { store, pool, clock = () => new Date() }: DeadlineCheckDependencies): Promise<DeadlineCheckResult> {
  const checkedOn = isoDateOf(clock());
  const metadata: EventMetadata = {
    actor: { ...DEADLINE_ACTOR },
    correlationId: deadlineCheckKey(data),
    causationId: deadlineCheckKey(data),
    idempotencyKey: deadlineCheckKey(data),
  };
  const handled = await check(data, checkedOn, { store, clock }, metadata);
  const past = data.kind === 'aim-documents' ? checkedOn >= data.dueOn : checkedOn > data.dueOn;
  if (past) await markChecked(pool, data.kind, data.subjectId, data.dueOn);
  return { streamId: handled.streamId, events: handled.events.map((event) => event.type), replayed: handled.replayed };
}

function check(
  data: DeadlineCheckData,
  checkedOn: string,
  { store, clock }: { store: EventStore; clock: () => Date },
  metadata: EventMetadata,
): Promise<HandledCommand<DomainEvent>> {
  const context = (): { now: Date } => ({ now: clock() });
  switch (data.kind) {
    case 'aim-documents':
      return handleCommand({
        store,
        streamId: aimStreamId(data.subjectId),
        decider: aimDecider,
        codec: domainEventCodec,
        command: { type: 'CheckAimDocuments', aimId: data.subjectId, checkedOn },
        context,
        metadata,
      });
    case 'peer-review-report':
      return diaryVisit(store, data.groupId, data.subjectId).then((visit) =>
        handleCommand({
          store,
          streamId: peerReviewVisitStreamId(data.subjectId),
          decider: peerReviewVisitDecider,
          codec: domainEventCodec,
          command: { type: 'CheckPeerReviewReport', visitId: data.subjectId, visit, checkedOn },
          context,
          metadata,
        }),
      );
    default: {
      const _exhaustive: never = data;
      return _exhaustive;
    }
  }
}

/** The visit as its group's diary holds it: the look-up CheckPeerReviewReport carries. */
async function diaryVisit(store: EventStore, groupId: string, visitId: string): Promise<ScheduledReviewVisit | null> {
  let state = peerReviewGroupDecider.initialState();
  for await (const recorded of store.readStream(peerReviewGroupStreamId(groupId))) {
    const event = domainEventCodec.decode(recorded);
    if (event.type === 'PeerReviewGroupFormed' || event.type === 'ReviewVisitScheduled') state = peerReviewGroupDecider.evolve(state, event);
  }
  return scheduledReviewVisit(state, visitId);
}
