/**
 * The bounds on what a command may carry. A payload is stored for ever, so no text and no list is
 * unbounded. Each bound is written once, here: the deciders enforce it and the HTTP layer publishes and
 * checks the same number, so the two cannot drift apart.
 */

/** A name or a title: a person's, an academy's, a hub's, a group's; a risk's title and owner. */
export const MAX_NAME_LENGTH = 200;

/** The id of a person (a token's `sub`, a headteacher in a peer review group). */
export const MAX_PERSON_ID_LENGTH = 200;

/** A short label given in a body: a School Improvement Partner's user id, a decision id, a role, an area of expertise. */
export const MAX_LABEL_LENGTH = 100;

/** One line: an improvement priority, an aspect a peer review visit looks at. */
export const MAX_LINE_LENGTH = 500;

/** A paragraph: a reason, a description, a focus, a next step, an action, a comment. */
export const MAX_TEXT_LENGTH = 2000;

/** A page: a summary, a rationale, a visitor's observation or concern. */
export const MAX_LONG_TEXT_LENGTH = 4000;

/** The most items each list of a command may hold, by the list's field name. */
export const MAX_ITEMS = {
  /** People at an Academy Improvement Meeting. */
  attendees: 50,
  /** An AIM's priorities, each RAG rated. */
  priorities: 20,
  /** An AIM's next steps. */
  nextSteps: 30,
  /** Actions a peer review visit sets for the next AIM. */
  actionsForNextAim: 30,
  /** Academies in a peer review group. */
  members: 20,
  /** Headteachers reviewing on one peer review visit. */
  reviewerIds: 20,
  /** One visitor's observations of a peer review visit. */
  observations: 50,
  /** One visitor's safeguarding concerns. */
  safeguardingConcerns: 20,
  /** Areas of expertise not in the list. */
  otherAreas: 20,
  /** Entries of a risk register. */
  risks: 100,
  /** URNs a converting or re-brokered school held before. */
  predecessorUrns: 20,
  /** People who agreed an improvement budget. */
  agreedBy: 20,
} as const;
