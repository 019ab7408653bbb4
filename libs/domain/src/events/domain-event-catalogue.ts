import { academyEventCatalogue } from './academy-event-catalogue.js';
import { evidenceEventCatalogue } from './evidence-event-catalogue.js';
import { financeEventCatalogue } from './finance-event-catalogue.js';
import type { DomainEvent } from './domain-event.js';
import type { DatedEventCatalogue } from './event-catalogue.js';
import { tierEventCatalogue } from './tier-event-catalogue.js';
import { aimEventCatalogue } from './aim-event-catalogue.js';
import { peerReviewEventCatalogue } from './peer-review-event-catalogue.js';
import { expertiseEventCatalogue } from './expertise-event-catalogue.js';
import { dataSubjectEventCatalogue } from './data-subject-event-catalogue.js';
import { retentionEventCatalogue } from './retention-event-catalogue.js';
import { improvementPlanEventCatalogue } from './improvement-plan-event-catalogue.js';

/** Typed against DomainEvent, so an event type added to the union without a catalogue entry does not compile. */
export const domainEventCatalogue: DatedEventCatalogue<DomainEvent> = {
  ...academyEventCatalogue,
  ...evidenceEventCatalogue,
  ...tierEventCatalogue,
  ...financeEventCatalogue,
  ...aimEventCatalogue,
  ...peerReviewEventCatalogue,
  ...expertiseEventCatalogue,
  ...dataSubjectEventCatalogue,
  ...retentionEventCatalogue,
  ...improvementPlanEventCatalogue,
};
