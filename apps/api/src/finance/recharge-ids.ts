import { createHash, randomUUID } from 'node:crypto';
import type { EventMetadata } from '@trust/event-store';

// The namespace of recharge ids derived from Idempotency-Keys (a fixed random UUID; never change it,
// or a retry after a deploy would log the recharge again under a new id).
const RECHARGE_ID_NAMESPACE = 'c4a1d3e2-5b6f-4a7c-9e8d-2f1b0a9c8d7e';

/** A name-based UUID, version 5 (RFC 9562 §5.5): the SHA-1 of the namespace and the name, with version and variant bits set. */
export function uuidV5(namespace: string, name: string): string {
  const namespaceBytes = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (namespaceBytes.length !== 16) throw new RangeError(`${namespace} is not a UUID`);
  const bytes = createHash('sha1').update(namespaceBytes).update(name, 'utf8').digest().subarray(0, 16);
  bytes.writeUInt8((bytes.readUInt8(6) & 0x0f) | 0x50, 6);
  bytes.writeUInt8((bytes.readUInt8(8) & 0x3f) | 0x80, 8);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The id a new recharge is logged under. With an Idempotency-Key it is derived from the key and the
 * user who sent it, so a retry — even one after a crash between the append and the answer, when no
 * stored answer exists — targets the same `recharge-<id>` stream, where the pipeline finds the key
 * on the event already appended and appends nothing. Without a key, every request is a new recharge.
 */
export function rechargeIdFor(metadata: Pick<EventMetadata, 'actor' | 'idempotencyKey'>): string {
  if (metadata.idempotencyKey === null) return randomUUID();
  return uuidV5(RECHARGE_ID_NAMESPACE, JSON.stringify([metadata.actor.userId, metadata.idempotencyKey]));
}
