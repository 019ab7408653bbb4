import type pg from 'pg';
import { domainEventCatalogue, domainEventCodec } from '@trust/domain';
import type { RecordedEvent } from '@trust/event-store';
import { writeVersions, type Projection, type RowVersion, type VersionedTable } from '@trust/projection-runner';
import {
  improvementPlanRecords,
  IMPROVEMENT_PLANS_EVENT_TYPES,
  isImprovementPlansEvent,
  itemKey,
  keysTouchedBy,
  planKey,
  type CurrentRecords,
  type StoredAction,
  type StoredCommitment,
  type StoredDelivery,
  type StoredPlan,
  type StoredPriority,
  type StoredRating,
  type TouchedKeys,
} from './improvement-plans.js';
import { actionOfRow, deliveryOfRow, planOfRow, priorityOfRow, ratingOfRow, SELECT, type ActionRow, type DeliveryRow, type PlanRow, type PriorityRow, type RatingRow } from './improvement-plans.queries.js';

export const IMPROVEMENT_PLANS_PROJECTION = 'improvement-plans';

export const IMPROVEMENT_PLANS_TABLE: VersionedTable = { table: 'improvement_plans', keyColumns: ['academy_id', 'academic_year'] };
export const PLAN_PRIORITIES_TABLE: VersionedTable = { table: 'improvement_plan_priorities', keyColumns: ['academy_id', 'academic_year', 'priority_id'] };
export const PLAN_ACTIONS_TABLE: VersionedTable = { table: 'improvement_plan_actions', keyColumns: ['academy_id', 'academic_year', 'action_id'] };
export const PLAN_RATINGS_TABLE: VersionedTable = { table: 'improvement_plan_ratings', keyColumns: ['rating_id'] };
export const PLAN_COMMITMENTS_TABLE: VersionedTable = { table: 'improvement_plan_commitments', keyColumns: ['academy_id', 'academic_year', 'commitment_id'] };
export const PLAN_DELIVERIES_TABLE: VersionedTable = { table: 'improvement_plan_deliveries', keyColumns: ['delivery_id'] };

// Matched on the stored names, so events of other read models are never decoded here.
const handledTypes: ReadonlySet<string> = new Set(IMPROVEMENT_PLANS_EVENT_TYPES.map((type) => domainEventCatalogue[type].storedName));

/**
 * Stores the improvement plans as temporal rows: loads the current versions of the records a batch appends to
 * (a plan, a priority, an action, a visit's ratings, a recharge's delivery), folds the batch into them event by
 * event and writes a new version of each record an event changed, at that event's position. An event applied
 * twice changes nothing (the fold skips an event at or before a record's position, and the write keeps a
 * stored version). An event about a plan the read model has not seen (a confirmation before its draft cannot
 * be accepted by the domain) writes nothing, and a rating, commitment or delivery naming a priority or plan it
 * has not seen is kept, shown once the plan has it.
 */
