import type { EventStore, RecordedEvent, SubscribeOptions } from './event-store.js';

/**
 * The store, with the first event of its stream attached (`streamOrigin`) to every event read that
 * `needsStreamOrigin` picks: an older schema version that lacks a fact its stream's first event holds,
 * which the domain's upcaster then reads. The event itself is handed on as stored (an audit shows it so);
 * appends, positions and the rest are the store's own.
 */
export function withStreamOrigins(store: EventStore, needsStreamOrigin: (event: RecordedEvent) => boolean): EventStore {
  const attach = async (event: RecordedEvent): Promise<RecordedEvent> => {
    if (!needsStreamOrigin(event)) return event;
    for await (const first of store.readStream(event.streamId, { batchSize: 1 })) return { ...event, streamOrigin: first };
    return event;
  };
  async function* attachAll(events: AsyncIterable<RecordedEvent>): AsyncIterable<RecordedEvent> {
    for await (const event of events) yield await attach(event);
  }

  return {
    append: (streamId, events, options) => store.append(streamId, events, options),
    readStream: (streamId, options) => attachAll(store.readStream(streamId, options)),
    ...(store.readStreams === undefined
      ? {}
      : {
          readStreams: async (streamIds: readonly string[]) => {
            const streams = await store.readStreams!(streamIds);
            for (const [streamId, events] of streams) streams.set(streamId, await Promise.all(events.map(attach)));
            return streams;
          },
        }),
    readAll: (options) => attachAll(store.readAll(options)),
    subscribeToAll: (options: SubscribeOptions) =>
      store.subscribeToAll({ ...options, onEvents: async (events) => options.onEvents(await Promise.all(events.map(attach))) }),
    headPosition: () => store.headPosition(),
    readEventAt: async (position) => {
      const event = await store.readEventAt(position);
      return event === null ? null : attach(event);
    },
    positionAt: (time) => store.positionAt(time),
    get positionsAreDense() {
      return store.positionsAreDense;
    },
    close: () => store.close(),
  };
}
