import type pg from 'pg';
import { domainEventCatalogue, domainEventCodec } from '@trust/domain';
import type { RecordedEvent } from '@trust/event-store';
import type { Projection } from '@trust/projection-runner';
import { ACADEMY_CARD_EVENT_TYPES, academyCardView, EMPTY_EVIDENCE, evolveAcademyCard, isAcademyCardEvent, type AcademyCard, type AcademyCardView } from './academy-card.js';

export const ACADEMY_CARD_PROJECTION = 'academy-card';

// Matched on the stored names, so events of other read models are never decoded here.
const handledTypes: ReadonlySet<string> = new Set(ACADEMY_CARD_EVENT_TYPES.map((type) => domainEventCatalogue[type].storedName));

/**
 * Stores the academy cards: loads the cards a batch touches, folds the batch into them and writes
 * back the ones that changed. A card only moves forward (its last_position guards both the fold and
 * the write), so an event applied twice changes nothing.
 */
export const academyCardProjection: Projection = {
  name: ACADEMY_CARD_PROJECTION,

  async apply(client: pg.PoolClient, events: readonly RecordedEvent[]): Promise<void> {
    const relevant = events
      .filter((recorded) => handledTypes.has(recorded.type))
      .map((recorded) => ({ event: domainEventCodec.decode(recorded), position: recorded.position }))
      .flatMap(({ event, position }) => (isAcademyCardEvent(event) ? [{ event, position }] : []));
    if (relevant.length === 0) return;

    const loaded = await loadCards(client, [...new Set(relevant.map(({ event }) => event.data.academyId))]);
    const cards = new Map(loaded);
    for (const { event, position } of relevant) {
      const academyId = event.data.academyId;
      const card = evolveAcademyCard(cards.get(academyId) ?? null, event, position);
      if (card !== null) cards.set(academyId, card);
    }
    await saveCards(client, [...cards.values()].filter((card) => loaded.get(card.academyId) !== card));
  },
};

async function loadCards(client: pg.PoolClient, academyIds: string[]): Promise<Map<string, AcademyCard>> {
  const { rows } = await client.query<{ card: AcademyCardView; last_position: string }>(
    `SELECT card, last_position::text AS last_position FROM academy_cards WHERE academy_id = ANY ($1::text[]) FOR UPDATE`,
    [academyIds],
  );
  // A card stored before the evidence fields joined it gets them empty, as a new card would have them.
  return new Map(rows.map(({ card, last_position }) => [card.academyId, { ...EMPTY_EVIDENCE, ...card, lastPosition: BigInt(last_position) }]));
}

async function saveCards(client: pg.PoolClient, cards: AcademyCard[]): Promise<void> {
  if (cards.length === 0) return;
  await client.query(
    `INSERT INTO academy_cards (academy_id, name, hub, card, last_position)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[], $5::numeric[])
     ON CONFLICT (academy_id) DO UPDATE
        SET name = EXCLUDED.name, hub = EXCLUDED.hub, card = EXCLUDED.card, last_position = EXCLUDED.last_position
      WHERE academy_cards.last_position < EXCLUDED.last_position`,
    [
      cards.map((card) => card.academyId),
      cards.map((card) => card.name),
      cards.map((card) => card.hub),
      cards.map((card) => JSON.stringify(academyCardView(card))),
      cards.map((card) => card.lastPosition.toString()),
    ],
  );
}
