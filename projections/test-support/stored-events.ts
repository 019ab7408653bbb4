import { randomUUID } from 'node:crypto';
import { domainEventCodec, type DomainEvent } from '@trust/domain';
import type { NewEvent, RecordedEvent } from '@trust/event-store';

/** A domain event encoded as a command would append it (by an improvement director), for projection tests. */
export function storedEvent(event: DomainEvent): NewEvent {
  return {
    eventId: randomUUID(),
    ...domainEventCodec.encode(event),
    metadata: { actor: { userId: 'director', role: 'improvement-director' }, correlationId: randomUUID(), causationId: randomUUID(), idempotencyKey: null },
  };
}

/** The event as the store would hand it to a projection at `position`. */
export function recordedEvent(event: DomainEvent, position: bigint): RecordedEvent {
  return { ...storedEvent(event), streamId: 'any', streamVersion: 0, position, recordedAt: new Date() };
}

/** The events at positions 1, 2, 3, ... */
export function recordAll(events: readonly DomainEvent[]): RecordedEvent[] {
  return events.map((event, index) => recordedEvent(event, BigInt(index + 1)));
}
