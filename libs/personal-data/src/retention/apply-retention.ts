import { domainEventCodec, isoDateOf, retentionDecider, retentionStreamId, type RetentionSchedule } from '@trust/domain';
import { handleCommand, type Actor, type EventStore } from '@trust/event-store';
import type { SubjectKeyStore, SubjectName } from '../subject-key-store.js';
import { recordsPastRetention } from './retained-records.js';

/** Who applies retention when the daily schedule does it: the system, not a user. */
export const RETENTION_ACTOR: Actor = { userId: 'retention-schedule', role: 'system' };

export interface RetentionDependencies {
  /** The event store RetentionApplied is recorded in (it holds no personal data). */
  store: EventStore;
  keys: SubjectKeyStore;
  clock: () => Date;
  schedule: RetentionSchedule;
  /** Brings every read model up to date once keys are destroyed (queues their rebuilds); answers what it queued. */
  rebuildReadModels: () => Promise<{ projection: string; jobId: string }[]>;
}

/** What one application of retention did. */
export interface RetentionOutcome {
  runOn: string;
  /** The day's record of it, `retention-<runOn>`. */
  streamId: string;
  /** Live keys looked at. */
  checked: number;
  /** Records erased by this run: their keys destroyed now. */
  erased: number;
  /** The records erased by this run, by category. */
  byCategory: Record<string, number>;
  /** The global position of the last RetentionApplied recorded (a decimal string), or null when nothing was. */
  position: string | null;
  rebuildJobs: { projection: string; jobId: string }[];
}

/**
 * Applies the retention schedule on today's date (by the injected clock): every record still kept whose
 * retention ended is recorded in RetentionApplied on the day's stream, then its key is destroyed, a page
 * at a time. Safe to repeat: a record is recorded once a day, and a key recorded but left live by a run
 * that stopped half way is destroyed by the next. When keys were destroyed, every read model is rebuilt.
 */
export async function applyRetention(
  { store, keys, clock, schedule, rebuildReadModels }: RetentionDependencies,
  { actor = RETENTION_ACTOR, runId, onProgress }: { actor?: Actor; runId: string; onProgress?: (progress: { checked: number; erased: number }) => Promise<void> },
): Promise<RetentionOutcome> {
  const runOn = isoDateOf(clock());
  const streamId = retentionStreamId(runOn);
  const outcome: RetentionOutcome = { runOn, streamId, checked: 0, erased: 0, byCategory: {}, position: null, rebuildJobs: [] };
  for await (const due of recordsPastRetention({ keys, store }, schedule, runOn, (checked) => (outcome.checked += checked))) {
    const handled = await handleCommand({
      store,
      streamId,
      decider: retentionDecider,
      codec: domainEventCodec,
      command: { type: 'ApplyRetention', runOn, schedule, records: due },
      context: () => ({ now: clock() }),
      metadata: { actor, correlationId: runId, causationId: runId, idempotencyKey: null },
    });
    if (handled.position !== null && handled.events.length > 0) outcome.position = handled.position.toString();
    // Every record of the page is on the day's record now (this run's events, or an earlier run's today).
    const at = clock();
    for (const record of due) {
      const destroyed = await keys.destroy(record.key as SubjectName, at);
      if (destroyed?.already !== false) continue;
      outcome.erased += 1;
      outcome.byCategory[record.category] = (outcome.byCategory[record.category] ?? 0) + 1;
    }
    await onProgress?.({ checked: outcome.checked, erased: outcome.erased });
  }
  if (outcome.erased > 0) outcome.rebuildJobs = await rebuildReadModels();
  return outcome;
}
