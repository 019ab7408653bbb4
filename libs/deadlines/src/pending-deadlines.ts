import type pg from 'pg';
import type { Position } from '@trust/event-store';
import { peerReviewReportDeadline, type DeadlineChange } from './deadline-changes.js';
import type { Deadline, DeadlineKind } from './deadline.js';

type Queryable = pg.Pool | pg.PoolClient;

/**
 * Applies one event's changes to the table of pending deadlines (inside the reactor's transaction) and
 * answers the deadlines it set, for the reactor to schedule once the transaction commits. Idempotent: a
 * deadline is keyed by its kind and subject, so the same event applied again writes the same row.
 */
export async function applyDeadlineChanges(client: pg.PoolClient, changes: readonly DeadlineChange[], position: Position): Promise<Deadline[]> {
  const due: Deadline[] = [];
  for (const change of changes) {
    switch (change.kind) {
      case 'due':
        await savePending(client, change.deadline, position);
        due.push(change.deadline);
        break;
      case 'settled':
        await markChecked(client, change.deadlineKind, change.subjectId, change.dueOn);
        break;
      case 'visit-scheduled':
        await client.query(
          `INSERT INTO deadline_review_visits (visit_id, group_id, report_due_on) VALUES ($1, $2, $3::date)
           ON CONFLICT (visit_id) DO UPDATE SET group_id = EXCLUDED.group_id, report_due_on = EXCLUDED.report_due_on`,
          [change.visitId, change.groupId, change.reportDueOn],
        );
        break;
      case 'visit-recorded': {
        const { rows } = await client.query<{ group_id: string; report_due_on: string }>(
          `SELECT group_id, to_char(report_due_on, 'YYYY-MM-DD') AS report_due_on FROM deadline_review_visits WHERE visit_id = $1`,
          [change.visitId],
        );
        const visit = rows[0];
        // A visit is recorded only once it is in a diary (the decider refuses it otherwise); a visit entered
        // in the diary after its report was due has no row, and no deadline.
        if (visit === undefined) break;
        const deadline = peerReviewReportDeadline(change.visitId, visit.group_id, visit.report_due_on, change.recordedAt);
        await savePending(client, deadline, position);
        due.push(deadline);
        break;
      }
      default: {
        const _exhaustive: never = change;
        return _exhaustive;
      }
    }
  }
  return due;
}

async function savePending(client: pg.PoolClient, deadline: Deadline, position: Position): Promise<void> {
  // A later event for the same subject (a reschedule) replaces the deadline; the same event again leaves it.
  await client.query(
    `INSERT INTO pending_deadlines (kind, subject_id, due_on, run_at, group_id, checked_at, position)
     VALUES ($1, $2, $3::date, $4, $5, NULL, $6::numeric)
     ON CONFLICT (kind, subject_id) DO UPDATE
       SET due_on = EXCLUDED.due_on, run_at = EXCLUDED.run_at, group_id = EXCLUDED.group_id, checked_at = NULL, position = EXCLUDED.position
     WHERE pending_deadlines.position < EXCLUDED.position`,
    [deadline.kind, deadline.subjectId, deadline.dueOn, deadline.runAt, deadline.kind === 'peer-review-report' ? deadline.groupId : null, position.toString()],
  );
}

/** Marks a deadline checked (at `dueOn` only, or whatever its due date when null): nothing left to schedule. */
export async function markChecked(db: Queryable, kind: DeadlineKind, subjectId: string, dueOn: string | null): Promise<void> {
  await db.query(
    `UPDATE pending_deadlines SET checked_at = now()
      WHERE kind = $1 AND subject_id = $2 AND ($3::date IS NULL OR due_on = $3::date) AND checked_at IS NULL`,
    [kind, subjectId, dueOn],
  );
}

type PendingRow = { kind: DeadlineKind; subject_id: string; due_on: string; run_at: Date; group_id: string | null };

/** Every deadline not yet checked, soonest first. */
export async function listPendingDeadlines(db: Queryable): Promise<Deadline[]> {
  const { rows } = await db.query<PendingRow>(
    `SELECT kind, subject_id, to_char(due_on, 'YYYY-MM-DD') AS due_on, run_at, group_id
       FROM pending_deadlines WHERE checked_at IS NULL ORDER BY run_at, kind, subject_id`,
  );
  return rows.map((row) =>
    row.kind === 'aim-documents'
      ? { kind: row.kind, subjectId: row.subject_id, dueOn: row.due_on, runAt: row.run_at }
      : { kind: row.kind, subjectId: row.subject_id, groupId: row.group_id ?? '', dueOn: row.due_on, runAt: row.run_at },
  );
}

/** How many deadlines wait for their check, and how many of those were due to run over an hour ago (a stuck queue). */
export async function countPendingDeadlines(db: pg.Pool | pg.PoolClient): Promise<{ pending: number; late: number }> {
  const { rows } = await db.query<{ pending: string; late: string }>(
    `SELECT count(*)::text AS pending, count(*) FILTER (WHERE run_at < now() - interval '1 hour')::text AS late
       FROM pending_deadlines WHERE checked_at IS NULL`,
  );
  return { pending: Number(rows[0]?.pending ?? 0), late: Number(rows[0]?.late ?? 0) };
}