export const improvementPlansProjection: Projection = {
  name: IMPROVEMENT_PLANS_PROJECTION,
  tables: ['improvement_plans', 'improvement_plan_priorities', 'improvement_plan_actions', 'improvement_plan_ratings', 'improvement_plan_commitments', 'improvement_plan_deliveries'],
  eventTypes: [...handledTypes],

  async apply(client: pg.PoolClient, events: readonly RecordedEvent[]): Promise<void> {
    const relevant = events.flatMap((recorded) => {
      if (!handledTypes.has(recorded.type)) return [];
      const event = domainEventCodec.decode(recorded);
      return isImprovementPlansEvent(event) ? [{ event, position: recorded.position }] : [];
    });
    if (relevant.length === 0) return;

    const loaded = await loadTouched(client, mergeKeys(relevant.map(({ event }) => keysTouchedBy(event))));
    const current: CurrentRecords = {
      plan: (academyId, academicYear) => loaded.plans.get(planKey(academyId, academicYear)),
      priority: (academyId, academicYear, id) => loaded.priorities.get(itemKey(academyId, academicYear, id)),
      action: (academyId, academicYear, id) => loaded.actions.get(itemKey(academyId, academicYear, id)),
      rating: (id) => loaded.ratings.get(id),
      delivery: (id) => loaded.deliveries.get(id),
    };
    const versions = { plans: [] as RowVersion[], priorities: [] as RowVersion[], actions: [] as RowVersion[], ratings: [] as RowVersion[], commitments: [] as RowVersion[], deliveries: [] as RowVersion[] };
    for (const { event, position } of relevant) {
      const records = improvementPlanRecords(event, position, current);
      for (const plan of records.plans) {
        loaded.plans.set(planKey(plan.academyId, plan.academicYear), plan);
        versions.plans.push({ row: planRow(plan), position });
      }
      for (const priority of records.priorities) {
        loaded.priorities.set(itemKey(priority.academyId, priority.academicYear, priority.priorityId), priority);
        versions.priorities.push({ row: priorityRow(priority), position });
      }
      for (const action of records.actions) {
        loaded.actions.set(itemKey(action.academyId, action.academicYear, action.actionId), action);
        versions.actions.push({ row: actionRow(action), position });
      }
      for (const rating of records.ratings) {
        loaded.ratings.set(rating.ratingId, rating);
        versions.ratings.push({ row: ratingRow(rating), position });
      }
      for (const commitment of records.commitments) versions.commitments.push({ row: commitmentRow(commitment), position });
      for (const delivery of records.deliveries) {
        loaded.deliveries.set(delivery.deliveryId, delivery);
        versions.deliveries.push({ row: deliveryRow(delivery), position });
      }
    }
    await writeVersions(client, IMPROVEMENT_PLANS_TABLE, versions.plans);
    await writeVersions(client, PLAN_PRIORITIES_TABLE, versions.priorities);
    await writeVersions(client, PLAN_ACTIONS_TABLE, versions.actions);
    await writeVersions(client, PLAN_RATINGS_TABLE, versions.ratings);
    await writeVersions(client, PLAN_COMMITMENTS_TABLE, versions.commitments);
    await writeVersions(client, PLAN_DELIVERIES_TABLE, versions.deliveries);
  },
};

function mergeKeys(all: readonly TouchedKeys[]): TouchedKeys {
  return {
    plans: all.flatMap((keys) => keys.plans),
    priorities: all.flatMap((keys) => keys.priorities),
    actions: all.flatMap((keys) => keys.actions),
    ratings: [...new Set(all.flatMap((keys) => keys.ratings))],
    deliveries: [...new Set(all.flatMap((keys) => keys.deliveries))],
  };
}

interface Loaded {
  plans: Map<string, StoredPlan>;
  priorities: Map<string, StoredPriority>;
  actions: Map<string, StoredAction>;
  ratings: Map<string, StoredRating>;
  deliveries: Map<string, StoredDelivery>;
}

