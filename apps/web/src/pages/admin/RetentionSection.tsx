import { Button, Stack, Table, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useJob, useRetentionSchedule } from '../../api/admin-queries';
import { useSession } from '../../auth/SessionProvider';
import { QueryState } from '../../components/QueryState';
import { formatDate } from '../../format/format';
import { RefusalAlert } from '../../forms/RefusalAlert';
import { useCommand } from '../../forms/use-command';
import { JobProgressBar } from './JobProgressBar';
import { categoryName, retentionOutcome } from './retention-outcome';

/** How long each category of personal data is kept, and retention applied now (it also runs daily). */
export function RetentionSection() {
  const { api } = useSession();
  const queryClient = useQueryClient();
  const schedule = useRetentionSchedule();
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useJob(jobId);
  const run = useCommand(() => api.POST('/admin/retention/runs'));
  const running = job.data !== undefined && job.data.state !== 'completed' && job.data.state !== 'failed';
  const outcome = job.data?.state === 'completed' ? retentionOutcome(job.data.result) : null;
  return (
    <section aria-labelledby="retention">
      <Title order={2} id="retention">
        Retention of personal data
      </Title>
      <QueryState query={schedule} what="the retention schedule">
        {(answer) => (
          <Stack gap="sm">
            <Text>
              Each category is kept for its years after the end of the academic year a record is about, then its personal data is erased (the records stay, with
              [erased] in place of names and text). Retention runs every day at {answer.runsDailyAt}. Today is {formatDate(answer.today)}.
            </Text>
            <Table.ScrollContainer minWidth={700}>
              <Table withTableBorder striped aria-label="Retention schedule">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Category</Table.Th>
                    <Table.Th scope="col">What it holds</Table.Th>
                    <Table.Th scope="col">Kept</Table.Th>
                    <Table.Th scope="col">Earliest year kept today</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {answer.categories.map((category) => (
                    <Table.Tr key={category.category}>
                      <Table.Th scope="row">{categoryName(category.category)}</Table.Th>
                      <Table.Td>{category.holds}</Table.Td>
                      <Table.Td>{category.years === null ? 'Until erased on request' : `${category.years} ${category.years === 1 ? 'year' : 'years'} after its academic year`}</Table.Td>
                      <Table.Td>{category.earliestYearKept ?? 'Every year'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <div>
              <Button
                variant="light"
                loading={run.pending}
                disabled={running}
                onClick={() => {
                  void run.send(undefined).then((answer) => {
                    if (answer !== null) {
                      setJobId(answer.jobId);
                      void queryClient.invalidateQueries({ queryKey: ['admin', 'jobs'] });
                    }
                  });
                }}
              >
                Apply retention now
              </Button>
            </div>
            <RefusalAlert refusal={run.refusal} />
            {job.data !== undefined && <JobProgressBar job={job.data} label="Applying retention" />}
            {outcome !== null && <Text role="status">{outcome}</Text>}
          </Stack>
        )}
      </QueryState>
    </section>
  );
}
