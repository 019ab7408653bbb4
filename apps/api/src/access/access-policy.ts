import { isScopedRole, ROLES, type Role } from '@trust/tokens';
import type { Principal } from './principal.js';

/**
 * How a route relates to academies, which decides what a scoped role (headteacher, governor,
 * sip) may do on it:
 * - `academy`: the route is about the academy in its `:id`; a scoped role needs that URN in its
 *   `academies` claim (403 otherwise, before the route can say whether the academy exists).
 * - `own-academies`: the route answers about many academies; a scoped role gets only its own
 *   (the route filters with the grant's `academies`, it does not refuse).
 * - `trust`: the route is about the trust as a whole; scoped roles are never listed on it.
 * - `academy-query`: the route answers about one academy named by its `academyId` query parameter,
 *   or about all of them without it; a scoped role must name one of its own academies there (403
 *   when it names none or another), trust-wide roles may leave it out.
 * - `academy-record`: the route is about one record of one academy, named by its own id (an AIM at
 *   `/aims/:aimId`); the route finds the record's academy and answers a scoped role whose `academies`
 *   claim does not name it 404, exactly as for a record that does not exist (the grant carries the
 *   academies, as for `own-academies`).
 *
 * Whatever the scope, no answer depends on whether something the caller may not see exists: a route
 * naming an academy in its path refuses every academy outside a scoped role's token (403) before looking;
 * a route naming a record by its own id answers a record the caller may not see as an unknown one (404).
 */
export type AcademyScope = 'academy' | 'own-academies' | 'trust' | 'academy-query' | 'academy-record';

export interface AccessRule {
  readonly roles: readonly Role[];
  readonly scope: AcademyScope;
  /** Why these roles: one line, from what each of the ledger's users does (README.md, docs/ACCESS.md). */
  readonly why: string;
}

const EVERY_ROLE: readonly Role[] = ROLES;

/**
 * THE access table: one named permission per route (each route says which with `@Allow(...)`),
 * and the roles that may use it. A route with no permission answers 403 to everyone, and the
 * authorisation matrix test (apps/api/test/authorisation-matrix.e2e-spec.ts) fails until the
 * route has a row there too.
 */
