import type pg from 'pg';
import { domainEventCatalogue, domainEventCodec } from '@trust/domain';
import type { RecordedEvent } from '@trust/event-store';
import { writeVersions, type Projection, type RowVersion, type VersionedTable } from '@trust/projection-runner';
import { ACADEMY_CARD_EVENT_TYPES, academyCardView, EMPTY_EVIDENCE, evolveAcademyCard, isAcademyCardEvent, type AcademyCard, type AcademyCardView } from './academy-card.js';

export const ACADEMY_CARD_PROJECTION = 'academy-card';

// Matched on the stored names, so events of other read models are never decoded here.
const handledTypes: ReadonlySet<string> = new Set(ACADEMY_CARD_EVENT_TYPES.map((type) => domainEventCatalogue[type].storedName));

/**
 * Stores the academy cards as temporal rows: loads the current cards a batch touches, folds the batch
 * into them and writes a new version of a card for every event that changed it (so the card as of any
 * position is stored, not only the one at the end of a batch). A card only moves forward (its
 * last_position guards the fold, valid_from the write), so an event applied twice changes nothing.
 */
export const academyCardProjection: Projection = {
  name: ACADEMY_CARD_PROJECTION,
  tables: ['academy_cards'],
  eventTypes: [...handledTypes],

  async apply(client: pg.PoolClient, events: readonly RecordedEvent[]): Promise<void> {
    const relevant = events
      .filter((recorded) => handledTypes.has(recorded.type))
      .map((recorded) => ({ event: domainEventCodec.decode(recorded), position: recorded.position }))
      .flatMap(({ event, position }) => (isAcademyCardEvent(event) ? [{ event, position }] : []));
    if (relevant.length === 0) return;

    const cards = await loadCards(client, [...new Set(relevant.map(({ event }) => event.data.academyId))]);
    const versions: RowVersion[] = [];
    for (const { event, position } of relevant) {
      const academyId = event.data.academyId;
      const before = cards.get(academyId) ?? null;
      const card = evolveAcademyCard(before, event, position);
      if (card === null || card === before) continue;
      cards.set(academyId, card);
      versions.push({ row: cardRow(card), position });
    }
    await writeVersions(client, ACADEMY_CARDS, versions);
  },
};

export const ACADEMY_CARDS: VersionedTable = { table: 'academy_cards', keyColumns: ['academy_id'] };

async function loadCards(client: pg.PoolClient, academyIds: string[]): Promise<Map<string, AcademyCard>> {
  const { rows } = await client.query<{ card: AcademyCardView; last_position: string }>(
    `SELECT card, last_position::text AS last_position FROM academy_cards WHERE academy_id = ANY ($1::text[]) AND valid_to IS NULL FOR UPDATE`,
    [academyIds],
  );
  // A card stored before the evidence fields joined it gets them empty, as a new card would have them.
  return new Map(rows.map(({ card, last_position }) => [card.academyId, { ...EMPTY_EVIDENCE, ...card, lastPosition: BigInt(last_position) }]));
}

function cardRow(card: AcademyCard): Record<string, unknown> {
  return { academy_id: card.academyId, name: card.name, hub: card.hub, card: academyCardView(card), last_position: card.lastPosition.toString() };
}
