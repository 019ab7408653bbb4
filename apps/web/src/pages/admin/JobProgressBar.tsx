import { Group, Progress, Text } from '@mantine/core';
import type { JobAnswer } from '../../api/admin-queries';
import { JOB_STATE_LABEL, progressPercent } from './job-progress';

/**
 * A job's live progress bar, named for what it does ("Rebuilding academy-card"), with the percentage
 * and state in words beside it: a screen reader hears the bar's value, everyone reads the words.
 */
export function JobProgressBar({ job, label }: { job: Pick<JobAnswer, 'state' | 'progress' | 'failedReason'>; label: string }) {
  const percent = progressPercent(job);
  const failed = job.state === 'failed';
  const labelId = `${label}-progress`.replace(/\W+/g, '-');
  return (
    <div>
      <Group justify="space-between" gap="xs">
        <Text size="sm" id={labelId}>
          {label}
        </Text>
        <Text size="sm" c={failed ? 'red.9' : undefined}>
          {JOB_STATE_LABEL[job.state]}
          {percent !== null && !failed && ` · ${Math.round(percent)}%`}
        </Text>
      </Group>
      <Progress.Root size="lg" data-job-state={job.state}>
        <Progress.Section
          value={percent ?? 0}
          color={failed ? 'red.8' : job.state === 'completed' ? 'green.8' : 'blue.8'}
          aria-labelledby={labelId}
          aria-valuetext={`${JOB_STATE_LABEL[job.state]}${percent !== null ? `, ${Math.round(percent)}%` : ''}`}
          animated={job.state === 'active'}
        />
      </Progress.Root>
      {failed && job.failedReason !== undefined && (
        <Text size="sm" c="red.9" role="alert">
          {job.failedReason}
        </Text>
      )}
    </div>
  );
}
