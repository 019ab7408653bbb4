import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useJob, useProjections, type ProjectionStatus } from '../../api/admin-queries';
import { useSession } from '../../auth/SessionProvider';
import { COLOURS } from '../../app/colours';
import { QueryState } from '../../components/QueryState';
import { formatDateTime } from '../../format/format';
import { RefusalAlert } from '../../forms/RefusalAlert';
import { useCommand } from '../../forms/use-command';
import { JobProgressBar } from './JobProgressBar';

const STATUS_COLOUR: Record<string, string> = { running: COLOURS.good, failed: COLOURS.bad, stopped: COLOURS.neutral };
const STATUS_LABEL: Record<string, string> = { running: 'Running', failed: 'Failed', stopped: 'Stopped' };

function lagOf(projection: ProjectionStatus): string {
  if (projection.behind === null) return projection.lagSeconds === null ? '—' : `${projection.lagSeconds} s`;
  const behind = Number(projection.behind);
  if (behind === 0) return 'Up to date';
  return `${behind.toLocaleString('en-GB')} ${behind === 1 ? 'event' : 'events'} behind${projection.lagSeconds === null ? '' : ` (${projection.lagSeconds} s)`}`;
}

/** A read model's Rebuild button, and the bar of its rebuild while it runs (and its outcome after). */
function RebuildControl({ name }: { name: string }) {
  const { api, may } = useSession();
  const queryClient = useQueryClient();
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useJob(jobId);
  const rebuild = useCommand((projection: string) => api.POST('/admin/projections/{name}/rebuild', { params: { path: { name: projection } } }));
  if (!may('projections.rebuild')) return null;
  const running = job.data !== undefined && job.data.state !== 'completed' && job.data.state !== 'failed';
  const result = job.data?.state === 'completed' ? (job.data.result as { position?: string; events?: number } | undefined) : undefined;
  return (
    <Stack gap={4}>
      <Button
        size="xs"
        variant="light"
        loading={rebuild.pending}
        disabled={running}
        aria-label={`Rebuild ${name}`}
        onClick={() => {
          void rebuild.send(name).then((answer) => {
            if (answer !== null) {
              setJobId(answer.jobId);
              void queryClient.invalidateQueries({ queryKey: ['admin'] });
            }
          });
        }}
      >
        Rebuild
      </Button>
      <RefusalAlert refusal={rebuild.refusal} />
      {job.data !== undefined && <JobProgressBar job={job.data} label={`Rebuilding ${name}`} />}
      {result?.position !== undefined && (
        <Text size="xs">
          Rebuilt from {(result.events ?? 0).toLocaleString('en-GB')} events, to position {result.position}
        </Text>
      )}
    </Stack>
  );
}

/** A failed read model's event and error, and Retry (once the cause is fixed). */
function FailedProjection({ projection }: { projection: ProjectionStatus }) {
  const { api, may } = useSession();
  const retry = useCommand((name: string) => api.POST('/admin/projections/{name}/retry', { params: { path: { name } } }));
  return (
    <Stack gap={4}>
      <Text size="sm" c="red.9">
        Failed on the event at position {projection.failedPosition ?? '—'}: {projection.lastError ?? 'no error recorded'}
      </Text>
      {may('projections.retry') && (
        <Group>
          <Button size="xs" color="red.8" variant="light" loading={retry.pending} aria-label={`Retry ${projection.name}`} onClick={() => void retry.send(projection.name)}>
            Retry
          </Button>
        </Group>
      )}
      <RefusalAlert refusal={retry.refusal} />
    </Stack>
  );
}

/** Each read model's state, checkpoint and lag, refreshed live; Rebuild with its progress; Retry when failed. */
export function ReadModelsSection() {
  const projections = useProjections();
  return (
    <section aria-labelledby="read-models">
      <Title order={2} id="read-models">
        Read models
      </Title>
      <QueryState query={projections} what="the read models">
        {(answer) => (
          <Stack gap="xs">
            <Text size="sm">
              The event store's head is at position {answer.headPosition}. The projections run {answer.runInThisProcess ? 'in this process' : 'in the worker'}; this table refreshes every two seconds.
            </Text>
            <Table.ScrollContainer minWidth={800}>
              <Table withTableBorder striped aria-label="Read models">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Read model</Table.Th>
                    <Table.Th scope="col">State</Table.Th>
                    <Table.Th scope="col">Checkpoint</Table.Th>
                    <Table.Th scope="col">Lag</Table.Th>
                    <Table.Th scope="col">Updated</Table.Th>
                    <Table.Th scope="col">Rebuild</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {answer.projections.map((projection) => (
                    <Table.Tr key={projection.name} data-projection={projection.name}>
                      <Table.Th scope="row">{projection.name}</Table.Th>
                      <Table.Td>
                        <Badge color={STATUS_COLOUR[projection.status] ?? COLOURS.neutral}>{STATUS_LABEL[projection.status] ?? projection.status}</Badge>
                        {projection.status === 'failed' && <FailedProjection projection={projection} />}
                      </Table.Td>
                      <Table.Td>{projection.position}</Table.Td>
                      <Table.Td>{lagOf(projection)}</Table.Td>
                      <Table.Td>{projection.updatedAt === null ? '—' : formatDateTime(projection.updatedAt)}</Table.Td>
                      <Table.Td miw={220}>
                        <RebuildControl name={projection.name} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        )}
      </QueryState>
    </section>
  );
}
