import { createHash } from 'node:crypto';
import {
  academyStreamId,
  domainEventCatalogue,
  domainEventCodec,
  DomainError,
  improvementPlanDecider,
  improvementPlanLookUp,
  improvementPlanStreamId,
  rateCardDecider,
  rateCardInForce,
  rateCardStreamId,
  type ImprovementPlanEvent,
  type ImprovementPlanLookUp,
  type RateCard,
} from '@trust/domain';
import { handleCommand, KeyUsedByAnotherCommandError, type Actor, type EventMetadata, type EventStore, type Position, type RecordedEvent } from '@trust/event-store';
import type { ImportLookups } from './import-kind.js';
import { problemOf, type ImportPlan, type PlannedRow, type RowProblem } from './import-file.js';
import { DryRunStore, ReadThroughStore } from './import-stores.js';
import { deciderMemory, rememberingCodec } from './memo.js';

const ACADEMY_REGISTERED = domainEventCatalogue.AcademyRegistered.storedName;

/** Who imports, and under which correlation id (the import's id) its events are stored. */
export interface ImportRunContext {
  actor: Actor;
  /** The import's id: every event's correlation id. */
  importId: string;
  /** The clock the commands decide on (the app's injected clock). */
  now: () => Date;
}

export interface ImportCheck {
  problems: RowProblem[];
  /** Rows the store already holds from an earlier import of the same rows: skipped. */
  alreadyImported: number;
  /** The streams the check read, as the store held them: where a run straight after it may start from. */
  streams: Map<string, RecordedEvent[]>;
  /** The store's head when the check began: while it stays there, nothing the check read has changed. */
  position: Position | null;
}

export interface ImportProgress {
  done: number;
  total: number;
  stored: number;
  skipped: number;
}

export interface ImportOutcome extends ImportProgress {
  events: number;
}

/**
 * The idempotency key of a row's nth command: the kind, the row's natural key and what the row says, each
 * hashed. The same row imported again finds its key and is skipped; a row with the same natural key but
 * other values finds only the key's first part, and is refused rather than stored twice or skipped.
 */
export function importKey(kind: string, row: Pick<PlannedRow, 'key' | 'value'>, step: number): string {
  return `${importKeyPrefix(kind, row.key)}${digest(JSON.stringify(row.value)).slice(0, 16)}:${step}`;
}

