import { gunzipSync, gzipSync } from 'node:zlib';
import type { Actor, EventStore } from '@trust/event-store';
import type { JobQueue } from '@trust/jobs';
import { readImportFile } from './import-file.js';
import { checkImport, runImport, type ImportOutcome, type ImportProgress } from './run-import.js';

export const IMPORT_JOB = 'import-file';

/** What an import job carries: the file itself (gzipped, base64), so any process running jobs can run it. */
export interface ImportJobData {
  importId: string;
  fileName: string;
  kind: string;
  actor: Actor;
  /** The store's head when the upload was checked (a decimal string; null: empty): unchanged, the job need not check again. */
  checkedAtPosition: string | null;
  fileGzipBase64: string;
}

/** What a finished import job answers. */
export interface ImportJobResult extends ImportOutcome {
  kind: string;
  fileName: string;
  sha256: string;
}

export function importJobData(input: Omit<ImportJobData, 'fileGzipBase64'> & { bytes: Uint8Array }): ImportJobData {
  const { bytes, ...rest } = input;
  return { ...rest, fileGzipBase64: gzipSync(bytes).toString('base64') };
}

export interface ImportJobOptions {
  store: EventStore;
  /** The process's injected clock: rows decide on it, as the API's commands do. */
  clock: () => Date;
  /** Rows stored side by side (each lane in file order): DEFAULT_CONCURRENCY by default. */
  concurrency?: number;
}

/**
 * Runs an import the API has checked: checks it again if anything was appended since, then stores it,
 * reporting `{ done, total, stored, skipped }` as progress. Should it stop midway (the process killed),
 * importing the same file again completes it: the rows already stored are skipped.
 */
export function registerImportJob(queue: JobQueue, { store, clock, concurrency }: ImportJobOptions): void {
  queue.register<ImportJobData, ImportJobResult>(IMPORT_JOB, async (job) => {
    const { importId, fileName, kind, actor } = job.data;
    const bytes = gunzipSync(Buffer.from(job.data.fileGzipBase64, 'base64'));
    const { plan, problems } = readImportFile({ bytes, fileName, kind });
    const context = { actor, importId, now: clock };
    // Nothing appended since the upload was checked: the check stands. Otherwise the file is checked again.
    const head = await store.headPosition();
    const unchanged = problems.length === 0 && job.data.checkedAtPosition === (head === null ? null : head.toString());
    const checked = unchanged ? undefined : await checkImport(store, plan, context);
    const bad = [...problems, ...(checked?.problems ?? [])];
    if (bad.length > 0) {
      const listed = bad.slice(0, 20).map((problem) => `row ${problem.row}${problem.column === null ? '' : ` (${problem.column})`}: ${problem.message}`);
      throw new Error(`nothing stored: ${bad.length} bad rows since the file was checked; ${listed.join('; ')}`);
    }
    let reported = 0;
    const onProgress = async (progress: ImportProgress): Promise<void> => {
      // About a hundred reports over the run, and the last one.
      if (progress.done === progress.total || progress.done - reported >= Math.max(1, Math.floor(progress.total / 100))) {
        reported = progress.done;
        await job.reportProgress(progress);
      }
    };
    const outcome = await runImport(store, plan, { ...context, ...(checked === undefined ? {} : { checked }), ...(concurrency === undefined ? {} : { concurrency }), onProgress });
    return { kind: plan.kind.name, fileName, sha256: plan.sha256, ...outcome };
  });
}
