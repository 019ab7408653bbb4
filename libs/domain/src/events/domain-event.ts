import type { AcademyEvent } from '../academy/academy.events.js';

/** Every event the domain stores: each aggregate's union joins here (`AcademyEvent | TierEvent | ...`). */
export type DomainEvent = AcademyEvent;

export type DomainEventType = DomainEvent['type'];