function importKeyPrefix(kind: string, rowKey: string): string {
  return `import:${kind}:${digest(JSON.stringify([kind, rowKey])).slice(0, 32)}:`;
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The whole file decided without storing anything: every row, in file order, through the same deciders
 * as the API, on the store as it is plus the file's earlier rows (DryRunStore). Answers every bad row.
 */
export async function checkImport(store: EventStore, plan: ImportPlan, context: ImportRunContext): Promise<ImportCheck> {
  const position = await store.headPosition();
  const dryRun = new DryRunStore(store, context.now);
  const lookups = lookupsIn(dryRun);
  // The streams the rows write are read from the store many at a time; then the rows are decided in order, in memory.
  await dryRun.preload(await streamsWritten(plan, lookups));
  const memory = foldMemory();
  const problems: RowProblem[] = [];
  let alreadyImported = 0;
  for (const row of plan.rows) {
    try {
      if ((await importRow(dryRun, plan, row, context, lookups, memory)) === 'skipped') alreadyImported += 1;
    } catch (error: unknown) {
      problems.push(rowProblem(row, error, plan));
    }
  }
  return { problems, alreadyImported, streams: dryRun.stored(), position };
}

/** Every stream the rows' commands are decided on. */
async function streamsWritten(plan: ImportPlan, lookups: ImportLookups): Promise<Set<string>> {
  const streamIds = new Set<string>();
  for (const row of plan.rows) {
    try {
      for (const step of await plan.kind.steps(row.value, lookups, row.key)) streamIds.add(step.streamId);
    } catch {
      // The row is decided later, which reports it.
    }
  }
  return streamIds;
}

/**
 * Stores the rows: each row's commands through handleCommand (read, decide, append with the expected
 * version), each under its own idempotency key and with metadata naming the import. A row already stored
 * (by an earlier run of the same file, perhaps one cut short) is skipped, so a rerun completes the import
 * without duplicates. Lanes (a row's stream) run side by side, each in file order.
 */
export async function runImport(
  store: EventStore,
  plan: ImportPlan,
  context: ImportRunContext & {
    concurrency?: number;
    onProgress?: (progress: ImportProgress) => void | Promise<void>;
    /** The check made just before: its streams are where the run starts (a stream changed since is caught by its append's expected version). */
    checked?: ImportCheck;
  },
): Promise<ImportOutcome> {
  const readThrough = new ReadThroughStore(store, context.now, context.checked?.streams);
  const lookups = cachedLookups(lookupsIn(readThrough));
  if (context.checked === undefined) await readThrough.preload(await streamsWritten(plan, lookups));
  const lanes = new Map<string, PlannedRow[]>();
  for (const row of plan.rows) {
    const lane = lanes.get(row.lane);
    if (lane === undefined) lanes.set(row.lane, [row]);
    else lane.push(row);
  }
  const memory = foldMemory();
  const progress: ImportOutcome = { done: 0, total: plan.rows.length, stored: 0, skipped: 0, events: 0 };
  const queue = [...lanes.values()];
  const worker = async (): Promise<void> => {
    for (let lane = queue.shift(); lane !== undefined; lane = queue.shift()) {
      for (const row of lane) {
        let outcome: RowOutcome;
        try {
          outcome = await importRow(readThrough, plan, row, context, lookups, memory);
        } catch (error: unknown) {
          const problem = error instanceof DomainError ? rowProblem(row, error, plan) : null;
          if (problem === null) throw error;
          throw new ImportRowFailedError(problem);
        }
        progress.done += 1;
        if (outcome === 'skipped') progress.skipped += 1;
        else {
          progress.stored += 1;
          progress.events += outcome.events;
        }
        await context.onProgress?.({ done: progress.done, total: progress.total, stored: progress.stored, skipped: progress.skipped });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(context.concurrency ?? DEFAULT_CONCURRENCY, lanes.size)) }, worker));
  return progress;
}

/** Lanes stored side by side: their appends go to PostgreSQL together (the store's group commit). */
export const DEFAULT_CONCURRENCY = 32;

/** A row refused while storing (the store changed since the check): rows before it are stored; rerun once fixed. */
export class ImportRowFailedError extends Error {
  override readonly name = 'ImportRowFailedError';
  constructor(readonly problem: RowProblem) {
    super(`row ${problem.row}${problem.column === null ? '' : `, ${problem.column}`}: ${problem.message}`);
  }
}

type RowOutcome = 'skipped' | { events: number };

/** What a run remembers of the folds it has made (see memo.ts). */
interface FoldMemory {
  codec: ReturnType<typeof rememberingCodec>;
  decider: ReturnType<typeof deciderMemory>;
}

function foldMemory(): FoldMemory {
  return { codec: rememberingCodec(domainEventCodec), decider: deciderMemory() };
}

async function importRow(store: EventStore, plan: ImportPlan, row: PlannedRow, context: ImportRunContext, lookups: ImportLookups, memory: FoldMemory): Promise<RowOutcome> {
  const steps = await plan.kind.steps(row.value, lookups, row.key);
  let events = 0;
  let skipped = 0;
  for (const [index, step] of steps.entries()) {
    const metadata: EventMetadata = {
      actor: context.actor,
      correlationId: context.importId,
      causationId: `${context.importId}:row-${row.row}`,
      idempotencyKey: importKey(plan.kind.name, row, index),
      import: { kind: plan.kind.name, fileName: plan.fileName, sha256: plan.sha256, row: row.row },
    };
    const earlier = await earlierImport(store, step.streamId, metadata.idempotencyKey!, importKeyPrefix(plan.kind.name, row.key));
    if (earlier === 'same') {
      skipped += 1;
      continue;
    }
    if (earlier === 'other-values') {
      throw DomainError.conflict(`${row.key} was imported before with other values: what is recorded is changed by a correction, not by importing it again`);
    }
    const handled = await handleCommand({ store, streamId: step.streamId, decider: memory.decider(step.decider), codec: memory.codec, command: step.command, context: () => ({ now: context.now() }), metadata });
    events += handled.replayed ? 0 : handled.events.length;
  }
  return skipped === steps.length ? 'skipped' : { events };
}

