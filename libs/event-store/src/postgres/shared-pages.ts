import type { Position, RecordedEvent } from '../event-store.js';

/**
 * Pages of the log read once for every subscription asking for the same page at the same moment.
 * The read models follow the log each on its own subscription, so one failing stops alone; caught up,
 * they are all woken by the same append and all ask for the page after the same position. The first
 * asks the database; those asking while it does share its answer (the same array, so what is done to a
 * page once can be shared too). Nothing is kept once the read is answered: a later ask reads again.
 */
export class SharedPages {
  private readonly reading = new Map<string, Promise<RecordedEvent[]>>();

  constructor(private readonly readPage: (after: Position, limit: number) => Promise<RecordedEvent[]>) {}

  read(after: Position, limit: number): Promise<RecordedEvent[]> {
    const key = `${after}:${limit}`;
    const inFlight = this.reading.get(key);
    if (inFlight !== undefined) return inFlight;
    const page = this.readPage(after, limit).finally(() => this.reading.delete(key));
    this.reading.set(key, page);
    return page;
  }
}
