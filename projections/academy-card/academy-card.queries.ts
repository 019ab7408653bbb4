import type pg from 'pg';
import { EMPTY_EVIDENCE, type AcademyCardView, type AcademyListItem, type RagSummary } from './academy-card.js';

/** The card of one academy, or null when no such academy is registered (or the projection has not reached it). */
export async function findAcademyCard(db: pg.Pool | pg.PoolClient, academyId: string): Promise<AcademyCardView | null> {
  const { rows } = await db.query<{ card: AcademyCardView }>('SELECT card FROM academy_cards WHERE academy_id = $1', [academyId]);
  const card = rows[0]?.card;
  return card === undefined ? null : { ...EMPTY_EVIDENCE, ...card };
}

/** Every academy's headline, sorted by academy id. */
export async function listAcademyCards(db: pg.Pool | pg.PoolClient): Promise<AcademyListItem[]> {
  const { rows } = await db.query<{
    academy_id: string;
    name: string;
    hub: string;
    phase: AcademyListItem['phase'];
    tier: AcademyListItem['tier'];
    rag_summary: RagSummary;
  }>(
    `SELECT academy_id, name, hub, card->>'phase' AS phase, card->'tier' AS tier, card->'ragSummary' AS rag_summary
       FROM academy_cards
      ORDER BY academy_id COLLATE "C"`,
  );
  return rows.map((row) => ({ academyId: row.academy_id, name: row.name, phase: row.phase, hub: row.hub, tier: row.tier, ragSummary: row.rag_summary }));
}
