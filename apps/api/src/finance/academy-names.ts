import type pg from 'pg';
import { listAcademyCards } from '@trust/projections';
import type { ReadAt } from '../common/queries/read-at.js';

/** Each academy's name as the academy cards knew it at `readAt`'s position: finance reads names, not bare URNs. */
export async function academyNamesAt(pool: pg.Pool, readAt: ReadAt): Promise<ReadonlyMap<string, string>> {
  const academies = await listAcademyCards(pool, readAt.position);
  return new Map(academies.map((academy) => [academy.academyId, academy.name]));
}