/** The current versions of the records the batch appends to, locked for the batch's transaction. */
async function loadTouched(client: pg.PoolClient, keys: TouchedKeys): Promise<Loaded> {
  const loaded: Loaded = { plans: new Map(), priorities: new Map(), actions: new Map(), ratings: new Map(), deliveries: new Map() };
  if (keys.plans.length > 0) {
    const { rows } = await client.query<PlanRow>(
      `${SELECT.plans} t JOIN unnest($1::text[], $2::text[]) AS k (academy_id, academic_year) USING (academy_id, academic_year) WHERE t.valid_to IS NULL FOR UPDATE OF t`,
      [keys.plans.map((key) => key.academyId), keys.plans.map((key) => key.academicYear)],
    );
    for (const row of rows) {
      const plan = planOfRow(row);
      loaded.plans.set(planKey(plan.academyId, plan.academicYear), plan);
    }
  }
  for (const [kind, table, column] of [
    ['priorities', 'priorities', 'priority_id'],
    ['actions', 'actions', 'action_id'],
  ] as const) {
    const wanted = keys[kind];
    if (wanted.length === 0) continue;
    const { rows } = await client.query<PriorityRow & ActionRow>(
      `${SELECT[table]} t JOIN unnest($1::text[], $2::text[], $3::text[]) AS k (academy_id, academic_year, ${column}) USING (academy_id, academic_year, ${column})
        WHERE t.valid_to IS NULL FOR UPDATE OF t`,
      [wanted.map((key) => key.academyId), wanted.map((key) => key.academicYear), wanted.map((key) => key.id)],
    );
    for (const row of rows) {
      if (kind === 'priorities') {
        const priority = priorityOfRow(row);
        loaded.priorities.set(itemKey(priority.academyId, priority.academicYear, priority.priorityId), priority);
      } else {
        const action = actionOfRow(row);
        loaded.actions.set(itemKey(action.academyId, action.academicYear, action.actionId), action);
      }
    }
  }
  if (keys.ratings.length > 0) {
    const { rows } = await client.query<RatingRow>(`${SELECT.ratings} t WHERE t.rating_id = ANY ($1::text[]) AND t.valid_to IS NULL FOR UPDATE OF t`, [keys.ratings]);
    for (const row of rows) loaded.ratings.set(row.rating_id, ratingOfRow(row));
  }
  if (keys.deliveries.length > 0) {
    const { rows } = await client.query<DeliveryRow>(`${SELECT.deliveries} t WHERE t.delivery_id = ANY ($1::text[]) AND t.valid_to IS NULL FOR UPDATE OF t`, [keys.deliveries]);
    for (const row of rows) loaded.deliveries.set(row.delivery_id, deliveryOfRow(row));
  }
  return loaded;
}

function planRow(plan: StoredPlan): Record<string, unknown> {
  return { academy_id: plan.academyId, academic_year: plan.academicYear, plan, position: plan.position, effective_on: plan.draftedOn };
}

function priorityRow(priority: StoredPriority): Record<string, unknown> {
  return {
    academy_id: priority.academyId,
    academic_year: priority.academicYear,
    priority_id: priority.priorityId,
    priority,
    position: priority.position,
    effective_on: priority.versions[0]?.on,
  };
}

function actionRow(action: StoredAction): Record<string, unknown> {
  return {
    academy_id: action.academyId,
    academic_year: action.academicYear,
    action_id: action.actionId,
    priority_id: action.priorityId,
    action,
    position: action.position,
    effective_on: action.versions[0]?.on,
  };
}

function ratingRow(rating: StoredRating): Record<string, unknown> {
  return {
    rating_id: rating.ratingId,
    academy_id: rating.academyId,
    academic_year: rating.academicYear,
    priority_id: rating.priorityId,
    rating: rating.rating,
    rated_on: rating.ratedOn,
    source_kind: rating.source.kind,
    aim_id: rating.source.aimId,
    visit_id: rating.source.visitId,
    rated_by: rating.ratedBy,
    comment: rating.comment,
    withdrawn: rating.withdrawn,
    position: rating.position,
    effective_on: rating.ratedOn,
  };
}

function commitmentRow(commitment: StoredCommitment): Record<string, unknown> {
  return {
    academy_id: commitment.academyId,
    academic_year: commitment.academicYear,
    commitment_id: commitment.commitmentId,
    priority_id: commitment.priorityId,
    kind: commitment.kind,
    core_days: commitment.coreDays,
    development_days: commitment.developmentDays,
    reviews: commitment.reviews,
    committed_by: commitment.committedBy,
    committed_on: commitment.committedOn,
    position: commitment.position,
    effective_on: commitment.committedOn,
  };
}

function deliveryRow(delivery: StoredDelivery): Record<string, unknown> {
  return {
    delivery_id: delivery.deliveryId,
    academy_id: delivery.academyId,
    academic_year: delivery.academicYear,
    commitment_id: delivery.commitmentId,
    kind: delivery.kind,
    amount: delivery.amount,
    delivered_on: delivery.deliveredOn,
    recharge_id: delivery.rechargeId,
    reversed: delivery.reversed,
    position: delivery.position,
    effective_on: delivery.deliveredOn,
  };
}
