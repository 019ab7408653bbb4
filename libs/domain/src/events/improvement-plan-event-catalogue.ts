import { RAG_RATINGS } from '../aim/rag-rating.js';
import type { ImprovementPlanEvent } from '../improvement-plan/improvement-plan.events.js';
import { PLAN_ACTION_STATUSES } from '../improvement-plan/plan-action-status.js';
import type { PlanActor } from '../improvement-plan/plan-actor.js';
import { PLAN_OWNER_KINDS, PLAN_OWNER_ROLES, type PlanOwner } from '../improvement-plan/plan-owner.js';
import type { PlanKpiTarget } from '../improvement-plan/plan-priority-content.js';
import { RATING_SOURCES, type RatingSource } from '../improvement-plan/rating-source.js';
import { SUPPORT_KINDS } from '../improvement-plan/support-kind.js';
import { KPI_NAMES } from '../kpi/kpi-name.js';
import type { DatedEventCatalogue } from './event-catalogue.js';
import type { EventDataReader } from './event-data-reader.js';

export const improvementPlanEventCatalogue: DatedEventCatalogue<ImprovementPlanEvent> = {
  ImprovementPlanDrafted: {
    storedName: 'ImprovementPlanDrafted',
    schemaVersion: 1,
    upcasters: [],
    read: (data) => ({
      academyId: data.string('academyId'),
      academicYear: data.string('academicYear'),
      draftedOn: data.string('draftedOn'),
    }),
    effectiveDate: (data) => data.draftedOn,
  },
  PlanPriorityAdded: {
    storedName: 'PlanPriorityAdded',
    schemaVersion: 1,
    upcasters: [],
    read: (data) => ({
      academyId: data.string('academyId'),
      academicYear: data.string('academicYear'),
      priorityId: data.string('priorityId'),
      ...readPriorityContent(data),
      aimId: data.nullableString('aimId'),
      addedOn: data.string('addedOn'),
    }),
    effectiveDate: (data) => data.addedOn,
  },
  PlanPriorityAmended: {
    storedName: 'PlanPriorityAmended',
    schemaVersion: 1,
    upcasters: [],
    read: (data) => ({
      academyId: data.string('academyId'),
      academicYear: data.string('academicYear'),
      priorityId: data.string('priorityId'),
      ...readPriorityContent(data),
      aimId: data.nullableString('aimId'),
      amendedOn: data.string('amendedOn'),
    }),
    effectiveDate: (data) => data.amendedOn,
  },
  PlanActionAdded: {
    storedName: 'PlanActionAdded',
    schemaVersion: 1,
    upcasters: [],
    read: (data) => ({
      academyId: data.string('academyId'),
      academicYear: data.string('academicYear'),
      priorityId: data.string('priorityId'),
      actionId: data.string('actionId'),
      description: data.string('description'),
      owner: readOwner(data.object('owner')),
      dueOn: data.string('dueOn'),
      addedOn: data.string('addedOn'),
    }),
    effectiveDate: (data) => data.addedOn,
  },
  PlanActionAmended: {
    storedName: 'PlanActionAmended',
    schemaVersion: 1,
    upcasters: [],
    read: (data) => ({
      academyId: data.string('academyId'),
      academicYear: data.string('academicYear'),
      priorityId: data.string('priorityId'),
      actionId: data.string('actionId'),
      description: data.string('description'),
      owner: readOwner(data.object('owner')),
      dueOn: data.string('dueOn'),
      status: data.oneOf('status', PLAN_ACTION_STATUSES),
      amendedOn: data.string('amendedOn'),
    }),
    effectiveDate: (data) => data.amendedOn,
  },
  PlanPriorityRated: {
    storedName: 'PlanPriorityRated',
    schemaVersion: 1,
    upcasters: [],
    read: (data) => ({
      academyId: data.string('academyId'),
      academicYear: data.string('academicYear'),
      priorityId: data.string('priorityId'),
      rating: data.oneOf('rating', RAG_RATINGS),
      ratedOn: data.string('ratedOn'),
      ratedBy: readActor(data.object('ratedBy')),
      comment: data.nullableString('comment'),
      source: readSource(data.object('source')),
    }),
    effectiveDate: (data) => data.ratedOn,
  },
  ImprovementPlanConfirmed: {
    storedName: 'ImprovementPlanConfirmed',
    schemaVersion: 1,
    upcasters: [],
    read: (data) => ({
      academyId: data.string('academyId'),
      academicYear: data.string('academicYear'),
      aimId: data.nullableString('aimId'),
      confirmedOn: data.string('confirmedOn'),
    }),
    effectiveDate: (data) => data.confirmedOn,
  },
  ImprovementPlanYearClosed: {
    storedName: 'ImprovementPlanYearClosed',
    schemaVersion: 1,
    upcasters: [],
    read: (data) => ({
      academyId: data.string('academyId'),
      academicYear: data.string('academicYear'),
      closedOn: data.string('closedOn'),
    }),
    effectiveDate: (data) => data.closedOn,
  },
  PlanSupportCommitted: {
    storedName: 'PlanSupportCommitted',
    schemaVersion: 1,
    upcasters: [],
    read: (data) => ({
      academyId: data.string('academyId'),
      academicYear: data.string('academicYear'),
      commitmentId: data.string('commitmentId'),
      priorityId: data.string('priorityId'),
      kind: data.oneOf('kind', SUPPORT_KINDS),
      coreDays: data.number('coreDays'),
      developmentDays: data.number('developmentDays'),
      reviews: data.number('reviews'),
      committedBy: readActor(data.object('committedBy')),
      committedOn: data.string('committedOn'),
    }),
    effectiveDate: (data) => data.committedOn,
  },
};

