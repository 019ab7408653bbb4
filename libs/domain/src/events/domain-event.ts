import type { AcademyEvent } from '../academy/academy.events.js';
import type { FinanceEvent } from '../finance/finance.events.js';
import type { AimEvent } from '../aim/aim.events.js';
import type { PeerReviewEvent } from '../peer-review/peer-review.events.js';
import type { ExpertiseEvent } from '../expertise/expertise.events.js';
import type { DataSubjectEvent } from '../data-subject/data-subject.events.js';
import type { RetentionEvent } from '../retention/retention.events.js';
import type { ImprovementPlanEvent } from '../improvement-plan/improvement-plan.events.js';

/** Every event the domain stores: each aggregate's union joins here (`AcademyEvent | TierEvent | ...`). */
export type DomainEvent =
  | AcademyEvent
  | FinanceEvent
  | AimEvent
  | PeerReviewEvent
  | ExpertiseEvent
  | DataSubjectEvent
  | RetentionEvent
  | ImprovementPlanEvent;

export type DomainEventType = DomainEvent['type'];
