import { DomainError } from '../shared/domain-error.js';
import type { ScheduledReviewVisit } from './peer-review-group.events.js';
import { parsePersonId } from './person-id.js';

/**
 * Who is acting on a visit, as the request's principal names them: their user id (a token's `sub`) and,
 * when they act as a headteacher, their headteacher id (a headteacher's own `sub`, or the one the chief
 * executive names when entering something on a headteacher's behalf).
 */
export type VisitActor = { userId: string; headteacherId: string | null };

/**
 * The part a person plays in a visit. The visitors are the lead and the reviewing headteachers (members of
 * the group other than the host, as the diary names them for this visit) and the facilitating improvement
 * director or hub lead; the host headteacher receives the visit.
 */
export const VISIT_ROLES = ['host', 'lead', 'reviewer', 'facilitator'] as const;
export type VisitRole = (typeof VISIT_ROLES)[number];

/** Who did something on a visit, as its events store it: a headteacher id, or the facilitator's user id. */
export type VisitAttendee = { personId: string; role: VisitRole };

export type VisitAct = 'set-focus' | 'record-observations' | 'record-held' | 'submit-report';

/**
 * Seed 003: the host school decides the focus; "The visiting Headteachers will record all observations";
 * the lead gives the feedback, identifying the actions (the facilitator, who attends every visit, may record
 * it for them); visitors share concerns, "particularly those of a safeguarding nature"; the lead writes the
 * summary report. The host never records what the visit found about their own school.
 */
const ROLES_THAT_MAY: Readonly<Record<VisitAct, readonly VisitRole[]>> = {
  'set-focus': ['host'],
  'record-observations': ['lead', 'reviewer', 'facilitator'],
  'record-held': ['lead', 'facilitator'],
  'submit-report': ['lead'],
};

const DESCRIBED: Readonly<Record<VisitAct, (visitId: string) => string>> = {
  'set-focus': (visitId) => `set the focus of visit ${visitId}`,
  'record-observations': (visitId) => `record observations and safeguarding concerns on visit ${visitId}`,
  'record-held': (visitId) => `record visit ${visitId} as held`,
  'submit-report': (visitId) => `submit the summary report of visit ${visitId}`,
};

const WHO: Readonly<Record<VisitRole, string>> = {
  host: 'the host headteacher',
  lead: 'the lead headteacher',
  reviewer: 'a visiting headteacher',
  facilitator: 'the facilitating improvement director',
};

/** Every part the actor plays in the visit (none for anyone else). Pure. */
export function visitRolesOf(visit: ScheduledReviewVisit, actor: VisitActor): VisitRole[] {
  const roles: VisitRole[] = [];
  const { headteacherId } = actor;
  if (headteacherId !== null) {
    if (headteacherId === visit.hostHeadteacherId) roles.push('host');
    if (headteacherId === visit.leadHeadteacherId) roles.push('lead');
    if (visit.reviewerIds.includes(headteacherId)) roles.push('reviewer');
  }
  if (visit.facilitatorUserId !== null && actor.userId === visit.facilitatorUserId) roles.push('facilitator');
  return roles;
}

/**
 * The attendee the act is recorded as, or null when the actor may not do it. The host may do nothing but set
 * the focus, even if they also happen to hold another part (a user id shared with the facilitator's), and
 * whatever role they act in: a headteacher's id is the user id of their token, so the host acting as the
 * facilitating improvement director (no headteacher id then) is still the host.
 */
export function mayActOnVisit(visit: ScheduledReviewVisit, actor: VisitActor, act: VisitAct): VisitAttendee | null {
  const roles = visitRolesOf(visit, actor);
  const isHost = roles.includes('host') || actor.userId === visit.hostHeadteacherId;
  if (act !== 'set-focus' && isHost) return null;
  const role = roles.find((candidate) => ROLES_THAT_MAY[act].includes(candidate));
  if (role === undefined) return null;
  return { personId: role === 'facilitator' ? actor.userId : (actor.headteacherId ?? actor.userId), role };
}

/** As mayActOnVisit, refusing (forbidden, 403) anyone who may not, and saying who may. */
export function ensureMayActOnVisit(visit: ScheduledReviewVisit, actor: VisitActor, act: VisitAct): VisitAttendee {
  const attendee = mayActOnVisit(visit, actor, act);
  if (attendee === null) {
    const who = ROLES_THAT_MAY[act].map((role) => WHO[role]).join(' or ');
    throw DomainError.forbidden(`only ${who} may ${DESCRIBED[act](visit.visitId)}`);
  }
  return attendee;
}

/** The actor a command carries, checked: ids are compared for identity, so they are refused rather than trimmed. */
export function parseVisitActor(input: unknown): VisitActor {
  if (typeof input !== 'object' || input === null) {
    throw DomainError.invalid('actor', 'must be { userId, headteacherId }');
  }
  const { userId, headteacherId } = input as Record<string, unknown>;
  return {
    userId: parsePersonId(userId, 'userId'),
    headteacherId: headteacherId === null || headteacherId === undefined ? null : parsePersonId(headteacherId, 'headteacherId'),
  };
}
