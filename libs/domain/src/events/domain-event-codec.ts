import type { DomainEvent } from './domain-event.js';
import { domainEventCatalogue } from './domain-event-catalogue.js';
import { createEventCodec, type EventCodec } from './event-codec.js';

export const domainEventCodec: EventCodec<DomainEvent> = createEventCodec(domainEventCatalogue);