export const ACCESS_POLICY = {
  'academies.register': {
    roles: ['trust-admin'],
    scope: 'trust',
    why: 'An academy joins the trust by a decision of the central team and chief executive.',
  },
  'academies.list': {
    roles: EVERY_ROLE,
    scope: 'own-academies',
    why: 'Everyone works from the list of academies; headteachers, governors and SIPs see only their own.',
  },
  'academy-card.read': {
    roles: EVERY_ROLE,
    scope: 'academy',
    why: 'The card is the shared picture of an academy: the trust reads every card, an academy\'s own people read its card only.',
  },
  'kpi-targets.set': {
    roles: ['trust-admin', 'improvement-director'],
    scope: 'academy',
    why: 'Targets are set by the trust for each academy (the improvement director), not by the academy for itself.',
  },
  'kpis.record': {
    roles: ['trust-admin', 'improvement-director', 'headteacher'],
    scope: 'academy',
    why: 'The improvement director records KPIs; a headteacher feeds their own academy\'s figures. Finance and the committee read, never write evidence.',
  },
  'kpis.correct': {
    roles: ['trust-admin', 'improvement-director', 'headteacher'],
    scope: 'academy',
    why: 'Whoever may record a figure may correct it; the correction is a new event and the original stays in the history.',
  },
  // Evidence the tier policy reads, and the external moderation an academy receives.
  'inspections.record': {
    roles: ['trust-admin', 'improvement-director'],
    scope: 'academy',
    why: 'An inspection judgement feeds the tier policy, so the trust records it from the published report; academies, governors and finance do not.',
  },
  'annual-reviews.record': {
    roles: ['trust-admin', 'improvement-director'],
    scope: 'academy',
    why: "The annual review judges an academy's capacity to improve, a Tier 3 descriptor: the trust records it, not the headteacher whose academy it judges.",
  },
  'outcomes.record': {
    roles: ['trust-admin', 'improvement-director'],
    scope: 'academy',
    why: "A year's outcome direction decides Tier 2 or 3, so the trust records it from the published measures.",
  },
  'risk-assessments.record': {
    roles: ['trust-admin', 'improvement-director'],
    scope: 'academy',
    why: "The risk register is the trust's own assessment of the risk of school improvement failure, kept by the improvement director.",
  },
  'baseline.record': {
    roles: ['trust-admin', 'improvement-director'],
    scope: 'academy',
    why: "The baseline is part of the trust's due diligence on a joining school, before the school has anyone of its own on the system.",
  },
  'sip-assignments.record': {
    roles: ['trust-admin', 'improvement-director'],
    scope: 'academy',
    why: 'School Improvement Partners are approved by the Trust Board and assigned by the trust.',
  },
  'sip-visits.record': {
    roles: ['trust-admin', 'improvement-director'],
    scope: 'academy',
    why: "Visits count towards the tier's required minimum: the improvement director records each from the partner's report, so the partner does not mark their own attendance.",
  },
  'reviews.record': {
    roles: ['trust-admin', 'improvement-director'],
    scope: 'academy',
    why: "Reviews are commissioned by the trust and count towards the tier's requirement: the trust records them.",
  },
  'tier-decisions.decide': {
    roles: ['trust-admin', 'improvement-director'],
    scope: 'academy',
    why: 'The trust decides tiers (the improvement director on its behalf); the committee audits them, and no academy, governor or finance decides its own.',
  },
  'tier-recommendation.read': {
    roles: ['trust-admin', 'standards-committee', 'improvement-director', 'headteacher', 'governor', 'sip'],
    scope: 'academy',
    why: "The recommendation and the evidence behind it are open to those who decide, audit and are subject to it: an academy's own people see theirs. Finance has no part in it.",
  },
  'tier-history.read': {
    roles: ['trust-admin', 'standards-committee', 'improvement-director', 'headteacher', 'governor', 'sip'],
    scope: 'academy',
    why: "Every decision with its evidence and rationale: the committee audits it, an academy's own people and partner may see why their academy is in its tier.",
  },
  'tier-decisions.list': {
    roles: ['trust-admin', 'standards-committee', 'improvement-director'],
    scope: 'trust',
    why: "Every academy's decisions of a year side by side: the standards committee's audit, not any one academy's business.",
  },
  'compliance.read': {
    roles: ['trust-admin', 'standards-committee', 'improvement-director', 'finance'],
    scope: 'trust',
    why: 'Visits, reviews and core days against what each tier requires: the committee and improvement director monitor it; finance needs core days used, since days beyond them are recharged.',
  },
  // Finance: rate cards, budgets, recharges, core days, the ledger and its reconciliation.
  'rate-cards.set': {
    roles: ['trust-admin', 'finance'],
    scope: 'trust',
    why: "The rate card prices every recharge of the year across the trust: set by finance (or the central team), never by an academy.",
  },
  'rate-cards.read': {
    roles: ['trust-admin', 'finance', 'improvement-director'],
    scope: 'trust',
    why: 'Whoever logs a recharge sees the day rate that will price it before logging: finance, the improvement director and the central team.',
  },
  'improvement-budgets.agree': {
    roles: ['trust-admin', 'finance'],
    scope: 'academy',
    why: 'Finance records the budget agreed by the headteacher, improvement director, chief executive and finance director (all named in the body); it is a finance figure, not evidence.',
  },
  'recharges.log': {
    roles: ['trust-admin', 'finance', 'improvement-director'],
    scope: 'trust',
    why: "The improvement director brokers support and logs the days given; finance logs the rest. Headteachers may not: one academy's entry charges another.",
  },
  'recharges.reverse': {
    roles: ['trust-admin', 'finance'],
    scope: 'trust',
    why: 'A reversal is a correction of the ledger: finance makes it (on anyone\'s report of the error), so every correction has one owner.',
  },
  'core-days.log': {
    roles: ['trust-admin', 'improvement-director'],
    scope: 'academy',
    why: "Core days are the improvement director's own entitlement days with an academy (seed 003), logged by them; they are never recharged, so finance does not log them.",
  },
  'core-days.read': {
    roles: ['trust-admin', 'improvement-director', 'finance'],
    scope: 'academy',
    why: "What is left of an academy's core days: the improvement director before logging one, finance because days beyond them are recharged (as in compliance.read).",
  },
  'ledger.read': {
    roles: ['trust-admin', 'finance', 'headteacher'],
    scope: 'academy-query',
    why: "Finance reconciles the whole ledger; a headteacher sees their own academy's recharges (academyId required), to check what it is charged and earns.",
  },
  'reconciliation.read': {
    roles: ['trust-admin', 'finance'],
    scope: 'trust',
    why: "Budgets against spend for every academy, and the trust's totals: finance's reconciliation, not any one academy's business.",
  },
  // Audit trail and replay.
  'audit.read': {
    roles: ['trust-admin', 'standards-committee'],
    scope: 'trust',
    why:
      "Every event of every stream, with who made it and why: the central team and the standards committee, who audit. Not the improvement director, whose own decisions it audits, nor finance, whose ledger and reconciliation cover its needs; never a scoped role, since it spans academies.",
  },
  'academy-timeline.read': {
    roles: EVERY_ROLE,
    scope: 'academy',
    why: "The card replayed event by event, for governance boards: whoever may read an academy's card may see how it came to be, its own people for their academy only.",
  },
  'history.position': {
    roles: EVERY_ROLE,
    scope: 'own-academies',
    why: 'A printed board pack, or a figure cited to a board, names the position of the history it was read at, so anyone can reproduce it; a position and its time say nothing of any academy.',
  },
  'session.read': {
    roles: EVERY_ROLE,
    scope: 'own-academies',
    why: 'Anyone signed in may ask who the API takes them to be and what they may do: the console shows each person only the pages their roles allow.',
  },
  // Academy Improvement Meetings: seed 003's section of that name (docs/DOMAIN.md).
  'aims.schedule': {
    roles: ['trust-admin', 'improvement-director'],
    scope: 'academy',
    why: 'The improvement director arranges the three AIMs a year with each academy and chairs them; the academy does not schedule its own.',
  },
  'aims.reschedule': {
    roles: ['trust-admin', 'improvement-director'],
    scope: 'academy-record',
    why: 'Whoever schedules an AIM moves it; the earlier date stays in its history and the documents fall due a week before the new one.',
  },
  'aims.agree-focus': {
    roles: ['trust-admin', 'improvement-director'],
    scope: 'academy-record',
    why: 'Seed 003: the improvement director agrees the focus with the headteacher a week before, and records it.',
  },
  'aims.submit-document': {
    roles: ['trust-admin', 'improvement-director', 'headteacher'],
    scope: 'academy-record',
    why: "Seed 003: the academy's leaders circulate the documents to the improvement director; a headteacher submits their own academy's, the director may record one sent by email.",
  },
  'aims.check-documents': {
    roles: ['trust-admin', 'improvement-director'],
    scope: 'academy-record',
    why: 'Missing documents are recorded overdue by the deadline job; the improvement director may run the same check by hand. Never the academy whose documents are checked.',
  },
  'aims.hold': {
    roles: ['trust-admin', 'improvement-director'],
    scope: 'academy-record',
    why: 'The improvement director chairs the AIM and records its judgements, priorities and next steps; the academy attends but does not record its own judgement.',
  },
  'aims.publish-report': {
    roles: ['trust-admin', 'improvement-director'],
    scope: 'academy-record',
    why: "The AIM report is the chair's (the improvement director's); it becomes the next AIM's previous report.",
  },
  'aims.read': {
    roles: ['trust-admin', 'standards-committee', 'improvement-director', 'headteacher', 'governor'],
    scope: 'academy-record',
    why: "Seed 003: AIMs are for directors, the chief executive, the improvement director, school leaders and local governors: an academy's headteacher and governors read its own. Not finance or the partner.",
  },
  'aims.list': {
    roles: ['trust-admin', 'standards-committee', 'improvement-director', 'headteacher', 'governor'],
    scope: 'academy',
    why: "An academy's AIMs, for those who may read each of them: its own headteacher and governors, and the trust.",
  },
  // Academy improvement plans (seeds 000 and 003): one per academy and academic year.
  'improvement-plans.draft': {
    roles: ['trust-admin', 'improvement-director', 'headteacher'],
    scope: 'academy',
    why: "Improvement planning is the academy's own (seed 000: academy development plans): its headteacher drafts its plan, the improvement director or the central team may draft it with them.",
  },
  'improvement-plans.amend': {
    roles: ['trust-admin', 'improvement-director', 'headteacher'],
    scope: 'academy',
    why: "Priorities and actions are added and amended by the academy's leaders and at AIMs (seed 003: AIMs \"review, amend or confirm the academy's priorities\"): its headteacher, and the improvement director who chairs them.",
  },
  'improvement-plans.rate': {
    roles: ['trust-admin', 'improvement-director', 'headteacher'],
    scope: 'academy',
    why: "Priorities are RAG rated by the headteacher (a week before a peer review visit, among other times) and at AIMs, chaired by the improvement director.",
  },
  'improvement-plans.confirm': {
    roles: ['trust-admin', 'improvement-director'],
    scope: 'academy',
    why: "The priorities are confirmed at an AIM or through governance, which the trust records: the academy does not confirm its own plan.",
  },
  'improvement-plans.close': {
    roles: ['trust-admin', 'improvement-director'],
    scope: 'academy',
    why: 'Closing a year ends its plan for good (nothing more is added, amended, rated or committed): the trust closes it, not the academy.',
  },
  'improvement-plans.commit-support': {
    roles: ['trust-admin', 'improvement-director'],
    scope: 'academy',
    why: "Support for the academy's tier is the trust's to commit (seed 000's \"Trust Support\"): the improvement director, who brokers it, or the central team.",
  },
  'improvement-plans.read': {
    roles: EVERY_ROLE,
    scope: 'academy',
    why: "A plan is scrutinised through governance (seed 000) and monitored by the trust: governors, its partner, the committee and finance (its support's days are recharged) read it, an academy's own people their academy's only.",
  },
  // Operating the read models and background jobs: the central team only.
  'projections.read': {
    roles: ['trust-admin'],
    scope: 'trust',
    why: "Each read model's checkpoint, lag and failure is operational detail for whoever runs the system: the central team.",
  },
  'projections.rebuild': {
    roles: ['trust-admin'],
    scope: 'trust',
    why: 'A rebuild replays the whole history into every academy\'s read model: an operation for the central team alone.',
  },
  'projections.retry': {
    roles: ['trust-admin'],
    scope: 'trust',
    why: 'Resuming a failed read model after a fix is an operation for the central team alone.',
  },
  // Data protection: the trust is the controller, and its central team answers data subjects' requests.
  'personal-data.erase': {
    roles: ['trust-admin'],
    scope: 'trust',
    why: "Erasing a person's data answers a request under UK GDPR on the trust's behalf and cannot be undone: the central team alone, which the data protection officer works with.",
  },
  'personal-data.subject-access': {
    roles: ['trust-admin'],
    scope: 'trust',
    why: "A subject access export holds everything about one person, from every academy, confidential records included: the central team answers the request for the trust.",
  },
  'personal-data.retention': {
    roles: ['trust-admin'],
    scope: 'trust',
    why: "Retention erases every academy's records past their schedule, for good: the central team runs it early and reads the schedule it keeps for the trust.",
  },
  'jobs.read': {
    roles: ['trust-admin'],
    scope: 'trust',
    why: 'Background jobs are started by the central team, which follows their progress.',
  },
  'reports.create': {
    roles: ['trust-admin'],
    scope: 'trust',
    why: 'Report snapshots are trust-wide and built as background jobs: the central team asks for them.',
  },
  'reports.read': {
    roles: ['trust-admin'],
    scope: 'trust',
    why: 'A report snapshot covers every academy: the central team, which asked for it, reads it.',
  },
  // Loading a trust's history from spreadsheets.
  'imports.run': {
    roles: ['trust-admin'],
    scope: 'trust',
    why: "An import writes years of every academy's history at once: the central team, which adopts the ledger, loads it.",
  },
  'imports.templates': {
    roles: ['trust-admin'],
    scope: 'trust',
    why: 'The templates are for those who import: the central team.',
  },
  // Peer reviews (interim AIMs). Who of the roles below may see or act on a visit depends on who attended it,
  // which this table cannot know: the handlers apply the domain's mayReadPeerReview
  // (apps/api/src/peer-reviews/peer-review-readers.ts), answering 404 to anyone it refuses as for an unknown
  // visit, and the deciders check the part the actor plays in the visit (visit-attendance.ts, 403).
  'peer-reviews.form': {
    roles: ['trust-admin', 'improvement-director'],
    scope: 'trust',
    why: 'The improvement director sets up and facilitates the peer to peer programme (seed 003); groups span academies, so no one academy forms one.',
  },
  'peer-reviews.schedule': {
    roles: ['trust-admin', 'improvement-director'],
    scope: 'trust',
    why: 'Visit dates are agreed by the group well in advance and never moved: the improvement director, who attends each, enters the agreed diary.',
  },
  'peer-reviews.set-focus': {
    roles: ['trust-admin', 'headteacher'],
    scope: 'own-academies',
    why: "The host school decides the focus (seed 003): its headteacher sets it, checked by the domain (403 for anyone else); the chief executive may enter it on their behalf. Only the visit's readers reach it.",
  },
  'peer-reviews.observe': {
    roles: ['trust-admin', 'improvement-director', 'headteacher'],
    scope: 'own-academies',
    why: "Each visiting headteacher and the facilitating improvement director records their own observations and concerns; the domain refuses the host (403) and anyone not on the visit, and the chief executive may enter a headteacher's on their behalf.",
  },
  'peer-reviews.record': {
    roles: ['trust-admin', 'improvement-director', 'headteacher'],
    scope: 'own-academies',
    why: "The lead headteacher (or the facilitating improvement director) records the visit held with the feedback and actions: the domain refuses the host (403), whose school it judges, and every other attendee.",
  },
  'peer-reviews.report': {
    roles: ['trust-admin', 'headteacher'],
    scope: 'own-academies',
    why: "The lead headteacher's summary report (checked by the domain, 403 for anyone else); the chief executive may enter it on their behalf. Only the visit's readers reach it.",
  },
  'peer-reviews.read-group': {
    roles: ['trust-admin', 'improvement-director', 'headteacher', 'governor'],
    scope: 'own-academies',
    why: "A group's members and diary are not confidential but are its own business: the trust's central team and improvement director, and the headteachers and governors of the group's academies.",
  },
  'peer-reviews.read-visit': {
    roles: ['trust-admin', 'improvement-director', 'headteacher', 'governor'],
    scope: 'own-academies',
    why: "Confidential to the visit's attendees, the chief executive and the host's chair of governors (seed 003): these roles may be among them, and mayReadPeerReview decides which are. Never the committee, finance or a partner.",
  },
  'safeguarding-concerns.read': {
    roles: ['trust-admin'],
    scope: 'trust',
    why: 'Safeguarding concerns raised on peer review visits are flagged for escalation: the chief executive (trust-admin) escalates them.',
  },
  // Database of expertise.
  'expertise.register': {
    roles: ['trust-admin', 'improvement-director'],
    scope: 'trust',
    why: 'The improvement director grows the database of expertise to broker support from it (seed 003); entries name staff of any academy, so no one academy keeps it.',
  },
  'expertise.update': {
    roles: ['trust-admin', 'improvement-director'],
    scope: 'trust',
    why: 'Whoever keeps the database keeps its entries current.',
  },
  'expertise.withdraw': {
    roles: ['trust-admin', 'improvement-director'],
    scope: 'trust',
    why: 'Whoever keeps the database takes someone out of brokering when they leave or can no longer offer support.',
  },
  'expertise.search': {
    roles: ['trust-admin', 'improvement-director'],
    scope: 'trust',
    why: 'The improvement director brokers support from the database (seed 003: "The AID may also broker any additional improvement support required").',
  },
} as const satisfies Record<string, AccessRule>;

