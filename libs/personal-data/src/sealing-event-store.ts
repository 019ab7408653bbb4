import { isConnectionFailure } from '@trust/database';
import { academicYearOf, effectiveDateOf, parseAcademicYear, RETENTION_CATEGORIES, retentionCategoryOfStream, type DomainEvent } from '@trust/domain';
import type {
  AppendResult,
  EventStore,
  ExpectedVersion,
  NewEvent,
  Position,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
} from '@trust/event-store';
import type { SubjectKeyStore, SubjectName } from './subject-key-store.js';
import { mayHoldPersonalData, openEventData, sealEventData, subjectsToOpen, subjectsToSeal } from './sealing/seal-event-data.js';

/**
 * The key of a record's free text and unidentified names. A stream of a retention category, for the
 * academic year the event is about (its date's; for an event with no date of its own, such as a recharge's
 * reversal, the year it names): the category's key for that year (`records:aim-meetings:2024/25`),
 * which retention destroys once the year has been kept long enough; one key for a category's year, so an
 * append seldom needs a key the process has not used lately. Any other stream, or an event that cannot be
 * dated: its own key (`record:<stream>:<year or undated>`). A category whose records are their year's whatever
 * their events' days (improvement plans: `yearOfRecord: 'named'`) takes the academic year each event names. Keys made before categories named them
 * (`record:aim-a-7:2024/25`) still open what they sealed, and retention erases them too. A subject's
 * erasure leaves record keys alone.
 */
export function recordSubject(streamId: string, event: Pick<NewEvent, 'type' | 'data'>): SubjectName {
  const category = retentionCategoryOfStream(streamId);
  // A record that is its academic year's whatever its events' days (an improvement plan, drafted before its year
  // begins): sealed under the key of the year its events name, so the whole plan is kept and erased together.
  const named = category !== null && RETENTION_CATEGORIES[category].yearOfRecord === 'named' ? academicYearNamed(event.data) : null;
  if (category !== null && named !== null) return `records:${category}:${named}`;
  let year: string;
  try {
    const date = effectiveDateOf(event as DomainEvent);
    // An event with no date of its own that names its academic year (a recharge's reversal) is of that year.
    year = date === null ? (academicYearNamed(event.data) ?? 'undated') : yearOfDate(date);
  } catch {
    // Not one of the domain's events (or data it cannot date, such as a date missing): undated.
    year = 'undated';
  }
  return category !== null && year !== 'undated' ? `records:${category}:${year}` : `record:${streamId}:${year}`;
}

function academicYearNamed(data: NewEvent['data']): string | null {
  try {
    return parseAcademicYear(data['academicYear'], 'academicYear');
  } catch {
    return null;
  }
}

/** Academic years of the dates sealed lately: an append's events are mostly of a few days, and dating one costs a parse. */
const yearsOfDates = new Map<string, string>();

function yearOfDate(date: string): string {
  let year = yearsOfDates.get(date);
  if (year === undefined) {
    year = academicYearOf(date);
    if (yearsOfDates.size >= 10_000) yearsOfDates.clear();
    yearsOfDates.set(date, year);
  }
  return year;
}

/**
 * An event store whose events never hold personal data in the clear: each personal and free-text field
 * is sealed under its subject's key before it reaches the store underneath (PostgreSQL or EventStoreDB),
 * and opened on every read, so everything above it (commands, projections, rebuilds, the timeline, the
 * audit trail, reports) reads plaintext, or `[erased]` once a subject's key is destroyed. The store's
 * hash chain covers the sealed text: erasing never breaks it.
 */
export class SealingEventStore implements EventStore {
  /** Present when the store underneath has it: several streams in one read, each opened. */
  readonly readStreams?: (streamIds: readonly string[]) => Promise<Map<string, RecordedEvent[]>>;

  constructor(
    private readonly store: EventStore,
    private readonly keys: SubjectKeyStore,
  ) {
    const readStreams = store.readStreams?.bind(store);
    if (readStreams !== undefined) {
      this.readStreams = async (streamIds) => {
        const streams = await readStreams(streamIds);
        const opened = await this.open([...streams.values()].flat());
        const byStream = new Map<string, RecordedEvent[]>();
        for (const event of opened) byStream.set(event.streamId, [...(byStream.get(event.streamId) ?? []), event]);
        return byStream;
      };
    }
  }

  get positionsAreDense(): boolean {
    return this.store.positionsAreDense;
  }

  async append(streamId: string, events: readonly NewEvent[], options: { expectedVersion: ExpectedVersion }): Promise<AppendResult> {
    return this.store.append(streamId, await this.seal(streamId, events), options);
  }

