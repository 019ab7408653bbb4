import type pg from 'pg';
import type { PeerReviewMember, VisitAttendee } from '@trust/domain';
import type { PeerReviewGroupView, PeerReviewVisitView, SafeguardingConcernView } from './peer-reviews.js';

/** A visit in a group's diary, without its contents: when, where, who, and how far it has got. */
export interface DiaryVisitView {
  visitId: string;
  hostAcademyId: string;
  hostHeadteacherId: string;
  leadHeadteacherId: string;
  reviewerIds: string[];
  facilitatorUserId: string | null;
  visitDate: string;
  visitNumber: number;
  focusDueOn: string;
  reportDueOn: string;
  focusSet: boolean;
  recorded: boolean;
  reportSubmitted: boolean;
  reportOverdue: boolean;
}

/** GET /peer-reviews/:groupId: the group and its diary. Nothing confidential. */
export interface PeerReviewGroupAnswer {
  groupId: string;
  name: string;
  academicYear: string;
  members: PeerReviewMember[];
  leadHeadteacherId: string;
  visits: DiaryVisitView[];
  position: string;
}

/** GET /peer-reviews/:groupId/visits/:visitId: the whole visit, contents included (confidential). */
export type PeerReviewVisitAnswer = Omit<PeerReviewVisitView, 'position'> & { position: string };

export type SafeguardingConcernAnswer = Omit<SafeguardingConcernView, 'position'> & { position: string };

type Db = pg.Pool | pg.PoolClient;

type GroupRow = { group_id: string; document: Omit<PeerReviewGroupView, 'position'>; position: string };
type VisitRow = { group_id: string; document: Omit<PeerReviewVisitView, 'position'>; position: string };

const VISITS_OF_GROUPS = `SELECT group_id, document, position::text AS position FROM peer_review_visits
  WHERE group_id = ANY($1::text[]) AND valid_to IS NULL ORDER BY visit_date, host_academy_id COLLATE "C", visit_id COLLATE "C"`;

/** A group with its diary; its position the latest of the group's and its visits'. */
function groupAnswer(row: GroupRow, visits: readonly VisitRow[]): PeerReviewGroupAnswer {
  const latest = visits.reduce((max, visit) => (BigInt(visit.position) > max ? BigInt(visit.position) : max), BigInt(row.position));
  const { name, academicYear, members, leadHeadteacherId } = row.document;
  return {
    groupId: row.group_id,
    name,
    academicYear,
    members,
    leadHeadteacherId,
    visits: visits.map(({ document }) => diaryVisit(document)),
    position: latest.toString(),
  };
}

export async function findPeerReviewGroup(db: Db, groupId: string): Promise<PeerReviewGroupAnswer | null> {
  const { rows } = await db.query<GroupRow>('SELECT group_id, document, position::text AS position FROM peer_review_groups WHERE group_id = $1 AND valid_to IS NULL', [groupId]);
  const row = rows[0];
  if (row === undefined) return null;
  const visits = await db.query<VisitRow>(VISITS_OF_GROUPS, [[groupId]]);
  return groupAnswer(row, visits.rows);
}

/** GET /peer-reviews: every group (of one academic year when given) with its diary, the latest year first, then by name. */
export async function listPeerReviewGroups(db: Db, { academicYear }: { academicYear?: string } = {}): Promise<PeerReviewGroupAnswer[]> {
  const { rows } = await db.query<GroupRow>(
    `SELECT group_id, document, position::text AS position FROM peer_review_groups
      WHERE valid_to IS NULL AND ($1::text IS NULL OR academic_year = $1)
      ORDER BY academic_year DESC, document->>'name' COLLATE "C", group_id COLLATE "C"`,
    [academicYear ?? null],
  );
  if (rows.length === 0) return [];
  const visits = await db.query<VisitRow>(VISITS_OF_GROUPS, [rows.map((row) => row.group_id)]);
  return rows.map((row) => groupAnswer(row, visits.rows.filter((visit) => visit.group_id === row.group_id)));
}

function diaryVisit(visit: Omit<PeerReviewVisitView, 'position'>): DiaryVisitView {
  return {
    visitId: visit.visitId,
    hostAcademyId: visit.hostAcademyId,
    hostHeadteacherId: visit.hostHeadteacherId,
    leadHeadteacherId: visit.leadHeadteacherId,
    reviewerIds: visit.reviewerIds,
    facilitatorUserId: visit.facilitatorUserId,
    visitDate: visit.visitDate,
    visitNumber: visit.visitNumber,
    focusDueOn: visit.focusDueOn,
    reportDueOn: visit.reportDueOn,
    focusSet: visit.focus !== null,
    recorded: visit.findings !== null,
    reportSubmitted: visit.report !== null,
    reportOverdue: visit.report === null && visit.reportOverdueOn !== null,
  };
}

export async function findPeerReviewVisit(db: Db, visitId: string): Promise<PeerReviewVisitAnswer | null> {
  const { rows } = await db.query<{ document: Omit<PeerReviewVisitView, 'position'>; position: string }>(
    'SELECT document, position::text AS position FROM peer_review_visits WHERE visit_id = $1 AND valid_to IS NULL',
    [visitId],
  );
  const row = rows[0];
  // A row written before the diary kept the day a visit was entered has no scheduledOn: it reads null.
  return row === undefined ? null : { ...row.document, scheduledOn: row.document.scheduledOn ?? null, position: row.position };
}

/** Every safeguarding concern flagged on a visit, oldest first (optionally those flagged on or after `from`). */
export async function listSafeguardingConcerns(db: Db, { from }: { from?: string } = {}): Promise<SafeguardingConcernAnswer[]> {
  const { rows } = await db.query<{
    concern_id: string;
    concern: string;
    raised_by: VisitAttendee | null;
    flagged_on: string;
    visit_id: string;
    group_id: string;
    host_academy_id: string;
    visit_date: string;
    position: string;
  }>(
    `SELECT concern_id, concern, raised_by, to_char(flagged_on, 'YYYY-MM-DD') AS flagged_on, visit_id, group_id, host_academy_id,
            to_char(visit_date, 'YYYY-MM-DD') AS visit_date, position::text AS position
       FROM peer_review_concerns
      WHERE valid_to IS NULL AND ($1::date IS NULL OR flagged_on >= $1::date)
      ORDER BY peer_review_concerns.position, concern_id COLLATE "C"`,
    [from ?? null],
  );
  return rows.map((row) => ({
    concernId: row.concern_id,
    concern: row.concern,
    raisedBy: row.raised_by,
    flaggedOn: row.flagged_on,
    visitId: row.visit_id,
    groupId: row.group_id,
    hostAcademyId: row.host_academy_id,
    visitDate: row.visit_date,
    position: row.position,
  }));
}
