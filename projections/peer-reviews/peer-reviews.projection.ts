import type pg from 'pg';
import { domainEventCodec, domainEventCatalogue } from '@trust/domain';
import type { RecordedEvent } from '@trust/event-store';
import { writeVersions, type Projection, type RowVersion, type VersionedTable } from '@trust/projection-runner';
import {
  isPeerReviewEvent,
  PEER_REVIEWS_SOURCE_EVENT_TYPES,
  peerReviewsChange,
  subjectOf,
  type PeerReviewGroupView,
  type PeerReviewVisitView,
  type SafeguardingConcernView,
} from './peer-reviews.js';

export const PEER_REVIEWS_PROJECTION = 'peer-reviews';

export const PEER_REVIEW_GROUPS: VersionedTable = { table: 'peer_review_groups', keyColumns: ['group_id'] };
export const PEER_REVIEW_VISITS: VersionedTable = { table: 'peer_review_visits', keyColumns: ['visit_id'] };
export const PEER_REVIEW_CONCERNS: VersionedTable = { table: 'peer_review_concerns', keyColumns: ['concern_id'] };

// Matched on the stored names, so events of other read models are never decoded here.
const handledTypes: ReadonlySet<string> = new Set(PEER_REVIEWS_SOURCE_EVENT_TYPES.map((type) => domainEventCatalogue[type].storedName));

/**
 * Stores the peer-reviews fold as temporal rows: one version of a group, visit or concern per event that
 * changed it. The current groups and visits an event batch is about are loaded first, then the batch is
 * folded over them in order. Idempotent: an event at or below a row's stored version changes nothing
 * (writeVersions leaves it out).
 */
export const peerReviewsProjection: Projection = {
  name: PEER_REVIEWS_PROJECTION,
  tables: ['peer_review_groups', 'peer_review_visits', 'peer_review_concerns'],
  eventTypes: [...handledTypes],

  async apply(client: pg.PoolClient, events: readonly RecordedEvent[]): Promise<void> {
    const decoded = events.flatMap((recorded) => {
      if (!handledTypes.has(recorded.type)) return [];
      const event = domainEventCodec.decode(recorded);
      return isPeerReviewEvent(event) ? [{ event, position: recorded.position }] : [];
    });
    if (decoded.length === 0) return;

    const subjects = decoded.map(({ event }) => subjectOf(event));
    const groups = await currentGroups(client, subjects.flatMap(({ groupId }) => (groupId === null ? [] : [groupId])));
    const visits = await currentVisits(client, subjects.flatMap(({ visitId }) => (visitId === null ? [] : [visitId])));

    const groupVersions: RowVersion[] = [];
    const visitVersions: RowVersion[] = [];
    const concernVersions: RowVersion[] = [];
    for (const { event, position } of decoded) {
      const { groupId, visitId } = subjectOf(event);
      const group = groupId === null ? null : (groups.get(groupId) ?? null);
      const visit = visitId === null ? null : (visits.get(visitId) ?? null);
      // Seen already (an earlier batch, or twice in this one): the stored version stands.
      if ((group !== null && visitId === null && position <= group.position) || (visit !== null && position <= visit.position)) continue;
      const change = peerReviewsChange(event, position, { group, visit });
      if (change.group !== null) {
        groups.set(change.group.groupId, change.group);
        groupVersions.push({ row: groupRow(change.group), position });
      }
      if (change.visit !== null) {
        visits.set(change.visit.visitId, change.visit);
        visitVersions.push({ row: visitRow(change.visit), position });
      }
      if (change.concern !== null) concernVersions.push({ row: concernRow(change.concern), position });
    }
    await writeVersions(client, PEER_REVIEW_GROUPS, groupVersions);
    await writeVersions(client, PEER_REVIEW_VISITS, visitVersions);
    await writeVersions(client, PEER_REVIEW_CONCERNS, concernVersions);
  },
};

async function currentGroups(client: pg.PoolClient, groupIds: readonly string[]): Promise<Map<string, PeerReviewGroupView>> {
  if (groupIds.length === 0) return new Map();
  const { rows } = await client.query<{ document: Omit<PeerReviewGroupView, 'position'>; position: string }>(
    'SELECT document, position::text AS position FROM peer_review_groups WHERE group_id = ANY ($1::text[]) AND valid_to IS NULL',
    [[...new Set(groupIds)]],
  );
  return new Map(rows.map((row) => [row.document.groupId, { ...row.document, position: BigInt(row.position) }]));
}

async function currentVisits(client: pg.PoolClient, visitIds: readonly string[]): Promise<Map<string, PeerReviewVisitView>> {
  if (visitIds.length === 0) return new Map();
  const { rows } = await client.query<{ document: Omit<PeerReviewVisitView, 'position'>; position: string }>(
    'SELECT document, position::text AS position FROM peer_review_visits WHERE visit_id = ANY ($1::text[]) AND valid_to IS NULL',
    [[...new Set(visitIds)]],
  );
  return new Map(rows.map((row) => [row.document.visitId, { ...row.document, position: BigInt(row.position) }]));
}

function groupRow({ position, ...document }: PeerReviewGroupView): Record<string, unknown> {
  return { group_id: document.groupId, academic_year: document.academicYear, document, position: position.toString() };
}

function visitRow({ position, ...document }: PeerReviewVisitView): Record<string, unknown> {
  return {
    visit_id: document.visitId,
    group_id: document.groupId,
    host_academy_id: document.hostAcademyId,
    visit_date: document.visitDate,
    document,
    position: position.toString(),
  };
}

function concernRow(concern: SafeguardingConcernView): Record<string, unknown> {
  return {
    concern_id: concern.concernId,
    visit_id: concern.visitId,
    group_id: concern.groupId,
    host_academy_id: concern.hostAcademyId,
    visit_date: concern.visitDate,
    concern: concern.concern,
    raised_by: concern.raisedBy,
    flagged_on: concern.flaggedOn,
    position: concern.position.toString(),
  };
}