  async *readStream(streamId: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent> {
    yield* this.openAll(this.store.readStream(streamId, options), options?.batchSize);
  }

  async *readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent> {
    yield* this.openAll(this.store.readAll(options), options?.batchSize);
  }

  /**
   * Each batch is opened before the subscriber sees it. The keys' database going away (a restart, a
   * failover) is no fault of the events: the look-up is tried again, backing off, until it answers or the
   * subscription is stopped, as the projection runner does with its own writes; anything else stops the
   * subscription, never passing a batch unopened.
   */
  subscribeToAll(options: SubscribeOptions): Subscription {
    let stopping = false;
    const subscription = this.store.subscribeToAll({ ...options, onEvents: async (events) => options.onEvents(await this.openPage(events, () => stopping)) });
    return {
      stop: async () => {
        stopping = true;
        await subscription.stop();
      },
      stopped: subscription.stopped,
    };
  }

  /**
   * A page the store underneath hands to several subscriptions at once (the same array: PostgreSQL's
   * shared pages) is opened once for all of them, with one look-up of its keys; kept only while the page
   * itself is (a WeakMap), so no opened text outlives the page's delivery.
   */
  private readonly openedPages = new WeakMap<readonly RecordedEvent[], { opened: Promise<RecordedEvent[]>; stopping: (() => boolean)[] }>();

  private openPage(events: readonly RecordedEvent[], stopping: () => boolean): Promise<RecordedEvent[]> {
    const shared = this.openedPages.get(events);
    if (shared !== undefined) {
      shared.stopping.push(stopping);
      return shared.opened;
    }
    // Tried again while the keys' database is away for as long as any subscription sharing the page is not stopping.
    const stoppers = [stopping];
    const opened = this.openWhileAvailable(events, () => stoppers.every((stops) => stops()));
    this.openedPages.set(events, { opened, stopping: stoppers });
    // A failure is not kept for the next subscription: it opens the page again.
    opened.catch(() => this.openedPages.delete(events));
    return opened;
  }

  private async openWhileAvailable(events: readonly RecordedEvent[], stopping: () => boolean): Promise<RecordedEvent[]> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.open(events);
      } catch (error: unknown) {
        if (!isConnectionFailure(error) || stopping()) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.min(50 * 2 ** attempt, 2_000)));
      }
    }
  }

  headPosition(): Promise<Position | null> {
    return this.store.headPosition();
  }

  async readEventAt(position: Position): Promise<RecordedEvent | null> {
    const event = await this.store.readEventAt(position);
    return event === null ? null : ((await this.open([event]))[0] ?? null);
  }

  positionAt(time: Date): Promise<Position | null> {
    return this.store.positionAt(time);
  }

  close(): Promise<void> {
    return this.store.close();
  }

  /** The events with their personal data sealed, with one look-up of the keys the whole append needs. */
  private async seal(streamId: string, events: readonly NewEvent[]): Promise<NewEvent[]> {
    // Events of a type with nothing personal or free are not dated or walked at all.
    const planned = events.map((event) => {
      const record = mayHoldPersonalData(event.type) ? recordSubject(streamId, event) : null;
      return { event, record, subjects: record === null ? [] : subjectsToSeal(event.type, event.data, record) };
    });
    const subjects = planned.flatMap((plan) => plan.subjects);
    if (subjects.length === 0) return [...events];
    const keys = await this.keys.keysForSealing(subjects);
    return planned.map(({ event, record, subjects: needed }) => (record === null || needed.length === 0 ? event : { ...event, data: sealEventData(event.type, event.data, record, keys) }));
  }

  /** Opens a batch of events with one look-up of the keys they need; an event that held sealed text keeps it as `storedData`. */
  private async open(events: readonly RecordedEvent[]): Promise<RecordedEvent[]> {
    const subjects = events.flatMap((event) => [...subjectsToOpen(event.type, event.data), ...(event.streamOrigin === undefined ? [] : subjectsToOpen(event.streamOrigin.type, event.streamOrigin.data))]);
    if (subjects.length === 0) return [...events];
    const keys = await this.keys.keysForOpening(subjects);
    const openOne = (event: RecordedEvent): RecordedEvent => {
      const data = openEventData(event.type, event.data, keys);
      return {
        ...event,
        ...(data === event.data ? {} : { data, storedData: event.data }),
        ...(event.streamOrigin === undefined ? {} : { streamOrigin: openOne(event.streamOrigin) }),
      };
    };
    return events.map(openOne);
  }

  /** Reads in batches, so a long read looks keys up once a batch, in bounded memory. */
  private async *openAll(events: AsyncIterable<RecordedEvent>, batchSize = 500): AsyncIterable<RecordedEvent> {
    let batch: RecordedEvent[] = [];
    for await (const event of events) {
      batch.push(event);
      if (batch.length >= batchSize) {
        yield* await this.open(batch);
        batch = [];
      }
    }
    if (batch.length > 0) yield* await this.open(batch);
  }
}