function readPriorityContent(data: EventDataReader): {
  title: string;
  evidence: string;
  targets: PlanKpiTarget[];
  owners: PlanOwner[];
} {
  return {
    title: data.string('title'),
    evidence: data.string('evidence'),
    targets: data.objectArray('targets').map((target) => ({
      kpi: target.oneOf('kpi', KPI_NAMES),
      successCriteria: target.string('successCriteria'),
    })),
    owners: data.objectArray('owners').map(readOwner),
  };
}

/**
 * Every field of an owner is read whatever its kind, so each is checked (and the personal data catalogue's
 * spec, which runs this reader, finds the staff id and name of a named owner); the kind then says which hold.
 */
function readOwner(owner: EventDataReader): PlanOwner {
  const kind = owner.oneOf('kind', PLAN_OWNER_KINDS);
  const role = owner.nullableOneOf('role', PLAN_OWNER_ROLES);
  const staffId = owner.nullableString('staffId');
  const name = owner.nullableString('name');
  switch (kind) {
    case 'role':
      return { kind, role: role ?? owner.oneOf('role', PLAN_OWNER_ROLES), staffId: null, name: null };
    case 'staff':
      return { kind, role: null, staffId: staffId ?? owner.string('staffId'), name: name ?? owner.string('name') };
    default: {
      const _exhaustive: never = kind;
      return _exhaustive;
    }
  }
}

/** As readOwner: every field read, the kind saying which hold. */
function readSource(source: EventDataReader): RatingSource {
  const kind = source.oneOf('kind', RATING_SOURCES);
  const aimId = source.nullableString('aimId');
  const visitId = source.nullableString('visitId');
  switch (kind) {
    case 'direct':
      return { kind, aimId: null, visitId: null };
    case 'aim':
      return { kind, aimId: aimId ?? source.string('aimId'), visitId: null };
    case 'peer-visit':
      return { kind, aimId: null, visitId: visitId ?? source.string('visitId') };
    default: {
      const _exhaustive: never = kind;
      return _exhaustive;
    }
  }
}

function readActor(actor: EventDataReader): PlanActor {
  return { userId: actor.string('userId'), name: actor.string('name'), role: actor.string('role') };
}
