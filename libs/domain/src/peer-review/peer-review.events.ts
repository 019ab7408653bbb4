import type { PeerReviewGroupEvent } from './peer-review-group.events.js';
import type { PeerReviewVisitEvent } from './peer-review-visit.events.js';

/** Every peer review event: the groups' diaries and the visits' findings. */
export type PeerReviewEvent = PeerReviewGroupEvent | PeerReviewVisitEvent;
