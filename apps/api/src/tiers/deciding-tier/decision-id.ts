import { createHash, randomUUID } from 'node:crypto';
import type { EventMetadata } from '@trust/event-store';

/**
 * The id of a new tier decision. With an Idempotency-Key it is derived from the key, the user and the
 * academy (the key's scope), so a request retried after a crash targets the same decision and cannot
 * record it twice; without one it is random. A UUID either way: name-based ones are version 8
 * (RFC 9562's custom version, here SHA-256 of the name), random ones version 4.
 */
export function decisionIdFor(academyId: string, metadata: Pick<EventMetadata, 'actor' | 'idempotencyKey'>): string {
  if (metadata.idempotencyKey === null) return randomUUID();
  const name = ['tier-decision', academyId, metadata.actor.userId, metadata.idempotencyKey].join('\n');
  const bytes = createHash('sha256').update(name).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x80;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
