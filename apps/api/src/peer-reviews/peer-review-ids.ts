import { randomUUID } from 'node:crypto';
import type { EventMetadata } from '@trust/event-store';
import { uuidV5 } from '../finance/recharge-ids.js';

// The namespace of group and visit ids derived from Idempotency-Keys (a fixed random UUID; never change it,
// or a retry after a deploy would form the group again under a new id).
const PEER_REVIEW_ID_NAMESPACE = '5d0f6a8e-3c1b-4e7a-9b2d-7f4c1e0a6b93';

/**
 * The id of a new group or visit. With an Idempotency-Key it is derived from the key, the user and what is
 * made (`group`, or `visit` and its group), so a retry after a lost answer targets the same record and the
 * pipeline finds the key already appended. Without a key, every request makes a new one.
 */
export function peerReviewIdFor(kind: string, metadata: Pick<EventMetadata, 'actor' | 'idempotencyKey'>): string {
  if (metadata.idempotencyKey === null) return randomUUID();
  return uuidV5(PEER_REVIEW_ID_NAMESPACE, JSON.stringify([kind, metadata.actor.userId, metadata.idempotencyKey]));
}
