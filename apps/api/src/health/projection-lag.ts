import type { EventStore, Position, RecordedEvent } from '@trust/event-store';

export interface ProjectionLag {
  /**
   * Events in the store the projection has not applied yet: head minus checkpoint, which counts events
   * only when the store's positions are dense (PostgreSQL). Null otherwise (EventStoreDB's positions
   * are log offsets).
   */
  behind: string | null;
  /**
   * recordedAt of the head event minus recordedAt of the event at the checkpoint (the first event, when
   * nothing is applied yet), in seconds; 0 when caught up. Null when the checkpoint is not an event of
   * this store (checkpoints written against another store: rebuild the projection).
   */
  lagSeconds: number | null;
}

/** The reads the lag needs from the event store. */
export type LagSource = Pick<EventStore, 'headPosition' | 'readEventAt' | 'readAll' | 'positionsAreDense'>;

/** How far each checkpoint is behind the store's head, in events where that can be counted and in seconds for every store. */
export async function projectionLags(store: LagSource, checkpoints: readonly Position[]): Promise<ProjectionLag[]> {
  const head = await store.headPosition();
  const caughtUp: ProjectionLag = { behind: store.positionsAreDense ? '0' : null, lagSeconds: 0 };
  if (head === null) return checkpoints.map(() => caughtUp);

  // Several projections often share a checkpoint: each event is looked up once.
  const lookups = new Map<Position, Promise<RecordedEvent | null>>();
  const eventAt = (position: Position): Promise<RecordedEvent | null> => {
    let lookup = lookups.get(position);
    if (lookup === undefined) {
      lookup = position === 0n ? firstEvent(store) : store.readEventAt(position);
      lookups.set(position, lookup);
    }
    return lookup;
  };

  const headEvent = await eventAt(head);
  return Promise.all(
    checkpoints.map(async (checkpoint): Promise<ProjectionLag> => {
      if (checkpoint >= head) return caughtUp;
      const applied = await eventAt(checkpoint);
      return {
        behind: store.positionsAreDense ? (head - checkpoint).toString() : null,
        lagSeconds:
          headEvent === null || applied === null ? null : Math.max(0, headEvent.recordedAt.getTime() - applied.recordedAt.getTime()) / 1000,
      };
    }),
  );
}

async function firstEvent(store: LagSource): Promise<RecordedEvent | null> {
  for await (const event of store.readAll({ batchSize: 1 })) return event;
  return null;
}
