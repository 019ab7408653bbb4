import type pg from 'pg';
import { academyStreamId, domainEventCodec } from '@trust/domain';
import type { EventStore, Position } from '@trust/event-store';
import { validAt } from '@trust/projection-runner';
import { academyCardOn, EMPTY_EVIDENCE, type AcademyCardView, type PositionedEvent, type AcademyListItem, type RagSummary } from './academy-card.js';

/**
 * The card of one academy, or null when no such academy is registered (or the projection has not
 * reached it); as it stood at `asOf` (a global position) when given, the current card otherwise.
 */
export async function findAcademyCard(db: pg.Pool | pg.PoolClient, academyId: string, asOf: Position | null = null): Promise<AcademyCardView | null> {
  const params: unknown[] = [academyId];
  const { rows } = await db.query<{ card: AcademyCardView }>(`SELECT card FROM academy_cards WHERE academy_id = $1 AND ${validAt('', asOf, params)}`, params);
  const card = rows[0]?.card;
  return card === undefined ? null : { ...EMPTY_EVIDENCE, ...card };
}

/** Every academy's headline, sorted by academy id; as at `asOf` (a global position) when given. */
export async function listAcademyCards(db: pg.Pool | pg.PoolClient, asOf: Position | null = null): Promise<AcademyListItem[]> {
  const params: unknown[] = [];
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
      WHERE ${validAt('', asOf, params)}
      ORDER BY academy_id COLLATE "C"`,
    params,
  );
  return rows.map((row) => ({ academyId: row.academy_id, name: row.name, phase: row.phase, hub: row.hub, tier: row.tier, ragSummary: row.rag_summary }));
}

/**
 * The card of one academy on a date (as effective), by what was known at `asOf` (everything when
 * null): folded from the academy's own stream, which is bounded (one academy), with the projection's
 * own fold. Null when the academy was not registered by then.
 */
export async function findAcademyCardOn(store: Pick<EventStore, 'readStream'>, academyId: string, on: string, asOf: Position | null = null): Promise<AcademyCardView | null> {
  const events: PositionedEvent[] = [];
  for await (const recorded of store.readStream(academyStreamId(academyId))) {
    if (asOf !== null && recorded.position > asOf) break;
    events.push({ event: domainEventCodec.decode(recorded), position: recorded.position });
  }
  return academyCardOn(events, on, asOf);
}

/** A card's headline, as GET /academies lists it. */
export function academyListItemOf({ academyId, name, phase, hub, tier, ragSummary }: AcademyCardView): AcademyListItem {
  return { academyId, name, phase, hub, tier, ragSummary };
}

/**
 * Every academy's headline on a date (as effective), by what was known at `asOf` (everything when null),
 * sorted by academy id: the academies known then, each folded from its own stream as the card is
 * (findAcademyCardOn), leaving out those not registered by `on`. Only those `visible` when given.
 */
export async function listAcademyCardsOn(
  db: pg.Pool | pg.PoolClient,
  store: Pick<EventStore, 'readStream'>,
  on: string,
  asOf: Position | null = null,
  visible: ReadonlySet<string> | null = null,
): Promise<AcademyListItem[]> {
  const known = (await listAcademyCards(db, asOf)).filter(({ academyId }) => visible === null || visible.has(academyId));
  const items: AcademyListItem[] = [];
  // One academy at a time: a trust has dozens, and the embedded database is one session.
  for (const { academyId } of known) {
    const card = await findAcademyCardOn(store, academyId, on, asOf);
    if (card !== null) items.push(academyListItemOf(card));
  }
  return items;
}