/** Whether a row's command was stored already, by whoever imported it: the same row, or one with the same natural key and other values. */
async function earlierImport(store: EventStore, streamId: string, key: string, prefix: string): Promise<'same' | 'other-values' | null> {
  let found: 'other-values' | null = null;
  for await (const event of store.readStream(streamId)) {
    const earlier = event.metadata.idempotencyKey;
    if (earlier === key) return 'same';
    // Another command of the same row (its key differs only in the step) is not another row's.
    if (earlier?.startsWith(prefix) === true && earlier.slice(0, earlier.lastIndexOf(':')) !== key.slice(0, key.lastIndexOf(':'))) found = 'other-values';
  }
  return found;
}

function rowProblem(row: PlannedRow, error: unknown, plan: ImportPlan): RowProblem {
  if (error instanceof KeyUsedByAnotherCommandError) return { row: row.row, column: null, message: 'was imported before as a different row: fix the file' };
  return problemOf(row.row, error, plan.kind);
}

/** The API's look-ups (RegisteredAcademies, RateCards, ImprovementPlanLookUps), on the store the import decides on. */
export function lookupsIn(store: EventStore): ImportLookups {
  return {
    async ensureAcademies(academyIds) {
      for (const academyId of new Set(academyIds)) {
        let registered = false;
        for await (const first of store.readStream(academyStreamId(academyId), { batchSize: 1 })) {
          registered = first.type === ACADEMY_REGISTERED;
          break;
        }
        if (!registered) throw DomainError.notFound(`academy ${academyId} is not registered`);
      }
    },
    async rateCardInForce(academicYear): Promise<RateCard | null> {
      let state = rateCardDecider.initialState();
      for await (const recorded of store.readStream(rateCardStreamId(academicYear))) {
        const event = domainEventCodec.decode(recorded);
        if (event.type === 'RateCardSet') state = rateCardDecider.evolve(state, event);
      }
      return rateCardInForce(state);
    },
    async improvementPlan(academyId, academicYear): Promise<ImprovementPlanLookUp> {
      let state = improvementPlanDecider.initialState();
      for await (const recorded of store.readStream(improvementPlanStreamId(academyId, academicYear))) {
        state = improvementPlanDecider.evolve(state, domainEventCodec.decode(recorded) as ImprovementPlanEvent);
      }
      return improvementPlanLookUp(state, academyId, academicYear);
    },
  };
}

/**
 * The look-ups kept for the run: an academy once registered stays registered, and the rate card of a year
 * is the one in force when the import runs (as for a request, which reads it before its command is decided).
 */
function cachedLookups(lookups: ImportLookups): ImportLookups {
  const registered = new Set<string>();
  const rateCards = new Map<string, Promise<RateCard | null>>();
  return {
    async ensureAcademies(academyIds) {
      const unknown = academyIds.filter((academyId) => !registered.has(academyId));
      if (unknown.length === 0) return;
      await lookups.ensureAcademies(unknown);
      for (const academyId of unknown) registered.add(academyId);
    },
    rateCardInForce(academicYear) {
      let rateCard = rateCards.get(academicYear);
      if (rateCard === undefined) {
        rateCard = lookups.rateCardInForce(academicYear);
        rateCards.set(academicYear, rateCard);
      }
      return rateCard;
    },
    // A plan changes as the year goes on: looked up afresh for each row, as for a request.
    improvementPlan: (academyId, academicYear) => lookups.improvementPlan(academyId, academicYear),
  };
}
