import type { JobAnswer } from '../../api/admin-queries';

/**
 * A job's progress as a percentage for a bar: a rebuild reports a number (0–100), an import
 * `{ done, total }`. Null when it reports nothing a bar can show.
 */
export function progressPercent(job: Pick<JobAnswer, 'state' | 'progress'>): number | null {
  if (job.state === 'completed') return 100;
  const { progress } = job;
  if (typeof progress === 'number') return Math.max(0, Math.min(100, progress));
  const done = progress['done'];
  const total = progress['total'];
  if (typeof done === 'number' && typeof total === 'number') return total === 0 ? 100 : Math.max(0, Math.min(100, (done / total) * 100));
  return null;
}

/** What a job is, in words: its kind and what it works on. */
export function jobKind(name: string): string {
  switch (name) {
    case 'projection-rebuild':
      return 'Rebuild';
    case 'report-snapshot':
      return 'Report';
    case 'import-file':
      return 'Import';
    default:
      return name.replace(/-/g, ' ').replace(/^./, (first) => first.toUpperCase());
  }
}

/** A job's state, as a word. */
export const JOB_STATE_LABEL: Record<JobAnswer['state'], string> = {
  waiting: 'Waiting',
  delayed: 'Scheduled',
  active: 'Running',
  completed: 'Completed',
  failed: 'Failed',
};