export type Permission = keyof typeof ACCESS_POLICY;

export const PERMISSIONS = Object.keys(ACCESS_POLICY) as Permission[];

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && Object.hasOwn(ACCESS_POLICY, value);
}

export function accessRule(permission: Permission): AccessRule {
  return ACCESS_POLICY[permission];
}

/** The academies a grant lets its holder see: every one, or those listed. */
export type AcademyVisibility = 'all' | readonly string[];

export type AccessDecision =
  | {
      readonly allowed: true;
      /** The role the request acts as: the first of the user's roles the rule allows (it goes into the events' metadata). */
      readonly role: Role;
      readonly academies: AcademyVisibility;
    }
  | { readonly allowed: false; readonly reason: string };

/**
 * Whether the principal may use the permission, on the academy of the route's `:id` when the
 * rule is academy-scoped (of its `academyId` query parameter for `academy-query`). Pure, so the
 * whole policy is tested without HTTP.
 */
export function decideAccess(permission: Permission, principal: Principal, academyId: string | undefined): AccessDecision {
  const rule = accessRule(permission);
  const permitted = principal.roles.filter((role) => rule.roles.includes(role));
  if (permitted.length === 0) {
    return { allowed: false, reason: `${permission} is not allowed to ${describeRoles(principal.roles)}` };
  }
  // An unscoped role that the rule allows sees every academy; otherwise only the principal's own.
  const academies: AcademyVisibility = permitted.some((role) => !isScopedRole(role)) ? 'all' : [...principal.academies];
  switch (rule.scope) {
    case 'academy': {
      const role = permitted.find((candidate) => !isScopedRole(candidate) || (academyId !== undefined && principal.academies.includes(academyId)));
      if (role === undefined) return { allowed: false, reason: `academy ${academyId ?? '(none)'} is not one of your academies` };
      return { allowed: true, role, academies };
    }
    case 'own-academies':
    case 'academy-record':
      return { allowed: true, role: permitted[0]!, academies };
    case 'academy-query': {
      const role = permitted.find((candidate) => !isScopedRole(candidate) || (academyId !== undefined && principal.academies.includes(academyId)));
      if (role === undefined) {
        return { allowed: false, reason: academyId === undefined ? 'name one of your academies in academyId' : `academy ${academyId} is not one of your academies` };
      }
      // Only scoped roles allowed: the route answers about the one academy they named.
      return { allowed: true, role, academies: academies === 'all' || academyId === undefined ? academies : [academyId] };
    }
    case 'trust': {
      const role = permitted.find((candidate) => !isScopedRole(candidate));
      if (role === undefined) return { allowed: false, reason: `${permission} is for trust-wide roles only` };
      return { allowed: true, role, academies: 'all' };
    }
    default: {
      const _exhaustive: never = rule.scope;
      return _exhaustive;
    }
  }
}

function describeRoles(roles: readonly Role[]): string {
  return roles.length === 0 ? 'a user with no roles' : `the roles ${roles.join(', ')}`;
}
