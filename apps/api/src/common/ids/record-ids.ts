import { randomUUID } from 'node:crypto';
import type { EventMetadata } from '@trust/event-store';
import { uuidV5 } from '@trust/imports';

export { uuidV5 };

/**
 * The namespace of each kind of record whose id is derived from an Idempotency-Key: a fixed random UUID
 * each. Never change one, or a retry after a deploy would make the record again under a new id.
 */
const NAMESPACES = {
  recharge: 'c4a1d3e2-5b6f-4a7c-9e8d-2f1b0a9c8d7e',
  aim: '7d2f4b1e-93a6-4c58-b0e1-5a8c6f3d2e91',
  'peer-review': '5d0f6a8e-3c1b-4e7a-9b2d-7f4c1e0a6b93',
  'tier-decision': '01946e5f-acfe-4410-8643-1fd3db079106',
  'plan-priority': '18ffc580-0794-4520-a68e-96c6549e8382',
  'plan-action': 'a1320c4a-2bff-43b9-be5b-cb7e85e1ceaa',
  'support-commitment': '465d221e-cb57-4841-aff3-46a9a8ac00d8',
} as const;

export type RecordKind = keyof typeof NAMESPACES;

/**
 * The id a new record (a recharge, an AIM, a peer review group or visit, a tier decision, an improvement plan's
 * priority, action or support commitment) is made under.
 * With an Idempotency-Key it is derived from the key, the user who sent it and the record's scope (the
 * academy decided for, the group a visit is in), so a retry — even one after a crash between the append
 * and the answer, when no stored answer exists — targets the same record, whose stream already holds the
 * key, and nothing is made twice. Without a key, every request makes a new record with a random id.
 */
export function recordIdFor(kind: RecordKind, metadata: Pick<EventMetadata, 'actor' | 'idempotencyKey'>, ...scope: string[]): string {
  if (metadata.idempotencyKey === null) return randomUUID();
  return uuidV5(NAMESPACES[kind], JSON.stringify([...scope, metadata.actor.userId, metadata.idempotencyKey]));
}
