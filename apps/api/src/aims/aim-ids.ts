import { randomUUID } from 'node:crypto';
import type { EventMetadata } from '@trust/event-store';
import { uuidV5 } from '../finance/recharge-ids.js';

// The namespace of AIM ids derived from Idempotency-Keys (a fixed random UUID; never change it, or a
// retry after a deploy would schedule the AIM again under a new id).
const AIM_ID_NAMESPACE = '7d2f4b1e-93a6-4c58-b0e1-5a8c6f3d2e91';

/**
 * The id a new AIM is scheduled under. With an Idempotency-Key it is derived from the key and the user
 * who sent it, so a retry — even after a lost answer — targets the same `aim-<id>` stream, where the
 * pipeline finds the key and schedules nothing more. Without a key, every request is a new AIM.
 */
export function aimIdFor(metadata: Pick<EventMetadata, 'actor' | 'idempotencyKey'>): string {
  if (metadata.idempotencyKey === null) return randomUUID();
  return uuidV5(AIM_ID_NAMESPACE, JSON.stringify([metadata.actor.userId, metadata.idempotencyKey]));
}
