import type pg from 'pg';
import { coreDaysOfAim, type AimFormat } from '@trust/domain';
import { effectiveBy, LIVE, validAt, type ReadAt } from '@trust/projection-runner';
import type { AimView } from './aims.js';

/** A row of `aims` as read: the AIM is stored whole, as JSON. */
export interface AimRow {
  aim_id: string;
  aim: AimView;
}

export const SELECT_AIMS = 'SELECT aim_id, aim FROM aims';

export function aimOfRow(row: AimRow): AimView {
  return row.aim;
}

/**
 * One AIM as known at `at.position` (live when null); null when it was not scheduled by then, or, with
 * `at.on`, when its date is after `on` (see ReadAt).
 */
export async function findAim(db: pg.Pool | pg.PoolClient, aimId: string, at: ReadAt = LIVE): Promise<AimView | null> {
  const params: unknown[] = [aimId];
  const { rows } = await db.query<AimRow>(`${SELECT_AIMS} WHERE aim_id = $1 AND ${validAt('', at.position, params)} AND ${effectiveBy('', at.on, params)}`, params);
  return rows[0] === undefined ? null : aimOfRow(rows[0]);
}

/** An academy's AIMs, by date, as known at `at.position`; with `at.on`, those dated on or before it. */
export async function listAims(db: pg.Pool | pg.PoolClient, academyId: string, at: ReadAt = LIVE): Promise<AimView[]> {
  const params: unknown[] = [academyId];
  const { rows } = await db.query<AimRow>(
    `${SELECT_AIMS} WHERE academy_id = $1 AND ${validAt('', at.position, params)} AND ${effectiveBy('', at.on, params)} ORDER BY date, aim_id COLLATE "C"`,
    params,
  );
  return rows.map(aimOfRow);
}

/**
 * The core improvement director days an academy's AIMs of an academic year take, scheduled or held, by
 * their format (seed 003: the three AIMs are "included within" the six core days). Live: the core-days
 * command asks it before logging further days.
 */
export async function aimCoreDaysOfYear(db: pg.Pool | pg.PoolClient, academyId: string, academicYear: string): Promise<number> {
  const { rows } = await db.query<{ format: AimFormat }>(
    `SELECT aim->>'format' AS format FROM aims WHERE academy_id = $1 AND academic_year = $2 AND valid_to IS NULL`,
    [academyId, academicYear],
  );
  return rows.reduce((days, { format }) => days + coreDaysOfAim(format), 0);
}
