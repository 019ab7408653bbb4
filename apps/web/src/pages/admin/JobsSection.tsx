import { Table, Text, Title } from '@mantine/core';
import { useJobs } from '../../api/admin-queries';
import { QueryState } from '../../components/QueryState';
import { formatDateTime } from '../../format/format';
import { JobProgressBar } from './JobProgressBar';
import { jobKind } from './job-progress';

/** The background jobs (rebuilds, reports, imports, deadline checks), newest first, refreshed live. */
export function JobsSection() {
  const jobs = useJobs();
  return (
    <section aria-labelledby="jobs">
      <Title order={2} id="jobs">
        Background jobs
      </Title>
      <QueryState query={jobs} what="the background jobs">
        {(list) =>
          list.length === 0 ? (
            <Text c="dimmed">No background job has run since the queue started.</Text>
          ) : (
            <Table.ScrollContainer minWidth={800}>
              <Table withTableBorder striped aria-label="Background jobs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Job</Table.Th>
                    <Table.Th scope="col">Kind</Table.Th>
                    <Table.Th scope="col">Progress</Table.Th>
                    <Table.Th scope="col">Queued</Table.Th>
                    <Table.Th scope="col">Finished</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((job) => (
                    <Table.Tr key={job.id} data-job={job.id}>
                      <Table.Th scope="row">
                        <Text size="xs" ff="monospace">
                          {job.id}
                        </Text>
                      </Table.Th>
                      <Table.Td>{jobKind(job.name)}</Table.Td>
                      <Table.Td miw={220}>
                        <JobProgressBar job={job} label={`${jobKind(job.name)} ${job.id}`} />
                      </Table.Td>
                      <Table.Td>{formatDateTime(job.createdAt)}</Table.Td>
                      <Table.Td>{job.finishedAt === undefined ? '—' : formatDateTime(job.finishedAt)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryState>
    </section>
  );
}
